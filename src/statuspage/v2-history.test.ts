import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";
import { V2_RESPONSES } from "./v2-schema.js";

/**
 * Statuspage's `incidents.json` lists "the 50 most recent incidents", resolved ones included, whatever
 * their age, and `scheduled-maintenances.json` "the 50 most recent scheduled maintenances" with the
 * completed ones: a widget or aggregator asking for a shop's history must not read "none" because the
 * page itself shows only 14 days.
 */
let h: Harness;
beforeAll(async () => {
  h = await shopHarness(
    { time_zone: "Europe/Berlin", languages: ["de"], default_language: "de" },
    "2026-10-01T08:00:00Z",
  );
}, 60_000);
afterAll(async () => h.close());

const pub = (url: string) => h.app.inject({ method: "GET", url });
const post = async (url: string, payload: object) => {
  const r = await h.app.inject({ method: "POST", url, headers: h.auth("responder"), payload });
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { id: string };
};
const open = (title: string) =>
  post("/api/v1/status/incidents", { title: { de: title }, body: { de: "Wir prüfen." }, impact: "minor" });
const resolve = (id: string) =>
  post(`/api/v1/status/incidents/${id}/updates`, { status: "resolved", body: { de: "Behoben." } });
const doc = async (name: "incidents" | "incidents/unresolved" | "scheduled-maintenances") => {
  const res = await pub(`/status/test-shop/api/v2/${name}.json`);
  expect(res.statusCode).toBe(200);
  return V2_RESPONSES[name].parse(res.json()) as unknown as Record<
    string,
    { id: string; name: string; status: string }[]
  >;
};

describe("v2 lists history as Statuspage does", () => {
  it("six weeks on, incidents.json still lists the resolved incident and the completed window", async () => {
    const old = await open("Kartenzahlungen gestört");
    h.clock.advance(3_600_000);
    await resolve(old.id);
    h.clock.freeze(new Date("2026-10-02T08:00:00Z"));
    const still = await open("Versand verzögert");
    const win = await post("/api/v1/status/maintenance", {
      title: { de: "Datenbank-Upgrade" },
      body: { de: "Der Checkout pausiert." },
      components: ["checkout"],
      starts_at: "2026-10-03T01:00:00Z",
      ends_at: "2026-10-03T02:00:00Z",
    });

    h.clock.freeze(new Date("2026-11-15T08:00:00Z"));
    const all = (await doc("incidents"))["incidents"] ?? [];
    // Newest first, the resolved one included.
    expect(all.map((i) => [i.id, i.status])).toEqual([
      [still.id, "investigating"],
      [old.id, "resolved"],
    ]);
    expect(all[1]?.name).toBe("Kartenzahlungen gestört");
    expect(((await doc("incidents/unresolved"))["incidents"] ?? []).map((i) => i.id)).toEqual([still.id]);
    const windows = (await doc("scheduled-maintenances"))["scheduled_maintenances"] ?? [];
    expect(windows.map((m) => [m.id, m.status])).toEqual([[win.id, "completed"]]);
    // The page itself keeps its 14 days: the old incident is not on it.
    const page = (await pub("/status/test-shop?lang=de")).body;
    expect(page).not.toContain("Kartenzahlungen gestört");
    expect(page).toContain("Versand verzögert");
  });

  it("lists the 50 latest, and an open incident older than those as well", async () => {
    for (let k = 0; k < 51; k++) {
      h.clock.advance(60_000);
      await resolve((await open(`Störung ${k}`)).id);
    }
    const all = (await doc("incidents"))["incidents"] ?? [];
    // 50 latest ("Störung 1" … "Störung 50"), then the open "Versand verzögert" from October.
    expect(all).toHaveLength(51);
    expect(all[0]?.name).toBe("Störung 50");
    expect(all[49]?.name).toBe("Störung 1");
    expect(all[50]).toMatchObject({ name: "Versand verzögert", status: "investigating" });
    expect(all.some((i) => i.name === "Störung 0")).toBe(false);
  }, 60_000);
});
