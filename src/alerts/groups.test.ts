import { describe, expect, it } from "vitest";
import type { Alert } from "../detection/detectors/types.js";
import { setupMailHarness } from "../testing/mail-harness.js";
import { waitFor } from "../testing/wait.js";
import { ESCALATE_QUEUE } from "./notify.js";
import { raise, spike } from "./testing.js";

const { h, smtp } = setupMailHarness();

const get = async (path: string) =>
  (await h.app.inject({ method: "GET", url: path, headers: h.auth("viewer") })).json();
const byEpisode = async (episode: string) =>
  ((await get("/api/v1/alerts?limit=1000")).items as AlertRow[]).find(
    (a) => a.episode_id === episode,
  ) as AlertRow;
interface AlertRow {
  id: string;
  episode_id: string;
  group_id: string | null;
  group_size: number;
  status: string;
}
/** An alert about no topic. */
function plain(over: Partial<Alert>): Alert {
  const { topic: _, ...rest } = spike(over);
  return rest;
}
/** Runs the mail jobs until the SMTP server has seen `n` messages (the test then checks there are no more). */
const settle = (n: number) =>
  waitFor(() => smtp.messages.length >= n, { each: () => h.ctx.jobs.drain(), what: `${n} e-mails` });

describe("alert groups", () => {
  it("pages once for the alerts one burst opens, and acknowledging the first acknowledges them all", async () => {
    await h.ctx.services.alerts.createRule(h.ctx.services.alerts.systemActor(h.workspaceId), {
      name: "On-call",
      recipients: ["first@shop.test", "second@shop.test"],
      ack_timeout_minutes: 15,
    });
    const t = (min: number) => new Date(Date.UTC(2025, 2, 3, 10, min)).toISOString();
    const volume = plain({
      kind: "volume_spike",
      series: "volume|src:twitter",
      source: "twitter",
      at: t(4),
    });
    const negative = plain({ kind: "negative_spike", series: "negative", at: t(7) });
    const topic = spike({ kind: "topic_spike", series: "topic:delivery", at: t(9) });
    await raise(h, [volume]);
    await raise(h, [negative, topic]);
    // The checkout breaking at the same time is another incident: it pages on its own.
    const payments = plain({
      kind: "payment_failure_spike",
      series: "payment_failed",
      at: t(8),
    });
    await raise(h, [payments]);
    await settle(2);
    // Two messages, sent in parallel: their order of arrival is not theirs to keep.
    expect(smtp.messages.map((m) => m.subject).sort()).toEqual([
      "[Firebreak] Spike in failed payments",
      "[Firebreak] Spike in mentions on twitter",
    ]);

    const lead = await byEpisode(volume.episodeId);
    expect(lead).toMatchObject({ group_id: lead.id, group_size: 3 });
    expect(await byEpisode(topic.episodeId)).toMatchObject({ group_id: lead.id, group_size: 3 });
    expect(await byEpisode(payments.episodeId)).toMatchObject({ group_id: null, group_size: 1 });
    const detail = await get(`/api/v1/alerts/${lead.id}`);
    expect(detail.group.map((g: { kind: string }) => g.kind)).toEqual(["negative_spike", "topic_spike"]);
    const member = await get(`/api/v1/alerts/${(await byEpisode(negative.episodeId)).id}`);
    expect(member.notifications).toEqual([
      expect.objectContaining({ reason: "grouped", channel: "group", target: lead.id }),
    ]);

    const ack = await h.app.inject({
      method: "POST",
      url: `/api/v1/alerts/${lead.id}/ack`,
      headers: h.auth("responder"),
    });
    expect(ack.statusCode).toBe(200);
    expect((await byEpisode(negative.episodeId)).status).toBe("acknowledged");
    expect((await byEpisode(topic.episodeId)).status).toBe("acknowledged");
    expect((await byEpisode(payments.episodeId)).status).toBe("open");

    // Nobody acknowledged the payment alert: only it escalates.
    await h.ctx.db
      .updateTable("jobs")
      .set({ run_at: new Date(Date.now() - 1000).toISOString() })
      .where("queue", "=", ESCALATE_QUEUE)
      .where("status", "=", "queued")
      .execute();
    await settle(3);
    expect(smtp.messages).toHaveLength(3);
    expect(smtp.messages[2]?.subject).toMatch(/escalated.*payment/i);
    expect(smtp.messages[2]?.to).toMatchObject({ text: "second@shop.test" });
  });

  it("starts a new incident once the old one is over or long past", async () => {
    const before = smtp.messages.length;
    const t = (h: number) => new Date(Date.UTC(2025, 2, 4, h, 0)).toISOString();
    const first = plain({ kind: "volume_spike", series: "volume", at: t(9) });
    await raise(h, [first]);
    // Three hours later the first is still active, but too old to be the same burst.
    const later = spike({ kind: "topic_spike", series: "topic:price", topic: "price", at: t(12) });
    await raise(h, [later]);
    // Closed by the detector: a new alert of another series right after is a new incident too.
    await raise(h, [{ ...later, phase: "close", at: t(13), observed: 0, score: 0 }]);
    const after = plain({ kind: "negative_spike", series: "negative", at: t(13) });
    await raise(h, [after]);
    await settle(before + 3);
    expect(smtp.messages.length).toBe(before + 3);
    for (const e of [first, later, after]) expect((await byEpisode(e.episodeId)).group_size).toBe(1);
  });

  it("opens a crisis carrying every alert of the incident", async () => {
    const t = (min: number) => new Date(Date.UTC(2025, 2, 5, 10, min)).toISOString();
    const a = spike({ kind: "topic_spike", series: "topic:payment", topic: "payment", at: t(1) });
    const b = plain({ kind: "negative_spike", series: "negative|src:reviews", at: t(3) });
    await raise(h, [a, b]);
    const lead = await byEpisode(a.episodeId);
    const res = await h.app.inject({
      method: "POST",
      url: `/api/v1/alerts/${lead.id}/crisis`,
      headers: h.auth("responder"),
      payload: {},
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().alert).toMatchObject({ status: "acknowledged", group_size: 2 });
    const crisis = await get(`/api/v1/crises/${res.json().id}`);
    const text = JSON.stringify(crisis);
    expect(text).toContain(lead.id);
    expect(text).toContain((await byEpisode(b.episodeId)).id);
    expect((await byEpisode(b.episodeId)).status).toBe("acknowledged");
  });
});
