import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";

/** The crisis room reads in the team's language: each event's sentence from its stored parameters. */
let h: Harness;
let crisisId: string;
type Event = { kind: string; text: string; sentence?: string };
const get = (url: string) => h.app.inject({ method: "GET", url, headers: h.auth("viewer") });
const send = (method: "POST" | "PATCH", url: string, payload: object) =>
  h.app.inject({ method, url, headers: h.auth("admin"), payload });
const byKind = (events: Event[], kind: string) => events.find((e) => e.kind === kind);

beforeAll(async () => {
  h = await shopHarness(
    { time_zone: "Europe/Warsaw", languages: ["pl", "en"], default_language: "pl" },
    "2026-12-04T09:00:00.000Z",
  );
  const c = await send("POST", "/api/v1/crises", {
    title: "Hub stoi",
    type: "delivery_delay",
    severity: "SEV2",
    started_at: "2026-12-04T07:00:00.000Z",
  });
  expect(c.statusCode, c.body).toBe(201);
  crisisId = c.json().id;
  expect((await send("PATCH", `/api/v1/crises/${crisisId}`, { severity: "SEV1" })).statusCode).toBe(200);
  const note = await send("POST", `/api/v1/crises/${crisisId}/events`, { text: "Dzwoniłam do DHL" });
  expect(note.statusCode, note.body).toBe(201);
}, 60_000);
afterAll(async () => h.close());

describe("the crisis room's timeline in the team's language", () => {
  it("says each event in the plan's language by default, and keeps the stored English as `text`", async () => {
    const events = (await get(`/api/v1/crises/${crisisId}`)).json().timeline as Event[];
    const severity = byKind(events, "severity.changed");
    expect(severity?.sentence).toBe("Waga: SEV2 → SEV1");
    expect(severity?.text).toBe("Severity: SEV2 → SEV1");
    expect(byKind(events, "crisis.opened")?.sentence).toMatch(/^Otwarto kryzys: Hub stoi \(/);
    // A person's own words are theirs, in any language.
    expect(byKind(events, "note")?.sentence).toBe("Dzwoniłam do DHL");
  });

  it("in another language when asked (lang=de), in the list too (lang=fr)", async () => {
    const de = (await get(`/api/v1/crises/${crisisId}?lang=de`)).json().timeline as Event[];
    expect(byKind(de, "severity.changed")?.sentence).toBe("Schweregrad: SEV2 → SEV1");
    const list = (await get("/api/v1/crises?lang=fr")).json().items as { id: string; timeline: Event[] }[];
    const fr = list.find((c) => c.id === crisisId)?.timeline ?? [];
    expect(byKind(fr, "severity.changed")?.sentence).toBe("Gravité\u202f: SEV2 → SEV1");
    expect((await get(`/api/v1/crises/${crisisId}?lang=xx`)).statusCode).toBe(400);
  });
});
