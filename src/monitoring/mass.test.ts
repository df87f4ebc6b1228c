import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../core/actor.js";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

describe("mass outage", () => {
  it("650 monitors flipping in one batch each move once, judged on the stored state, not the claimed one", async () => {
    const actor = systemActor(h.workspaceId);
    const ids: string[] = [];
    for (let i = 0; i < 650; i++) {
      const m = await h.ctx.services.monitoring.create(actor, {
        type: "tcp",
        name: `edge ${i}`,
        host: "127.0.0.1",
        port: 9,
        enabled: false,
      });
      ids.push(m.id);
    }
    const rows = await h.ctx.db.selectFrom("monitors").selectAll().where("id", "in", ids).execute();
    const batch = (ok: boolean) =>
      rows.map((monitor) => ({
        // The snapshot a scheduler claimed: always "pending", however the state moved since.
        monitor,
        scheduledMs: Date.now(),
        startedMs: Date.now(),
        result: ok
          ? { ok: true, latencyMs: 1, error: null }
          : { ok: false, latencyMs: null, error: "ECONNREFUSED" },
      }));
    const down = await h.ctx.services.monitoring.record(batch(false));
    expect(down).toHaveLength(650);
    expect(await h.ctx.services.monitoring.record(batch(false))).toEqual([]);
    const up = await h.ctx.services.monitoring.record(batch(true));
    expect(up).toHaveLength(650);
    expect(new Set(up.map((e) => e.previous))).toEqual(new Set(["down"]));
    const events = await h.ctx.db
      .selectFrom("monitor_events")
      .select(["to_state", "reason"])
      .where("monitor_id", "in", ids)
      .execute();
    expect(events.filter((e) => e.to_state === "down")).toHaveLength(650);
    expect(events.filter((e) => e.to_state === "up" && e.reason === "recovered")).toHaveLength(650);
    const states = await h.ctx.db
      .selectFrom("monitors")
      .select("state")
      .distinct()
      .where("id", "in", ids)
      .execute();
    expect(states).toEqual([{ state: "up" }]);
    const checks = await h.ctx.db
      .selectFrom("monitor_checks")
      .select((e) => e.fn.countAll<number>().as("n"))
      .where("monitor_id", "in", ids)
      .executeTakeFirstOrThrow();
    expect(Number(checks.n)).toBe(3 * 650);
  }, 120_000);
});
