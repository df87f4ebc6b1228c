import { afterAll, beforeAll, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { reviewModule } from "./module.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 60_000);
afterAll(async () => h.close());

it("fills the demo shop with a resolved crisis, its post-mortem and one overdue action item", async () => {
  await reviewModule.demo?.(h.ctx, h.workspaceId);
  const report = (
    await h.app.inject({ method: "GET", url: "/api/v1/reports/crises", headers: h.auth() })
  ).json();
  const demo = report.crises.find((c: { title: string }) => c.title === "Double charges at checkout");
  expect(demo.resolved_at).not.toBeNull();
  expect(report.top_causes.map((c: { cause: string }) => c.cause)).toContain(
    "No alert on duplicate captures",
  );
  const pm = (
    await h.app.inject({ method: "GET", url: `/api/v1/crises/${demo.id}/postmortem`, headers: h.auth() })
  ).json();
  expect(pm.impact.remedies_cost).toBe(278_000);
  expect(pm.action_items.filter((a: { overdue: boolean }) => a.overdue)).toHaveLength(1);
});
