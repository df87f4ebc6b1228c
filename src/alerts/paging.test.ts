import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { newWebhookSecret } from "../webhooks/signing.js";
import { raise, spike, startReceiver } from "./testing.js";

/** Paging that tells the truth: who could not be reached and why, and why nobody was paged. */
let h: Harness;
let refusing: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  refusing = await startReceiver({ status: 500 });
  // No SMTP server configured here: e-mail cannot go out.
  h = await createHarness();
}, 60_000);
afterAll(async () => {
  await h.close();
  await refusing.close();
});

const get = (url: string) => h.app.inject({ method: "GET", url, headers: h.auth("viewer") });
const rule = (payload: object) =>
  h.app.inject({ method: "POST", url: "/api/v1/alert-rules", headers: h.auth(), payload });

async function detailOf(episode: string) {
  const list = (await get("/api/v1/alerts?limit=1000")).json().items as { id: string; episode_id: string }[];
  const a = list.find((x) => x.episode_id === episode);
  expect(a).toBeTruthy();
  return (await get(`/api/v1/alerts/${a?.id}`)).json();
}

describe("paging that tells the truth", () => {
  it("with no rules, the alert says so", async () => {
    const s = spike();
    await raise(h, [s]);
    expect((await detailOf(s.episodeId)).paging).toEqual({ outcome: "no_rules", closest: null });
  });

  it("when no rule matched, it names the closest rule and why it missed (score, kind)", async () => {
    await rule({ name: "Payments only", kinds: ["payment_failure_spike"], min_score: 20, channels: [] });
    const near = (
      await rule({
        name: "Loud topics",
        kinds: ["topic_spike"],
        min_score: 50,
        channels: [{ type: "email" }],
      })
    ).json();
    const s = spike({ score: 9.5 });
    await raise(h, [s]);
    const d = await detailOf(s.episodeId);
    expect(d.paging.outcome).toBe("unmatched");
    expect(d.paging.closest.rule_id).toBe(near.id);
    expect(d.paging.closest.reasons).toEqual(["score 9.5 is below the rule's minimum 50"]);
    await h.app.inject({ method: "DELETE", url: `/api/v1/alert-rules/${near.id}`, headers: h.auth() });
  });

  it("without SMTP, the e-mail page is recorded as undeliverable and the banner says so until fixed", async () => {
    const r = (
      await rule({
        name: "Complaints wake the on-call",
        kinds: ["topic_spike"],
        min_score: 5,
        channels: [{ type: "email" }],
        recipients: ["oncall@shop.test"],
      })
    ).json();
    const s = spike();
    await raise(h, [s]);
    const d = await detailOf(s.episodeId);
    expect(d.paging.outcome).toBe("paged");
    const mail = d.notifications.find((n: { channel: string }) => n.channel === "email");
    expect(mail).toMatchObject({ delivery: "undeliverable", target: "oncall@shop.test" });
    expect(mail.error).toMatch(/no SMTP server/);
    const problems = (await get("/api/v1/alerts/delivery-problems")).json().items;
    expect(problems).toEqual([
      expect.objectContaining({
        rule_id: r.id,
        channel: "email",
        code: "no_smtp",
        reason: expect.stringMatching(/SMTP/),
      }),
    ]);
    // Fixed (here: the rule pages by another way): the banner goes.
    await h.app.inject({
      method: "PATCH",
      url: `/api/v1/alert-rules/${r.id}`,
      headers: h.auth(),
      payload: { channels: [] },
    });
    expect((await get("/api/v1/alerts/delivery-problems")).json().items).toEqual([]);
    await h.app.inject({ method: "DELETE", url: `/api/v1/alert-rules/${r.id}`, headers: h.auth() });
  });

  it("a webhook that refuses is shown as failing with the receiver's answer", async () => {
    const r = (
      await rule({
        name: "Hook",
        kinds: ["topic_spike"],
        min_score: 5,
        channels: [{ type: "webhook", url: refusing.url, secret: newWebhookSecret() }],
      })
    ).json();
    const s = spike();
    await raise(h, [s]);
    await h.ctx.jobs.drain();
    await refusing.waitFor(1);
    const d = await detailOf(s.episodeId);
    const hook = d.notifications.find((n: { channel: string }) => n.channel === "webhook");
    expect(hook.delivery).toBe("failing");
    expect(hook.error).toMatch(/answered 500/);
    const problems = (await get("/api/v1/alerts/delivery-problems")).json().items;
    expect(problems).toEqual([
      expect.objectContaining({ rule_id: r.id, channel: "webhook", reason: expect.stringMatching(/500/) }),
    ]);
    // The banner names the host only: a webhook URL's path can hold its token.
    expect(problems[0].target).not.toContain("/hook");
  });
});
