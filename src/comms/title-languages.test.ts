import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";
import { openCrisis } from "./testing.js";

/**
 * A crisis's title quoted in a message: a Polish notice whose subject is `{{ crisis.title }}` quoted
 * the English title as written. The shop writes it per language (`titles`, as `summaries`); where it
 * has not, the message says which language the quoted title is in.
 */
let h: Harness;
beforeAll(async () => {
  h = await shopHarness(
    { time_zone: "Europe/Warsaw", languages: ["en", "pl", "de", "fr", "it", "es"], default_language: "en" },
    "2026-12-04T09:00:00Z",
  );
}, 60_000);
afterAll(async () => h.close());

const EN = "Card payments failing";
const PL = "Płatności kartą nie działają";
const DE = "Kartenzahlungen schlagen fehl";

const patch = (id: string, payload: Record<string, unknown>) =>
  h.app.inject({ method: "PATCH", url: `/api/v1/crises/${id}`, headers: h.auth("responder"), payload });

/** A message in `language` whose own subject and body quote the title. */
async function quoted(id: string, language: string, extra: Record<string, unknown> = {}) {
  const r = await h.app.inject({
    method: "POST",
    url: "/api/v1/comms/messages",
    headers: h.auth("responder"),
    payload: {
      kind: "status_update",
      crisis_id: id,
      language,
      subject: "{{ crisis.title }}",
      body: "— {{ crisis.title }} —",
      ...extra,
    },
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
}

describe("the crisis title in each reader's language", () => {
  it("quotes the title the shop wrote in the message's language", async () => {
    const id = await openCrisis(h, { title: EN, titles: { pl: PL } });
    const pl = (await quoted(id, "pl")).preview;
    expect(pl.subject).toBe(PL);
    expect(pl.body).toBe(`— ${PL} —`);
    expect((await quoted(id, "en")).preview.subject).toBe(EN);
    const got = (await h.app.inject({ url: `/api/v1/crises/${id}`, headers: h.auth("viewer") })).json();
    expect(got.titles).toEqual({ pl: PL });
    expect(got.title).toBe(EN);
  });

  it("names the language of a title it has only in another one, in the reader's words", async () => {
    const id = await openCrisis(h, { title: EN });
    const notes: Record<string, string> = {
      pl: `(po angielsku) ${EN}`,
      de: `(auf Englisch) ${EN}`,
      fr: `(en anglais) ${EN}`,
      it: `(in inglese) ${EN}`,
      es: `(en inglés) ${EN}`,
    };
    for (const [lang, note] of Object.entries(notes))
      expect((await quoted(id, lang)).preview.subject, lang).toBe(note);
    expect((await quoted(id, "en")).preview.subject).toBe(EN);
  });

  it("a German translation (the status page's German title) quotes the German title", async () => {
    const id = await openCrisis(h, { title: EN, titles: { de: DE } });
    const m = await quoted(id, "en", {
      vars: { translations: { de: { subject: "{{ crisis.title }}", body: "{{ crisis.title }}." } } },
    });
    expect(m.translations.de.preview.subject).toBe(DE);
    expect(m.preview.subject).toBe(EN);
  });

  it("a patch replaces the languages it names, an empty title removes one; each change on the timeline", async () => {
    const id = await openCrisis(h, { title: EN, titles: { de: DE, pl: PL } });
    const r = await patch(id, { titles: { de: "", pl: "Płatności kartą nie przechodzą" } });
    expect(r.statusCode, r.body).toBe(200);
    const got = (await h.app.inject({ url: `/api/v1/crises/${id}`, headers: h.auth("viewer") })).json();
    expect(got.titles).toEqual({ pl: "Płatności kartą nie przechodzą" });
    expect(got.timeline.map((e: { text: string }) => e.text)).toContain("Title updated (de, pl)");
    expect((await quoted(id, "de")).preview.subject).toBe(`(auf Englisch) ${EN}`);
  });

  it("refuses a language outside the six, or a title over 300 characters, naming the field", async () => {
    for (const [payload, field] of [
      [{ titles: { xx: "?" } }, "titles"],
      [{ titles: { de: "x".repeat(301) } }, "titles.de"],
    ] as const) {
      const r = await h.app.inject({
        method: "POST",
        url: "/api/v1/crises",
        headers: h.auth("responder"),
        payload: { title: EN, type: "payment_failure", severity: "SEV2", ...payload },
      });
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().error.field).toMatch(new RegExp(`^${field.replace(".", "\\.")}`));
    }
    const id = await openCrisis(h, { title: EN });
    const r = await patch(id, { titles: { pl: "y".repeat(301) } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.field).toBe("titles.pl");
  });
});
