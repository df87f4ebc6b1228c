import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";
import { draftMessage, openCrisis } from "./testing.js";

/**
 * A crisis's summary quoted in a message: a German status update of a Polish shop quoted the Polish
 * summary inside German sentences. The shop writes it per language; where it has not, the message says
 * which language the quoted text is in.
 */
let h: Harness;
beforeAll(async () => {
  h = await shopHarness(
    { time_zone: "Europe/Warsaw", languages: ["pl", "en", "de", "fr", "it", "es"], default_language: "pl" },
    "2026-12-04T09:00:00Z",
  );
}, 60_000);
afterAll(async () => h.close());

const PL = "Centrum sortowania przewoźnika stanęło; około 300 zamówień się opóźni.";
const DE = "Das Sortierzentrum des Paketdienstes steht; etwa 300 Bestellungen verspäten sich.";
const EN = "The carrier's sorting hub stopped; about 300 orders will be late.";

const patch = (id: string, payload: Record<string, unknown>) =>
  h.app.inject({ method: "PATCH", url: `/api/v1/crises/${id}`, headers: h.auth("responder"), payload });

describe("the crisis summary in each reader's language", () => {
  it("quotes the summary the shop wrote in the message's language", async () => {
    const id = await openCrisis(h, { summary: PL, summaries: { de: DE } });
    const de = await draftMessage(h, id, "status_update", "de");
    expect(de.body).toContain(DE);
    expect(de.body).not.toContain("Centrum sortowania");
    const pl = await draftMessage(h, id, "status_update", "pl");
    expect(pl.body).toContain(PL);
    expect(pl.body).not.toMatch(/\(po |Sortierzentrum/);
    const got = (await h.app.inject({ url: `/api/v1/crises/${id}`, headers: h.auth("viewer") })).json();
    expect(got.summaries).toEqual({ de: DE });
  });

  it("names the language of a summary it has only in another one, in the reader's words", async () => {
    const id = await openCrisis(h, { summary: PL });
    const notes: Record<string, string> = {
      en: "(in Polish) Centrum",
      de: "(auf Polnisch) Centrum",
      fr: "(en polonais) Centrum",
      it: "(in polacco) Centrum",
      es: "(en polaco) Centrum",
    };
    for (const [lang, note] of Object.entries(notes))
      expect((await draftMessage(h, id, "customer_email", lang)).body, lang).toContain(note);
    // English, where the shop wrote it, before the plan's Polish for a reader of a third language.
    expect((await patch(id, { summaries: { en: EN } })).statusCode).toBe(200);
    const fr = await draftMessage(h, id, "status_update", "fr");
    expect(fr.body).toContain(`(en anglais) ${EN}`);
    const en = await draftMessage(h, id, "status_update", "en");
    expect(en.body).toContain(EN);
    expect(en.body).not.toContain("(in ");
  });

  it("a translation sent to the status page quotes its own language's summary", async () => {
    const id = await openCrisis(h, { summary: PL, summaries: { de: DE } });
    const r = await h.app.inject({
      method: "POST",
      url: "/api/v1/comms/messages",
      headers: h.auth("responder"),
      payload: {
        kind: "status_update",
        crisis_id: id,
        language: "pl",
        vars: { translations: { de: { body: "{{ crisis.summary }} Wir entschuldigen uns." } } },
      },
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().translations.de.preview.body).toBe(`${DE} Wir entschuldigen uns.`);
  });

  it("a patch replaces the languages it names, an empty text removes one; each change on the timeline", async () => {
    const id = await openCrisis(h, { summary: PL, summaries: { de: DE, en: EN } });
    const r = await patch(id, { summaries: { de: "" } });
    expect(r.statusCode, r.body).toBe(200);
    const got = (await h.app.inject({ url: `/api/v1/crises/${id}`, headers: h.auth("viewer") })).json();
    expect(got.summaries).toEqual({ en: EN });
    expect(got.timeline.map((e: { text: string }) => e.text)).toContain("Summary updated (de)");
    expect((await draftMessage(h, id, "status_update", "de")).body).toContain(`(auf Englisch) ${EN}`);
  });

  it("refuses a language the shop cannot write in, naming the field", async () => {
    for (const payload of [{ summaries: { xx: "?" } }, { summaries: { de: "x".repeat(20_001) } }]) {
      const r = await h.app.inject({
        method: "POST",
        url: "/api/v1/crises",
        headers: h.auth("responder"),
        payload: { title: "Parcels late", type: "payment_failure", severity: "SEV2", ...payload },
      });
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().error.field).toMatch(/^summaries/);
    }
  });
});
