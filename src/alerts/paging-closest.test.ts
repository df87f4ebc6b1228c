import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { raise, spike } from "./testing.js";

/** When nobody was paged, the alert names the rule that came closest and why: quiet hours, kind, score. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  // 02:30 UTC on a winter night: 03:30 in Warsaw, inside the rule's quiet hours below.
  h.clock.freeze(new Date("2026-12-04T02:30:00Z"));
}, 60_000);
afterAll(async () => h.close());

const get = (url: string) => h.app.inject({ method: "GET", url, headers: h.auth("viewer") });
const rule = async (payload: object) => {
  const res = await h.app.inject({ method: "POST", url: "/api/v1/alert-rules", headers: h.auth(), payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
};
const remove = (id: string) =>
  h.app.inject({ method: "DELETE", url: `/api/v1/alert-rules/${id}`, headers: h.auth() });

async function pagingOf(overrides: Parameters<typeof spike>[0]) {
  const s = spike(overrides);
  await raise(h, [s]);
  const list = (await get("/api/v1/alerts?limit=1000")).json().items as { id: string; episode_id: string }[];
  const a = list.find((x) => x.episode_id === s.episodeId);
  expect(a).toBeTruthy();
  return (await get(`/api/v1/alerts/${a?.id}`)).json().paging;
}

describe("which rule came closest and why", () => {
  it("quiet hours: the rule is named with its window and when it pages, in the rule's zone", async () => {
    const night = await rule({
      name: "Night watch",
      kinds: ["topic_spike"],
      min_score: 5,
      channels: [
        {
          type: "webhook",
          url: "https://hooks.shop.example/night",
          secret: "whsec_dGVzdHRlc3R0ZXN0dGVzdA==",
        },
      ],
      quiet_hours: { start: "22:00", end: "07:00", timezone: "Europe/Warsaw" },
    });
    const p = await pagingOf({});
    expect(p.outcome).toBe("held");
    expect(p.closest.rule_id).toBe(night.id);
    const [reason] = p.closest.reasons as string[];
    expect(reason).toContain("quiet hours (22:00–07:00 Europe/Warsaw)");
    // 07:00 in Warsaw is 06:00 UTC; said as the rule's people read it, never in UTC.
    expect(reason).toContain("it pages at 4 Dec 2026, 07:00 CET");
    expect(reason).not.toContain("UTC");
    expect(reason).toContain("topic_spike is not one of its kinds that page anyway");
    expect(p.closest.why).toEqual([
      {
        code: "quiet_hours",
        start: "22:00",
        end: "07:00",
        timezone: "Europe/Warsaw",
        pages_at: "2026-12-04T06:00:00.000Z",
        kind: "topic_spike",
      },
    ]);
    await remove(night.id);
  });

  it("kind and score: the rule with the fewest reasons not to match, each reason said", async () => {
    const far = await rule({
      name: "Payments, loud only",
      kinds: ["payment_failure_spike"],
      topics: ["payment"],
      min_score: 50,
      channels: [],
    });
    const near = await rule({
      name: "Negative waves",
      kinds: ["negative_spike"],
      min_score: 5,
      channels: [],
    });
    const p = await pagingOf({ score: 9.5 });
    expect(p.outcome).toBe("unmatched");
    expect(p.closest).toEqual({
      rule_id: near.id,
      name: "Negative waves",
      reasons: ["kind topic_spike is not one of the rule's kinds (negative_spike)"],
      why: [{ code: "kind", kind: "topic_spike", kinds: ["negative_spike"] }],
    });
    await remove(near.id);
    const p2 = await pagingOf({ score: 9.5 });
    expect(p2.closest.rule_id).toBe(far.id);
    expect(p2.closest.reasons).toEqual([
      "kind topic_spike is not one of the rule's kinds (payment_failure_spike)",
      "topic delivery is not one of the rule's topics (payment)",
      "score 9.5 is below the rule's minimum 50",
    ]);
    // The same reasons as fields, for the dashboard to say in its reader's language.
    expect(p2.closest.why).toEqual([
      { code: "kind", kind: "topic_spike", kinds: ["payment_failure_spike"] },
      { code: "topic", topic: "delivery", topics: ["payment"] },
      { code: "score", score: 9.5, min: 50 },
    ]);
  });
});
