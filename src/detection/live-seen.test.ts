import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { capSeen } from "./live.js";

describe("the overlap's remembered ids", () => {
  it("keeps the newest mentions up to the cap, every shop event, and names the data time it cut at", () => {
    const seen = new Map<string, number>();
    for (let i = 0; i < 25; i++) seen.set(`m:${i}`, 1000 + i * 10);
    seen.set("s:a", 0);
    expect(capSeen(seen, 30)).toBeNull();
    expect(capSeen(seen, 10)).toBe(1150);
    expect([...seen.keys()].filter((k) => k.startsWith("m:"))).toHaveLength(10);
    expect(seen.has("m:15")).toBe(true);
    expect(seen.has("m:14")).toBe(false);
    expect(seen.has("s:a")).toBe(true);
  });
});

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

describe("a rush larger than the remembered overlap", () => {
  it("keeps the state small and still counts every mention once, through repeated catch-ups", async () => {
    const at = Date.parse("2026-11-02T10:00:00Z");
    h.clock.freeze(new Date(at + 5 * 60_000));
    const total = 14_000;
    for (let b = 0; b < total / 1000; b++) {
      const items = Array.from({ length: 1000 }, (_, j) => {
        const i = b * 1000 + j;
        return {
          source: "bench",
          external_id: `r${i}`,
          text: `Order ${i}: the parcel is late, day ${i % 30}`,
          url: null,
          author: null,
          // A minute of data time, as a rush of 14,000 in a minute would be.
          created_at: new Date(at + Math.floor((i / total) * 60_000)).toISOString(),
        };
      });
      await h.ctx.services.listening.ingest(h.workspaceId, items);
      // Each batch arrives at its own instant; the overlap is cut by arrival.
      h.clock.advance(50);
    }
    await h.ctx.jobs.drain();
    // Catch-ups that re-read the overlap, as the timer's ticks do, then one that closes the minute.
    for (let n = 0; n < 3; n++) await h.ctx.services.detection.process(h.workspaceId, { catchUp: true });
    await h.ctx.services.detection.process(h.workspaceId, { catchUp: true, advanceTo: at + 20 * 60_000 });

    const row = await h.ctx.db
      .selectFrom("detector_states")
      .select("state")
      .where("workspace_id", "=", h.workspaceId)
      .executeTakeFirstOrThrow();
    const state = JSON.parse(row.state) as { seen: [string, number][]; floor?: number };
    expect(state.seen.filter(([id]) => id.startsWith("m:")).length).toBeLessThanOrEqual(10_000 + 300);
    expect(state.floor).toBeGreaterThan(at);
    expect(row.state.length).toBeLessThan(1_000_000);

    const volume = await h.ctx.services.detection.series(h.workspaceId, "volume");
    const counted = volume
      .filter((p) => Date.parse(p.start) >= at && Date.parse(p.start) < at + 60_000)
      .reduce((n, p) => n + p.observed, 0);
    expect(counted).toBe(total);
  });
});
