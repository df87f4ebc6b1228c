import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { alertsDemo } from "./demo.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

describe("alerts demo", () => {
  it("shows a spike in progress with its chart, and an on-call rule", async () => {
    await alertsDemo(h.ctx, h.workspaceId);
    const alerts = (
      await h.app.inject({ method: "GET", url: "/api/v1/alerts", headers: h.auth("viewer") })
    ).json();
    expect(alerts.items).toHaveLength(1);
    expect(alerts.items[0]).toMatchObject({ status: "open", active: true, kind: "topic_spike" });
    expect(alerts.items[0].points).toHaveLength(36);
    const rules = (
      await h.app.inject({ method: "GET", url: "/api/v1/alert-rules", headers: h.auth("viewer") })
    ).json();
    expect(rules.items.map((r: { name: string }) => r.name)).toEqual(["On-call (demo)"]);
  });
});
