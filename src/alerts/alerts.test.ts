import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { waitFor } from "../testing/wait.js";
import { newWebhookSecret } from "../webhooks/signing.js";
import { alertMessage } from "./channels/messages.js";
import { ESCALATE_QUEUE } from "./notify.js";
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

/** Makes the escalation jobs due now instead of after the rule's timeout. */
async function fastForwardEscalations() {
  await h.ctx.db
    .updateTable("jobs")
    .set({ run_at: new Date(Date.now() - 1000).toISOString() })
    .where("queue", "=", ESCALATE_QUEUE)
    .where("status", "=", "queued")
    .execute();
}

const alertBy = async (episode: string) =>
  (
    await h.ctx.services.alerts.list(h.ctx.services.alerts.systemActor(h.workspaceId), { limit: 1000 })
  ).items.find((a) => a.episode_id === episode);

describe("alerts", () => {
  let ruleId = "";

  it("manages rules per workspace", async () => {
    const created = await h.app.inject({
      method: "POST",
      url: "/api/v1/alert-rules",
      headers: h.auth(),
      payload: {
        name: "Complaints wake the on-call",
        kinds: ["topic_spike", "negative_spike", "crisis_signal"],
        min_score: 5,
        channels: [
          { type: "email" },
          { type: "webhook", url: hook.url, secret },
          { type: "slack", url: slack.url },
        ],
        recipients: ["first@shop.test", "second@shop.test"],
        ack_timeout_minutes: 15,
      },
    });
    expect(created.statusCode).toBe(201);
    ruleId = created.json().id;
    expect(created.json().sev_kinds).toContain("crisis_signal");

    const asResponder = await h.app.inject({
      method: "POST",
      url: "/api/v1/alert-rules",
      headers: h.auth("responder"),
      payload: { name: "x" },
    });
    expect(asResponder.statusCode).toBe(403);
    const bad = await h.app.inject({
      method: "POST",
      url: "/api/v1/alert-rules",
      headers: h.auth(),
      payload: { name: "x", channels: [{ type: "webhook", url: "ftp://x", secret: "nope" }] },
    });
    expect(bad.statusCode).toBe(400);

    const patched = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/alert-rules/${ruleId}`,
      headers: h.auth(),
      payload: { min_observed: 5 },
    });
    expect(patched.json()).toMatchObject({
      min_observed: 5,
      min_score: 5,
      recipients: ["first@shop.test", "second@shop.test"],
    });
    const list = await h.app.inject({ method: "GET", url: "/api/v1/alert-rules", headers: h.auth("viewer") });
    expect(list.json().items).toHaveLength(1);

    const other = await h.app.inject({
      method: "POST",
      url: "/api/v1/alert-rules",
      headers: h.auth(),
      payload: { name: "temp" },
    });
    const del = await h.app.inject({
      method: "DELETE",
      url: `/api/v1/alert-rules/${other.json().id}`,
      headers: h.auth(),
    });
    expect(del.statusCode).toBe(204);
    const gone = await h.app.inject({
      method: "GET",
      url: `/api/v1/alert-rules/${other.json().id}`,
      headers: h.auth(),
    });
    expect(gone.statusCode).toBe(404);
  });

  it("pages by e-mail, signed webhook and Slack, and escalates when nobody acknowledges", async () => {
    await h.app.inject({
      method: "POST",
      url: "/api/v1/webhooks",
      headers: h.auth(),
      payload: { url: endpoint.url, events: ["alert.opened", "alert.closed"] },
    });
    const a = spike();
    await raise(h, [a]);
    await h.ctx.jobs.drain();

    const mails = await smtp.waitFor(1);
    expect(mails[0]?.to).toMatchObject({ text: "first@shop.test" });
    expect(mails[0]?.subject).toBe("[Firebreak] Spike in complaints about delivery");
    expect(mails[0]?.text).toContain("observed 30 against 3.2 expected");
    // When it started, by the workspace's clock and zone name (UTC here), not an ISO stamp.
    expect(mails[0]?.text).toMatch(/Started \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC, still going\./);
    const row = await h.ctx.db
      .selectFrom("alerts")
      .selectAll()
      .where("episode_id", "=", a.episodeId)
      .executeTakeFirstOrThrow();
    expect(alertMessage(row, "opened", "https://fb.test", "Europe/Warsaw").lines.join("\n")).toMatch(
      /Started \d{1,2} \w{3} \d{4}, \d{2}:\d{2} CES?T, still going\./,
    );

    const [received] = await hook.waitFor(1);
    const body = new Webhook(secret).verify(
      received?.body ?? "",
      received?.headers as Record<string, string>,
    ) as {
      type: string;
      data: { kind: string; url: string };
    };
    expect(body.type).toBe("alert.opened");
    expect(body.data.kind).toBe("topic_spike");

    const [posted] = await slack.waitFor(1);
    const blocks = JSON.parse(posted?.body ?? "{}");
    expect(blocks.text).toBe("Spike in complaints about delivery");
    expect(blocks.blocks[0]).toMatchObject({ type: "header" });
    expect(posted?.headers["webhook-signature"]).toBeUndefined();

    const [opened] = await endpoint.waitFor(1);
    expect(JSON.parse(opened?.body ?? "{}").type).toBe("alert.opened");

    // Nobody acknowledges: the next person in the chain hears about it.
    await fastForwardEscalations();
    await h.ctx.jobs.drain();
    const escalated = await smtp.waitFor(2);
    expect(escalated[1]?.to).toMatchObject({ text: "second@shop.test" });
    expect(escalated[1]?.subject).toMatch(/^\[Firebreak, escalated\]/);
    const alert = await alertBy(a.episodeId);
    expect(alert?.escalation_step).toBe(1);

    const detail = await h.app.inject({
      method: "GET",
      url: `/api/v1/alerts/${alert?.id}`,
      headers: h.auth("viewer"),
    });
    const n = detail.json().notifications as { channel: string; step: number; target: string }[];
    expect(n.filter((x) => x.channel === "email").map((x) => x.target)).toEqual([
      "first@shop.test",
      "second@shop.test",
    ]);
    expect(
      n
        .filter((x) => x.step === 0)
        .map((x) => x.channel)
        .sort(),
    ).toEqual(["email", "slack", "webhook"]);
  });

  it("an acknowledged alert stops escalating; a snoozed one waits", async () => {
    const before = smtp.messages.length;
    const acked = spike();
    const snoozed = spike();
    await raise(h, [acked, snoozed]);
    await h.ctx.jobs.drain();
    await smtp.waitFor(before + 2);

    const ackId = (await alertBy(acked.episodeId))?.id;
    const ack = await h.app.inject({
      method: "POST",
      url: `/api/v1/alerts/${ackId}/ack`,
      headers: h.auth("responder"),
    });
    expect(ack.statusCode).toBe(200);
    expect(ack.json()).toMatchObject({ status: "acknowledged", acknowledged_by: "token responder token" });
    const twice = await h.app.inject({
      method: "POST",
      url: `/api/v1/alerts/${ackId}/ack`,
      headers: h.auth("responder"),
    });
    expect(twice.statusCode).toBe(409);

    const snoozeId = (await alertBy(snoozed.episodeId))?.id;
    const until = new Date(Date.now() + 3600_000).toISOString();
    const sn = await h.app.inject({
      method: "POST",
      url: `/api/v1/alerts/${snoozeId}/snooze`,
      headers: h.auth("responder"),
      payload: { until },
    });
    expect(sn.json()).toMatchObject({ status: "snoozed", snoozed_until: until });
    const viewer = await h.app.inject({
      method: "POST",
      url: `/api/v1/alerts/${snoozeId}/close`,
      headers: h.auth("viewer"),
    });
    expect(viewer.statusCode).toBe(403);

    await fastForwardEscalations();
    await h.ctx.jobs.drain();
    await smtp.waitFor(before + 2);
    expect(smtp.messages.length).toBe(before + 2);
    // The snoozed alert's escalation waits for the end of the snooze.
    const waiting = await h.ctx.db
      .selectFrom("jobs")
      .select(["run_at"])
      .where("queue", "=", ESCALATE_QUEUE)
      .where("status", "=", "queued")
      .execute();
    expect(waiting.map((j) => j.run_at)).toContain(until);
  });

  it("groups an episode in one alert: updated while it grows, closed when it ends", async () => {
    const open = spike({ observed: 12, score: 7 });
    const at = (min: number) => new Date(Date.parse(open.at) + min * 60_000).toISOString();
    await raise(h, [open]);
    await raise(h, [{ ...open, phase: "update", at: at(5), observed: 25, score: 11 }]);
    await raise(h, [{ ...open, phase: "update", at: at(10), observed: 40, score: 15 }]);
    // A replayed round changes nothing.
    await raise(h, [{ ...open, phase: "update", at: at(10), observed: 40, score: 15 }]);
    let alert = await alertBy(open.episodeId);
    expect(alert).toMatchObject({
      status: "open",
      active: true,
      observed: 40,
      peak_observed: 40,
      peak_score: 15,
    });
    await raise(h, [{ ...open, phase: "close", at: at(60), observed: 2, score: 0.5 }]);
    alert = await alertBy(open.episodeId);
    expect(alert).toMatchObject({ status: "closed", active: false, ended_at: at(60), peak_observed: 40 });
    const detail = await h.app.inject({
      method: "GET",
      url: `/api/v1/alerts/${alert?.id}`,
      headers: h.auth("viewer"),
    });
    expect(detail.json().steps.map((s: { phase: string }) => s.phase)).toEqual([
      "open",
      "update",
      "update",
      "close",
    ]);
    await h.ctx.jobs.drain();
    const types = endpoint.receipts.map((r) => JSON.parse(r.body).type);
    expect(types).toContain("alert.closed");
  });

  it("lists newest first with a cursor, and filters by status", async () => {
    const page1 = await h.app.inject({
      method: "GET",
      url: "/api/v1/alerts?limit=2",
      headers: h.auth("viewer"),
    });
    const b1 = page1.json();
    expect(b1.items).toHaveLength(2);
    const page2 = await h.app.inject({
      method: "GET",
      url: `/api/v1/alerts?limit=2&cursor=${b1.next_cursor}`,
      headers: h.auth("viewer"),
    });
    const all = [...b1.items, ...page2.json().items] as { id: string; opened_at: string }[];
    expect(new Set(all.map((a) => a.id)).size).toBe(4);
    const opened = all.map((a) => a.opened_at);
    expect([...opened].sort().reverse()).toEqual(opened);
    const closed = await h.app.inject({
      method: "GET",
      url: "/api/v1/alerts?status=closed",
      headers: h.auth("viewer"),
    });
    expect(closed.json().items.every((a: { status: string }) => a.status === "closed")).toBe(true);
    const overview = await h.app.inject({
      method: "GET",
      url: "/api/v1/overview",
      headers: h.auth("viewer"),
    });
    expect(JSON.stringify(overview.json())).toContain(
      `"open_alerts":${await h.ctx.services.alerts.countUnresolved(h.workspaceId)}`,
    );
  });

  it("opens a crisis from an alert, carrying its evidence, once", async () => {
    const a = spike();
    await raise(h, [a]);
    const alert = await alertBy(a.episodeId);
    const res = await h.app.inject({
      method: "POST",
      url: `/api/v1/alerts/${alert?.id}/crisis`,
      headers: h.auth("responder"),
      payload: {},
    });
    expect(res.statusCode).toBe(201);
    const { alert: after, ...crisis } = res.json();
    expect(crisis.type).toBe("delivery_delay");
    expect(crisis.title).toBe("Spike in complaints about delivery");
    expect(after).toMatchObject({ crisis_id: crisis.id, status: "acknowledged" });
    const record = await h.app.inject({
      method: "GET",
      url: `/api/v1/crises/${crisis.id}`,
      headers: h.auth("viewer"),
    });
    expect(JSON.stringify(record.json())).toContain(alert?.id);
    const again = await h.app.inject({
      method: "POST",
      url: `/api/v1/alerts/${alert?.id}/crisis`,
      headers: h.auth("responder"),
      payload: {},
    });
    expect(again.statusCode).toBe(409);
  });

  it("streams alert changes to the dashboard", async () => {
    const a = spike();
    await raise(h, [a]);
    const alert = await alertBy(a.episodeId);
    const seen: string[] = [];
    const off = h.ctx.bus.subscribe("alert.changed", (e) => {
      seen.push((e.data as { status: string }).status);
    });
    await h.app.inject({
      method: "POST",
      url: `/api/v1/alerts/${alert?.id}/close`,
      headers: h.auth("responder"),
    });
    await waitFor(() => seen.includes("closed"), { what: "alert.changed closed" });
    off();
    expect(seen).toContain("closed");
  });
});
