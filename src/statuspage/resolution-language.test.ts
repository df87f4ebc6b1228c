import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";

/**
 * The end of an outage stays where the fix was, and the v2 API falls back to the shop's own language:
 * a Polish shop's page read in a language it does not write shows Polish, not nothing or English.
 */
let h: Harness;
beforeAll(async () => {
  h = await shopHarness(
    { time_zone: "Europe/Warsaw", languages: ["pl", "de"], default_language: "pl" },
    "2026-12-05T08:00:00Z",
  );
}, 60_000);
afterAll(async () => h.close());

const pub = (url: string) => h.app.inject({ method: "GET", url });
const post = (url: string, payload: object) =>
  h.app.inject({ method: "POST", url, headers: h.auth("responder"), payload });
const update = async (id: string, status: string, text: string) => {
  const r = await post(`/api/v1/status/incidents/${id}/updates`, { status, body: { pl: text, de: text } });
  expect(r.statusCode, r.body).toBe(201);
};
const incidentOf = async (id: string) =>
  (await pub("/status/test-shop/api/v2/incidents.json"))
    .json()
    .incidents.find((i: { id: string }) => i.id === id);

describe("resolved_at is when the outage ended", () => {
  it("a second 'resolved' note keeps the first resolution; a reopened incident takes the new one", async () => {
    const open = await post("/api/v1/status/incidents", {
      title: { pl: "Płatności nie działają", de: "Zahlungen gestört" },
      body: { pl: "Sprawdzamy.", de: "Wir prüfen." },
      impact: "major",
    });
    expect(open.statusCode, open.body).toBe(201);
    const id = open.json().id as string;

    h.clock.freeze(new Date("2026-12-05T09:00:00Z"));
    await update(id, "resolved", "Naprawione.");
    h.clock.freeze(new Date("2026-12-05T11:00:00Z"));
    await update(id, "resolved", "Przyczyna: awaria operatora płatności.");
    expect((await incidentOf(id)).resolved_at).toBe("2026-12-05T09:00:00.000Z");
    expect((await pub("/status.json")).json().incidents[0].resolved_at).toBe("2026-12-05T09:00:00.000Z");

    // Reopened: the outage did not end at 09:00 after all; it ends at the resolution after the reopening.
    h.clock.freeze(new Date("2026-12-05T12:00:00Z"));
    await update(id, "investigating", "Płatności znów nie działają.");
    expect((await incidentOf(id)).resolved_at).toBeNull();
    h.clock.freeze(new Date("2026-12-05T13:00:00Z"));
    await update(id, "resolved", "Naprawione ponownie.");
    h.clock.freeze(new Date("2026-12-05T14:00:00Z"));
    await update(id, "resolved", "Podsumowanie.");
    expect((await incidentOf(id)).resolved_at).toBe("2026-12-05T13:00:00.000Z");
  });
});

describe("v2 texts fall back to the shop's default language", () => {
  it("an English reader of a Polish and German shop gets the Polish text, not nothing", async () => {
    h.clock.freeze(new Date("2026-12-05T15:00:00Z"));
    // German written first: "any language it has" would be German, the shop's own is Polish.
    const open = await post("/api/v1/status/incidents", {
      title: { de: "Verspätete Lieferungen", pl: "Opóźnione dostawy" },
      body: { de: "Pakete gehen einen Tag später raus.", pl: "Paczki wychodzą dzień później." },
      components: ["delivery"],
    });
    expect(open.statusCode, open.body).toBe(201);
    const maint = await post("/api/v1/status/maintenance", {
      title: { de: "Wartung", pl: "Prace serwisowe" },
      body: { de: "Die Kasse ist eine Stunde nicht erreichbar.", pl: "Kasa nie działa przez godzinę." },
      components: ["checkout"],
      starts_at: "2026-12-06T01:00:00Z",
      ends_at: "2026-12-06T02:00:00Z",
    });
    expect(maint.statusCode, maint.body).toBe(201);

    const en = (await pub("/status/test-shop/api/v2/summary.json?lang=en")).json();
    const inc = en.incidents.find((i: { id: string }) => i.id === open.json().id);
    expect(inc.name).toBe("Opóźnione dostawy");
    expect(inc.incident_updates[0].body).toBe("Paczki wychodzą dzień później.");
    expect(en.scheduled_maintenances[0].name).toBe("Prace serwisowe");
    expect(en.scheduled_maintenances[0].incident_updates[0].body).toBe("Kasa nie działa przez godzinę.");
    // A language the shop writes is still its own.
    const de = (await pub("/status/test-shop/api/v2/incidents/unresolved.json?lang=de")).json();
    expect(de.incidents[0].name).toBe("Verspätete Lieferungen");
  });
});

describe("the final word names the incident in the shop's language", () => {
  it("a language added after the incident opened reads the Polish title, not the first one written", async () => {
    const open = await post("/api/v1/status/incidents", {
      title: { de: "Kasse gestört", pl: "Kasa nie działa" },
      body: { de: "Wir prüfen.", pl: "Sprawdzamy." },
      components: ["checkout"],
    });
    expect(open.statusCode, open.body).toBe(201);
    const ws = await h.app.inject({
      method: "PATCH",
      url: "/api/v1/workspace",
      headers: h.auth("admin"),
      payload: { languages: ["pl", "de", "es"] },
    });
    expect(ws.statusCode, ws.body).toBe(200);
    const got = await h.app.inject({
      method: "GET",
      url: `/api/v1/status/incidents/${open.json().id}/suggested-texts?status=resolved`,
      headers: h.auth("responder"),
    });
    expect(got.statusCode, got.body).toBe(200);
    expect(got.json().texts.es).toMatch(/^Kasa nie działa: solucionado\./);
    expect(got.json().texts.de).toMatch(/^Kasse gestört: repariert\./);
  });
});
