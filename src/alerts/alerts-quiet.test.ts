import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { newWebhookSecret } from "../webhooks/signing.js";
import { AFTER_QUIET_QUEUE } from "./notify.js";
import { raise, spike, startReceiver } from "./testing.js";

let hook: Awaited<ReturnType<typeof startReceiver>>;
let slack: Awaited<ReturnType<typeof startReceiver>>;
let endpoint: Awaited<ReturnType<typeof startReceiver>>;
const secret = newWebhookSecret();

beforeAll(async () => {
  hook = await startReceiver();
  slack = await startReceiver();
  endpoint = await startReceiver();
});
afterAll(async () => {
  await hook.close();
  await slack.close();
  await endpoint.close();
});
const { h, smtp } = setupMailHarness();

const alertBy = async (episode: string) =>
  (
    await h.ctx.services.alerts.list(h.ctx.services.alerts.systemActor(h.workspaceId), { limit: 1000 })
  ).items.find((a) => a.episode_id === episode);

describe("alerts in quiet hours", () => {
  let ruleId = "";
  beforeAll(async () => {
    // The same rule the alerts test creates first: complaints wake the on-call, by e-mail, webhook and Slack.
    const rule = await h.ctx.services.alerts.createRule(h.ctx.services.alerts.systemActor(h.workspaceId), {
      name: "Complaints wake the on-call",
      kinds: ["topic_spike", "negative_spike", "crisis_signal"],
      min_score: 5,
      min_observed: 5,
      channels: [
        { type: "email" },
        { type: "webhook", url: hook.url, secret },
        { type: "slack", url: slack.url },
      ],
      recipients: ["first@shop.test", "second@shop.test"],
      ack_timeout_minutes: 15,
    });
    ruleId = rule.id;
  });

  it("quiet hours hold back non-urgent kinds and still page for SEV-worthy ones", async () => {
    await h.app.inject({
      method: "PATCH",
      url: `/api/v1/alert-rules/${ruleId}`,
      headers: h.auth(),
      payload: { quiet_hours: { start: "00:00", end: "00:00", timezone: "UTC" }, ack_timeout_minutes: null },
    });
    // start == end is never quiet; a window covering now is.
    const now = new Date();
    const hh = (d: Date) =>
      `${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
    await h.app.inject({
      method: "PATCH",
      url: `/api/v1/alert-rules/${ruleId}`,
      headers: h.auth(),
      payload: {
        quiet_hours: {
          start: hh(new Date(now.getTime() - 3600_000)),
          end: hh(new Date(now.getTime() + 3600_000)),
          timezone: "UTC",
        },
      },
    });
    const before = smtp.messages.length;
    const quiet = spike();
    const breach = spike({
      kind: "crisis_signal",
      series: "signal:data_breach",
      signal: "data_breach",
      observed: 1,
      score: 1,
      topic: undefined,
    } as never);
    await h.ctx.services.alerts.updateRule(h.ctx.services.alerts.systemActor(h.workspaceId), ruleId, {
      min_score: 0,
      min_observed: 0,
    });
    await raise(h, [quiet, breach]);
    await h.ctx.jobs.drain();
    const mails = await smtp.waitFor(before + 1);
    // Whatever the first round queued has run too: the quiet alert would have mailed by now.
    await h.ctx.jobs.drain();
    expect(smtp.messages.length).toBe(before + 1);
    expect(mails.at(-1)?.subject).toMatch(/Crisis signal in mentions: data breach/);
    const quietAlert = await alertBy(quiet.episodeId);
    const detail = await h.app.inject({
      method: "GET",
      url: `/api/v1/alerts/${quietAlert?.id}`,
      headers: h.auth("viewer"),
    });
    expect(detail.json().notifications).toEqual([
      expect.objectContaining({ reason: "quiet_hours", channel: "none" }),
    ]);

    // The held-back page waits for the end of the quiet hours, and goes out then if nobody saw the alert.
    const end = new Date(now.getTime() + 3600_000);
    end.setUTCSeconds(0, 0);
    const afterQuiet = () =>
      h.ctx.db.selectFrom("jobs").selectAll().where("queue", "=", AFTER_QUIET_QUEUE).execute();
    expect((await afterQuiet()).map((j) => j.run_at)).toEqual([end.toISOString()]);
    await h.ctx.services.alerts.updateRule(h.ctx.services.alerts.systemActor(h.workspaceId), ruleId, {
      quiet_hours: null,
    });
    await h.ctx.db
      .updateTable("jobs")
      .set({ run_at: new Date(Date.now() - 1000).toISOString() })
      .where("queue", "=", AFTER_QUIET_QUEUE)
      .execute();
    await h.ctx.jobs.drain();
    const morning = await smtp.waitFor(before + 2);
    expect(morning.at(-1)?.subject).toBe("[Firebreak] Spike in complaints about delivery");
    const told = await h.app.inject({
      method: "GET",
      url: `/api/v1/alerts/${quietAlert?.id}`,
      headers: h.auth("viewer"),
    });
    expect(told.json().notifications.map((n: { reason: string }) => n.reason)).toContain("opened");
  });

  it("a held-back page is dropped when someone acknowledged the alert during the quiet hours", async () => {
    const now = new Date();
    const hh = (d: Date) =>
      `${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
    await h.ctx.services.alerts.updateRule(h.ctx.services.alerts.systemActor(h.workspaceId), ruleId, {
      quiet_hours: {
        start: hh(new Date(now.getTime() - 3600_000)),
        end: hh(new Date(now.getTime() + 3600_000)),
        timezone: "UTC",
      },
    });
    const a = spike();
    await raise(h, [a]);
    const id = (await alertBy(a.episodeId))?.id;
    await h.app.inject({ method: "POST", url: `/api/v1/alerts/${id}/ack`, headers: h.auth("responder") });
    await h.ctx.services.alerts.updateRule(h.ctx.services.alerts.systemActor(h.workspaceId), ruleId, {
      quiet_hours: null,
    });
    const before = smtp.messages.length;
    await h.ctx.db
      .updateTable("jobs")
      .set({ run_at: new Date(Date.now() - 1000).toISOString() })
      .where("queue", "=", AFTER_QUIET_QUEUE)
      .execute();
    await h.ctx.jobs.drain();
    await h.ctx.jobs.drain();
    expect(smtp.messages.length).toBe(before);
    const jobs = await h.ctx.db
      .selectFrom("jobs")
      .select(["status"])
      .where("queue", "=", AFTER_QUIET_QUEUE)
      .execute();
    expect(jobs.length).toBe(2);
    expect(jobs.every((j) => j.status !== "queued")).toBe(true);
  });
});
