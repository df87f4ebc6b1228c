import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";
import { ALL_LABELS } from "./labels.js";
import { sentenceOf, type TimelineContext } from "./timeline.js";

/** A Polish post-mortem is Polish to its last line: the timeline too, from each event's kind and parameters. */
let h: Harness;
let crisisId: string;
const get = (url: string) => h.app.inject({ method: "GET", url, headers: h.auth("viewer") });
const send = (method: "POST" | "PATCH", url: string, payload: object) =>
  h.app.inject({ method, url, headers: h.auth("admin"), payload });

beforeAll(async () => {
  h = await shopHarness(
    { time_zone: "Europe/Warsaw", languages: ["pl", "en"], default_language: "pl" },
    "2026-12-04T09:00:00.000Z",
  );
  const c = await send("POST", "/api/v1/crises", {
    title: "Hub stoi",
    type: "delivery_delay",
    severity: "SEV2",
    summary: "Sortownia przewoźnika stoi.",
    started_at: "2026-12-04T07:00:00.000Z",
  });
  expect(c.statusCode, c.body).toBe(201);
  crisisId = c.json().id;
  const inc = await send("POST", "/api/v1/status/incidents", {
    title: { en: "Deliveries late", pl: "Opóźnione dostawy" },
    impact: "major",
    body: { en: "Parcels are late.", pl: "Paczki się spóźniają." },
    crisis_id: crisisId,
  });
  expect(inc.statusCode, inc.body).toBe(201);
  // Marked by hand, as a team does for the update that mattered.
  const rec = (await get(`/api/v1/crises/${crisisId}`)).json();
  const published = rec.timeline.find((e: { kind: string }) => e.kind === "status.published");
  expect(
    (await send("PATCH", `/api/v1/crises/${crisisId}/events/${published.id}`, { key_event: true }))
      .statusCode,
  ).toBe(204);
  expect((await send("PATCH", `/api/v1/crises/${crisisId}`, { severity: "SEV1" })).statusCode).toBe(200);
  for (const status of ["acknowledged", "mitigating", "monitoring", "resolved"]) {
    h.clock.advance(10 * 60_000);
    const r = await send("PATCH", `/api/v1/crises/${crisisId}`, { status, public: "keep" });
    expect(r.statusCode, r.body).toBe(200);
  }
}, 60_000);
afterAll(async () => h.close());

describe("post-mortem timeline in the document's language", () => {
  it("a Polish document writes every key event in Polish, the status page in its Polish words", async () => {
    const md = (await get(`/api/v1/crises/${crisisId}/postmortem?format=md&lang=pl`)).body;
    expect(md).toContain("Otwarto kryzys: Hub stoi (");
    expect(md).toContain("Waga: SEV2 → SEV1");
    expect(md).toContain("Status: wykryty → potwierdzony");
    expect(md).toContain("Strona statusu: Paczki się spóźniają.");
    for (const english of ["Severity:", "Status page:", "Crisis opened", "acknowledged", "First public word"])
      expect(md).not.toContain(english);
  });

  it("the same crisis in German and French, and English as the domains wrote it", async () => {
    const de = (await get(`/api/v1/crises/${crisisId}/postmortem?format=md&lang=de`)).body;
    expect(de).toContain("Schweregrad: SEV2 → SEV1");
    // Roles the plan has no contact for, named in German, not in the plan's Polish.
    expect(de).toContain("Kein Kontakt im Plan für ");
    expect(de).not.toContain("Lider zespołu kryzysowego");
    expect(de).toContain("Status: Beobachtung → gelöst");
    // The page said nothing in German: its English words, as readers of the page saw them.
    expect(de).toContain("Statusseite: Parcels are late.");
    const fr = (await get(`/api/v1/crises/${crisisId}/postmortem?format=md&lang=fr`)).body;
    expect(fr).toContain("Gravité\u202f: SEV2 → SEV1");
    const en = (await get(`/api/v1/crises/${crisisId}/postmortem?lang=en`)).json();
    const stored = (await get(`/api/v1/crises/${crisisId}`)).json().timeline as {
      id: string;
      text: string;
    }[];
    // English reads as the domains wrote it, except the type's and roles' names, given in the plan's language.
    for (const e of en.timeline as { id: string; kind: string; text: string }[])
      if (e.kind !== "crisis.opened" && e.kind !== "team.paged")
        expect(e.text).toBe(stored.find((s) => s.id === e.id)?.text);
    // The incident names no component: it read "(no components not operational there)".
    const kept = (en.timeline as { kind: string; text: string }[]).find((e) => e.kind === "public.kept_open");
    expect(kept?.text).toContain("stays open (no components): post a final update");
    const opened = (en.timeline as { kind: string; text: string }[]).find((e) => e.kind === "crisis.opened");
    expect(opened?.text).toBe("Crisis opened: Hub stoi (Delivery delays and logistics failure, SEV2)");
    const paged = (en.timeline as { kind: string; text: string }[]).find((e) => e.kind === "team.paged");
    expect(paged?.text).toMatch(/^No contact in the plan for Crisis lead, /);
  });

  it("the report's crisis-type names follow its lang, not the account's", async () => {
    const de = (await get("/api/v1/reports/crises?format=md&lang=de")).body;
    const pl = (await get("/api/v1/reports/crises?format=md&lang=pl")).body;
    expect(de).not.toBe(pl);
    expect(de).toContain("Lieferverz");
    expect(pl).toContain("Opóźni");
  });
});

describe("sentenceOf", () => {
  const x: TimelineContext = {
    lang: "pl",
    timeZone: "Europe/Warsaw",
    typeName: () => null,
    roleName: () => null,
  };
  it("keeps a row's English when it lacks the parameters, and a person's own note as written", () => {
    expect(sentenceOf({ kind: "severity.changed", text: "Severity: SEV2 → SEV1", data: null }, x)).toBe(
      "Severity: SEV2 → SEV1",
    );
    expect(sentenceOf({ kind: "note", text: "Called DHL", data: null }, x)).toBe("Called DHL");
  });

  it("times in the shop's zone and the document's language; money as the language writes it", () => {
    const aware = sentenceOf(
      { kind: "aware_at.changed", text: "", data: { aware_at: "2026-12-04T07:30:00.000Z" } },
      x,
    );
    expect(aware).toMatch(/^Stwierdzono naruszenie: 4 gru 2026, 08:30 CET$/);
    const impact = sentenceOf(
      {
        kind: "impact.updated",
        text: "",
        data: { mode: "add", currency: "PLN", orders_affected: 12, revenue_at_risk: 150000 },
      },
      x,
    );
    expect(impact).toMatch(/^Skutki: .* \+12, .* \+1\s?500,00\szł$/);
    expect(ALL_LABELS.pl.orders_affected).toBeTruthy();
  });
});
