import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { startFakeOpsgenie, startFakePagerDuty } from "./channels/test-paging-fakes.js";
import { raise, spike } from "./testing.js";

/** PagerDuty and Opsgenie channels against local fakes that check the documented request shapes. */
const PD_KEY = "R0ut1ngKeyR0ut1ngKeyR0ut1ngKey12";
const PD_UNKNOWN = "UnknownKeyUnknownKeyUnknownKey99";
const OG_KEY = "3f1c9c2e-8d5b-4a7e-9b61-0f2d4c6a8e10";
const OG_UNKNOWN = "00000000-0000-4000-8000-000000000000";

let h: Harness;
let pd: Awaited<ReturnType<typeof startFakePagerDuty>>;
let og: Awaited<ReturnType<typeof startFakeOpsgenie>>;

beforeAll(async () => {
  pd = await startFakePagerDuty([PD_KEY]);
  og = await startFakeOpsgenie([OG_KEY]);
  // Honoured only under NODE_ENV=test (vitest's): production always talks to the real services.
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

const get = (url: string) => h.app.inject({ method: "GET", url, headers: h.auth("viewer") });
const rule = (payload: object) =>
  h.app.inject({ method: "POST", url: "/api/v1/alert-rules", headers: h.auth(), payload });
const act = (id: string, verb: "ack" | "close") =>
  h.app.inject({ method: "POST", url: `/api/v1/alerts/${id}/${verb}`, headers: h.auth("responder") });

async function alertOf(episode: string) {
  const list = (await get("/api/v1/alerts?limit=1000")).json().items as { id: string; episode_id: string }[];
  const a = list.find((x) => x.episode_id === episode);
  if (!a) throw new Error(`no alert for ${episode}`);
  return (await get(`/api/v1/alerts/${a.id}`)).json();
}

describe("PagerDuty and Opsgenie channels", () => {
  it("refuses keys that are not a PagerDuty or Opsgenie key, naming the field", async () => {
    const bad = await rule({ name: "x", channels: [{ type: "pagerduty", routing_key: "short" }] });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain("routing_key");
    const bad2 = await rule({ name: "x", channels: [{ type: "opsgenie", api_key: "nope", region: "us" }] });
    expect(bad2.statusCode).toBe(400);
    expect(JSON.stringify(bad2.json())).toContain("api_key");
    const region = await rule({
      name: "x",
      channels: [{ type: "opsgenie", api_key: OG_KEY, region: "asia" }],
    });
    expect(region.statusCode).toBe(400);
  });

  it("triggers, acknowledges and resolves with one dedup key per alert, keys sealed at rest", async () => {
    const created = await rule({
      name: "Paging tools",
      kinds: ["topic_spike"],
      min_score: 5,
      channels: [
        { type: "pagerduty", routing_key: PD_KEY, region: "eu" },
        { type: "opsgenie", api_key: OG_KEY },
      ],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().channels[1]).toMatchObject({ type: "opsgenie", region: "us" });
    const stored = await h.ctx.db
      .selectFrom("alert_rules")
      .select("channels")
      .where("id", "=", created.json().id)
      .executeTakeFirstOrThrow();
    expect(stored.channels).not.toContain(PD_KEY);
    expect(stored.channels).not.toContain(OG_KEY);
    expect(stored.channels).toContain("fbenc:v1:");
    // Admins (who edit rules) see the keys; a viewer sees their last four characters only.
    const asViewer = (await get(`/api/v1/alert-rules/${created.json().id}`)).json();
    expect(asViewer.channels).toEqual([
      { type: "pagerduty", routing_key: `…${PD_KEY.slice(-4)}`, region: "eu" },
      { type: "opsgenie", api_key: `…${OG_KEY.slice(-4)}`, region: "us" },
    ]);
    const list = (
      await h.app.inject({ method: "GET", url: "/api/v1/alert-rules", headers: h.auth("responder") })
    ).json();
    expect(JSON.stringify(list)).not.toContain(PD_KEY);
    const asAdmin = (
      await h.app.inject({
        method: "GET",
        url: `/api/v1/alert-rules/${created.json().id}`,
        headers: h.auth(),
      })
    ).json();
    expect(asAdmin.channels[0].routing_key).toBe(PD_KEY);

    const s = spike({ score: 9.5 });
    await raise(h, [s]);
    await h.ctx.jobs.drain();
    const alert = await alertOf(s.episodeId);
    const dedup = `firebreak-${alert.id}`;
    await pd.waitFor((r) => r.length >= 1);
    await og.waitFor((r) => r.length >= 1);
    const trigger = pd.requests[0];
    expect(trigger?.problems).toEqual([]);
    expect(trigger?.status).toBe(202);
    expect(trigger?.body).toMatchObject({
      routing_key: PD_KEY,
      event_action: "trigger",
      dedup_key: dedup,
      payload: {
        summary: alert.title,
        severity: "warning",
        class: "topic_spike",
        source: expect.any(String),
      },
      links: [{ href: expect.stringContaining(`/alerts/${alert.id}`), text: "Open in Firebreak" }],
    });
    const payload = trigger?.body["payload"] as { timestamp?: string } | undefined;
    expect(Date.parse(String(payload?.timestamp))).toBe(Date.parse(alert.opened_at));
    const create = og.requests[0];
    expect(create?.problems).toEqual([]);
    expect(create).toMatchObject({ method: "POST", path: "/v2/alerts", status: 202 });
    expect(create?.headers.authorization).toBe(`GenieKey ${OG_KEY}`);
    expect(create?.body).toMatchObject({ alias: dedup, priority: "P3", source: "Firebreak" });
    // The key goes in the body or header at send time; the queued job keeps only the sealed copy.
    const jobs = await h.ctx.db.selectFrom("jobs").select("payload").execute();
    expect(jobs.map((j) => j.payload).join("")).not.toContain(PD_KEY);
    expect(jobs.map((j) => j.payload).join("")).not.toContain(OG_KEY);

    expect((await act(alert.id, "ack")).statusCode).toBe(200);
    await h.ctx.jobs.drain();
    await pd.waitFor((r) => r.length >= 2);
    await og.waitFor((r) => r.length >= 2);
    expect(pd.requests[1]?.body).toEqual({
      routing_key: PD_KEY,
      event_action: "acknowledge",
      dedup_key: dedup,
    });
    expect(pd.requests[1]?.problems).toEqual([]);
    expect(og.requests[1]).toMatchObject({
      path: `/v2/alerts/${dedup}/acknowledge`,
      status: 202,
      problems: [],
    });
    expect(og.requests[1]?.query.get("identifierType")).toBe("alias");
    expect(og.alerts.get(dedup)).toBe("acknowledged");

    expect((await act(alert.id, "close")).statusCode).toBe(200);
    await h.ctx.jobs.drain();
    await pd.waitFor((r) => r.length >= 3);
    await og.waitFor((r) => r.length >= 3);
    expect(pd.requests[2]?.body).toMatchObject({ event_action: "resolve", dedup_key: dedup });
    expect(og.requests[2]).toMatchObject({ path: `/v2/alerts/${dedup}/close`, status: 202, problems: [] });
    expect(og.alerts.get(dedup)).toBe("closed");

    const d = await alertOf(s.episodeId);
    const tools = d.notifications.filter((n: { channel: string }) =>
      ["pagerduty", "opsgenie"].includes(n.channel),
    );
    expect(tools.map((n: { reason: string; channel: string }) => `${n.reason} ${n.channel}`).sort()).toEqual([
      "acknowledged opsgenie",
      "acknowledged pagerduty",
      "closed opsgenie",
      "closed pagerduty",
      "opened opsgenie",
      "opened pagerduty",
    ]);
    expect(tools.every((n: { delivery: string }) => n.delivery === "delivered")).toBe(true);
    // The log names the API, never the key.
    expect(JSON.stringify(tools)).not.toContain(PD_KEY);
    await h.app.inject({
      method: "DELETE",
      url: `/api/v1/alert-rules/${created.json().id}`,
      headers: h.auth(),
    });
  });

  it("a critical outage with a long title: P1, critical, message cut to 130 characters", async () => {
    const r = await rule({
      name: "Outages",
      kinds: ["monitor_down"],
      channels: [
        { type: "pagerduty", routing_key: PD_KEY },
        { type: "opsgenie", api_key: OG_KEY, region: "eu" },
      ],
    });
    const before = { pd: pd.requests.length, og: og.requests.length };
    const title = `Checkout is down ${"🔥".repeat(60)} ${"x".repeat(200)}`;
    const id = await h.ctx.services.alerts.raise(h.workspaceId, {
      kind: "monitor_down",
      key: "monitor:checkout",
      open: true,
      title,
      source: { type: "monitor", id: "m1" },
    });
    await h.ctx.jobs.drain();
    await pd.waitFor((q) => q.length > before.pd);
    await og.waitFor((q) => q.length > before.og);
    const event = pd.requests[before.pd];
    const create = og.requests[before.og];
    expect(event?.problems).toEqual([]);
    expect(create?.problems).toEqual([]);
    expect(event?.body).toMatchObject({ dedup_key: `firebreak-${id}`, payload: { severity: "critical" } });
    expect(create?.body).toMatchObject({ priority: "P1", alias: `firebreak-${id}` });
    expect([...String(create?.body["message"])].length).toBeLessThanOrEqual(130);
    // The monitor recovers: the episode ends and the tools hear the resolution.
    await h.ctx.services.alerts.raise(h.workspaceId, {
      kind: "monitor_down",
      key: "monitor:checkout",
      open: false,
      title,
      source: { type: "monitor", id: "m1" },
    });
    await h.ctx.jobs.drain();
    await pd.waitFor((q) =>
      q.some((x) => x.body["event_action"] === "resolve" && x.body["dedup_key"] === `firebreak-${id}`),
    );
    await og.waitFor((q) => q.some((x) => x.path === `/v2/alerts/firebreak-${id}/close`));
    await h.app.inject({ method: "DELETE", url: `/api/v1/alert-rules/${r.json().id}`, headers: h.auth() });
  });

  it("an acknowledgement waits until its page, still being retried, has reached PagerDuty", async () => {
    const r = (
      await rule({
        name: "Throttled",
        kinds: ["topic_spike"],
        min_score: 5,
        channels: [{ type: "pagerduty", routing_key: PD_KEY }],
      })
    ).json();
    pd.throttleNext(1);
    const s = spike();
    await raise(h, [s]);
    await h.ctx.jobs.drain();
    const alert = await alertOf(s.episodeId);
    const dedup = `firebreak-${alert.id}`;
    const mine = () => pd.requests.filter((x) => x.body["dedup_key"] === dedup);
    await pd.waitFor(() => mine().length >= 1);
    expect(mine().map((x) => x.status)).toEqual([429]);

    expect((await act(alert.id, "ack")).statusCode).toBe(200);
    await h.ctx.jobs.drain();
    // Nothing overtakes the page: the acknowledgement is logged and waits.
    expect(mine().map((x) => x.body["event_action"])).toEqual(["trigger"]);
    const waiting = (await alertOf(s.episodeId)).notifications.find(
      (n: { reason: string }) => n.reason === "acknowledged",
    );
    expect(waiting).toMatchObject({ channel: "pagerduty", delivery: "queued" });

    // Time passes (the retries' backoff), the page goes through, then the acknowledgement.
    for (let i = 0; i < 6 && mine().length < 3; i++) {
      h.clock.advance(2 * 3600_000);
      await h.ctx.jobs.drain();
    }
    await pd.waitFor(() => mine().length >= 3);
    expect(mine().map((x) => `${x.body["event_action"]} ${x.status}`)).toEqual([
      "trigger 429",
      "trigger 202",
      "acknowledge 202",
    ]);
    await h.app.inject({ method: "DELETE", url: `/api/v1/alert-rules/${r.id}`, headers: h.auth() });
  });

  it("a refused key is a delivery problem with the service's own answer", async () => {
    const r = (
      await rule({
        name: "Wrong key",
        kinds: ["topic_spike"],
        min_score: 5,
        channels: [
          { type: "pagerduty", routing_key: PD_UNKNOWN },
          { type: "opsgenie", api_key: OG_UNKNOWN },
        ],
      })
    ).json();
    const s = spike();
    await raise(h, [s]);
    await h.ctx.jobs.drain();
    await pd.waitFor((q) => q.some((x) => x.body["routing_key"] === PD_UNKNOWN));
    const d = await alertOf(s.episodeId);
    const page = d.notifications.find((n: { channel: string }) => n.channel === "pagerduty");
    expect(page.delivery).toBe("failing");
    expect(page.error).toMatch(/answered 400: Event object is invalid; Invalid routing key/);
    await og.waitFor((q) => q.some((x) => x.headers.authorization === `GenieKey ${OG_UNKNOWN}`));
    const refused = (await alertOf(s.episodeId)).notifications.find(
      (n: { channel: string }) => n.channel === "opsgenie",
    );
    expect(refused).toMatchObject({ delivery: "failing", error: expect.stringMatching(/answered 401/) });
    const problems = (await get("/api/v1/alerts/delivery-problems")).json().items;
    expect(problems).toEqual([
      expect.objectContaining({
        rule_id: r.id,
        channel: "pagerduty",
        code: "receiver_refused",
        reason: expect.stringMatching(/400/),
      }),
      expect.objectContaining({
        rule_id: r.id,
        channel: "opsgenie",
        reason: expect.stringMatching(/answered 401: Could not authenticate/),
      }),
    ]);
    expect(problems[0].target).toBe(new URL(pd.url).host);
    expect(problems[1].target).toBe(new URL(og.url).host);
  });
});
