import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mentionInput } from "../listening/schema.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { backgroundMentions, burstMentions, mergeByTime } from "./detectors/synthetic.js";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const START = Date.parse("2024-05-06T00:00:00Z");
const BURST = START + 3 * DAY + 14 * HOUR;
const TEXTS = {
  negative: "My parcel is late again, the delivery never arrived and nobody answers. Terrible.",
  neutral: "Ordered a pair of shoes from this shop yesterday.",
  positive: "Lovely shop, fast delivery and great quality, thank you!",
};

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

describe("an alert opened inside a planned surge", () => {
  it("keeps the surge in its stored explanation, so every reader's headline can say the level was the sale's", async () => {
    const surge = {
      start: new Date(BURST - HOUR).toISOString(),
      end: new Date(BURST + 6 * HOUR).toISOString(),
      multiple: 1.5,
      label: "Spring <b>sale</b>",
    };
    const put = await h.app.inject({
      method: "PUT",
      url: "/api/v1/detection/settings",
      headers: h.auth("admin"),
      payload: { plannedSurges: [surge] },
    });
    expect(put.statusCode).toBe(200);
    const events = mergeByTime(
      backgroundMentions(
        { start: START, days: 4, perDay: 160, seed: 7 },
        { negativeShare: 0.1, topicShare: { delivery: 0.4 }, sources: ["twitter"] },
      ),
      burstMentions(BURST, 60, 45, 11, "delivery", "twitter"),
    );
    const items = events.map((e, i) =>
      mentionInput.parse({
        source: "twitter",
        external_id: e.id,
        text: `${TEXTS[e.sentiment]} #${i}`,
        created_at: e.at,
        author: `user${i}`,
      }),
    );
    for (let i = 0; i < items.length; i += 500)
      await h.ctx.services.listening.ingest(h.workspaceId, items.slice(i, i + 500));
    await h.ctx.jobs.drain();
    await h.ctx.services.detection.idle(h.workspaceId);
    await h.ctx.services.detection.process(h.workspaceId, { advanceTo: START + 4 * DAY });

    const res = await h.app.inject({ method: "GET", url: "/api/v1/alerts?limit=100", headers: h.auth() });
    expect(res.statusCode).toBe(200);
    const spikes = (
      res.json().items as {
        kind: string;
        series: string;
        opened_at: string;
        title: string;
        explanation: { planned_surge: { label: string; multiple: number } | null } | null;
      }[]
    )
      // The share test is scale-free: a sale with the usual mix is no rise of it, and it says nothing of one.
      .filter((a) => /spike/.test(a.kind) && a.explanation && a.series !== "share");
    const inside = spikes.filter((a) => Date.parse(a.opened_at) >= BURST - HOUR);
    expect(inside.length).toBeGreaterThan(0);
    for (const a of inside) {
      expect(a.explanation?.planned_surge).toEqual({ label: "Spring <b>sale</b>", multiple: 1.5 });
      expect(a.title).toContain("for the planned surge “Spring <b>sale</b>”");
    }
    for (const a of spikes.filter((x) => Date.parse(x.opened_at) < BURST - HOUR))
      expect(a.explanation?.planned_surge).toBeNull();
  }, 120_000);
});
