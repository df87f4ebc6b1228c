import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../core/actor.js";
import { monitoringStore } from "../monitoring/store.js";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";

/** The 90 bars of a Warsaw shop's page are Warsaw's days, each titled as the visitor writes a date. */
let h: Harness;
beforeAll(async () => {
  // 00:30 on 6 December in Warsaw; UTC still says 5 December.
  h = await shopHarness(
    { time_zone: "Europe/Warsaw", languages: ["pl", "en"], default_language: "pl" },
    "2026-12-05T23:30:00Z",
  );
  const m = await h.ctx.services.monitoring.create(systemActor(h.workspaceId), {
    type: "tcp",
    name: "checkout",
    host: "127.0.0.1",
    port: 5432,
    interval_s: 600,
    component: "checkout",
  });
  const check = (at: string, ok: boolean) => ({
    monitorId: m.id,
    workspaceId: h.workspaceId,
    at,
    ok,
    latencyMs: ok ? 20 : null,
    latenessMs: 0,
    error: ok ? null : "refused",
  });
  // Down at 23:10 on Warsaw's 5 December, up at 00:10 on its 6 December.
  await monitoringStore.insertChecks(h.ctx.db, [
    check("2026-12-05T22:10:00Z", false),
    check("2026-12-05T23:10:00Z", true),
  ]);
}, 60_000);
afterAll(async () => h.close());

type Day = { day: string; uptime: number | null };

describe("uptime bars in the shop's days", () => {
  it("'Today' is Warsaw's 6 December from its midnight; the failure stays on the 5th", async () => {
    const page = (await h.app.inject({ method: "GET", url: "/status.json" })).json();
    const checkout = page.components.find((c: { id: string }) => c.id === "checkout");
    expect(checkout.days).toHaveLength(90);
    expect(checkout.days.at(-1)).toEqual({ day: "2026-12-06", uptime: 1 });
    expect(checkout.days.at(-2)).toEqual({ day: "2026-12-05", uptime: 0 });
    // A component without a monitor has the same days, empty.
    const delivery = page.components.find((c: { id: string }) => c.id === "delivery");
    expect(delivery.days.map((d: Day) => d.day)).toEqual(checkout.days.map((d: Day) => d.day));
  });

  it("a bar's title is a date in the visitor's language, not an ISO date", async () => {
    const pl = (await h.app.inject({ method: "GET", url: "/status?lang=pl" })).body;
    expect(pl).toContain('title="6 gru 2026: 100,00%"');
    expect(pl).toContain('title="5 gru 2026: 0,00%"');
    const en = (await h.app.inject({ method: "GET", url: "/status?lang=en" })).body;
    expect(en).toContain('title="6 Dec 2026: 100.00%"');
    expect(en).not.toMatch(/title="2026-12-0\d/);
  });
});
