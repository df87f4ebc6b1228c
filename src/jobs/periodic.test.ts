import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

describe("periodic work in the app", () => {
  it("the domains' periodic jobs are queued, run when due and show in /metrics", async () => {
    h.clock.freeze(new Date("2026-03-02T09:59:50Z"));
    await h.ctx.jobs.schedule();
    await h.ctx.jobs.drain();
    h.clock.advance(15_000);
    await h.ctx.jobs.drain();
    const res = await h.app.inject({ method: "GET", url: "/metrics", headers: h.auth("viewer") });
    expect(res.statusCode).toBe(200);
    // The start runs and the 10:00 slots ran; the next slots wait.
    for (const name of [
      "crises.watch",
      "listening.fold-hours",
      "listening.sweep",
      "monitoring.rollups",
      "plan.review-check",
      "review.overdue-actions",
    ]) {
      expect(res.body).toContain(`firebreak_jobs{queue="every:${name}",status="queued"} 1`);
      expect(res.body).toMatch(
        new RegExp(`firebreak_periodic_last_run_timestamp_seconds\\{name="${name}"\\} 17724`),
      );
    }
  });
});
