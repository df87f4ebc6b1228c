import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { startFakeOpsgenie, startFakePagerDuty } from "./channels/test-paging-fakes.js";

/**
 * A paging tool paged for an alert hears its acknowledgement and resolution even when its channel has
 * left the rule since, or the rule was deleted: with the key the page was sent with, stored sealed.
 */
const PD_KEY = "R3movedKeyR3movedKeyR3movedKey12";
const OG_KEY = "6a0b2c4d-8e1f-4a3b-9c5d-7e9f1a2b3c4d";

let h: Harness;
let pd: Awaited<ReturnType<typeof startFakePagerDuty>>;
let og: Awaited<ReturnType<typeof startFakeOpsgenie>>;

beforeAll(async () => {
  pd = await startFakePagerDuty([PD_KEY]);
  og = await startFakeOpsgenie([OG_KEY]);
  process.env["FIREBREAK_TEST_PAGERDUTY_URL"] = `${pd.url}/v2/enqueue`;
  process.env["FIREBREAK_TEST_OPSGENIE_URL"] = og.url;
  h = await createHarness();
}, 60_000);
afterAll(async () => {
  delete process.env["FIREBREAK_TEST_PAGERDUTY_URL"];
  delete process.env["FIREBREAK_TEST_OPSGENIE_URL"];
  await h.close();
  await pd.close();
  await og.close();
});

const admin = (method: "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
  h.app.inject({ method, url, headers: h.auth(), ...(payload ? { payload } : {}) });
const act = (id: string, verb: "ack" | "close") =>
  h.app.inject({ method: "POST", url: `/api/v1/alerts/${id}/${verb}`, headers: h.auth("responder") });
const channels = [
  { type: "pagerduty", routing_key: PD_KEY, region: "eu" },
  { type: "opsgenie", api_key: OG_KEY },
];

async function page(key: string): Promise<{ ruleId: string; alertId: string }> {
  const r = await admin("POST", "/api/v1/alert-rules", { name: key, kinds: ["monitor_down"], channels });
  expect(r.statusCode).toBe(201);
  const before = { pd: pd.requests.length, og: og.requests.length };
  const alertId = await h.ctx.services.alerts.raise(h.workspaceId, {
    kind: "monitor_down",
    key,
    open: true,
    title: `${key} is down`,
    source: { type: "monitor", id: key },
  });
  await h.ctx.jobs.drain();
  await pd.waitFor((q) => q.length > before.pd);
  await og.waitFor((q) => q.length > before.og);
  if (!alertId) throw new Error("no alert raised");
  return { ruleId: r.json().id, alertId };
}

describe("paging tools after their channel left the rule", () => {
  it("a channel removed from the rule still hears the resolution, with the key it was paged with", async () => {
    const { ruleId, alertId } = await page("monitor:removed");
    const dedup = `firebreak-${alertId}`;
    const stored = await h.ctx.db
      .selectFrom("alert_notifications")
      .select(["channel", "credential"])
      .where("alert_id", "=", alertId)
      .where("reason", "=", "opened")
      .execute();
    // Kept sealed with the page, never in clear.
    expect(stored.map((n) => n.channel).sort()).toEqual(["opsgenie", "pagerduty"]);
    for (const n of stored) expect(n.credential).toMatch(/^fbenc:v1:/);
    expect(JSON.stringify(stored)).not.toContain(PD_KEY);

    const changed = await admin("PATCH", `/api/v1/alert-rules/${ruleId}`, { channels: [channels[1]] });
    expect(changed.statusCode).toBe(200);
    expect((await act(alertId, "close")).statusCode).toBe(200);
    await h.ctx.jobs.drain();
    await pd.waitFor((q) => q.some((x) => x.body["event_action"] === "resolve"));
    await og.waitFor((q) => q.some((x) => x.path === `/v2/alerts/${dedup}/close`));
    const resolve = pd.requests.find((x) => x.body["event_action"] === "resolve");
    expect(resolve?.body).toEqual({ routing_key: PD_KEY, event_action: "resolve", dedup_key: dedup });
    expect(resolve?.problems).toEqual([]);
    expect(resolve?.status).toBe(202);
    // Told once each: the channel still in the rule by the rule, the removed one by its page.
    expect(
      pd.requests.filter((x) => x.body["dedup_key"] === dedup).map((x) => x.body["event_action"]),
    ).toEqual(["trigger", "resolve"]);
    expect(og.requests.filter((x) => x.path.includes(dedup)).map((x) => x.path)).toEqual([
      `/v2/alerts/${dedup}/close`,
    ]);
    expect((await admin("DELETE", `/api/v1/alert-rules/${ruleId}`)).statusCode).toBe(204);
  });

  it("a deleted rule's pages still hear the acknowledgement and the resolution", async () => {
    const { ruleId, alertId } = await page("monitor:deleted");
    const dedup = `firebreak-${alertId}`;
    expect((await admin("DELETE", `/api/v1/alert-rules/${ruleId}`)).statusCode).toBe(204);
    expect((await act(alertId, "ack")).statusCode).toBe(200);
    await h.ctx.jobs.drain();
    await pd.waitFor((q) =>
      q.some((x) => x.body["dedup_key"] === dedup && x.body["event_action"] === "acknowledge"),
    );
    await og.waitFor((q) => q.some((x) => x.path === `/v2/alerts/${dedup}/acknowledge`));
    expect(og.requests.find((x) => x.path === `/v2/alerts/${dedup}/acknowledge`)?.headers.authorization).toBe(
      `GenieKey ${OG_KEY}`,
    );
    expect((await act(alertId, "close")).statusCode).toBe(200);
    await h.ctx.jobs.drain();
    await pd.waitFor((q) =>
      q.some((x) => x.body["dedup_key"] === dedup && x.body["event_action"] === "resolve"),
    );
    await og.waitFor((q) => q.some((x) => x.path === `/v2/alerts/${dedup}/close`));
    expect(og.alerts.get(dedup)).toBe("closed");
    const told = await h.ctx.db
      .selectFrom("alert_notifications")
      .select(["reason", "channel"])
      .where("alert_id", "=", alertId)
      .execute();
    expect(told.map((n) => `${n.reason} ${n.channel}`).sort()).toEqual([
      "acknowledged opsgenie",
      "acknowledged pagerduty",
      "closed opsgenie",
      "closed pagerduty",
      "opened opsgenie",
      "opened pagerduty",
    ]);
  });
});
