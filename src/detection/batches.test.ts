import { afterEach, describe, expect, it } from "vitest";
import { batchSpread } from "./detectors/batches.js";
import { DetectionEngine } from "./detectors/engine.js";
import { rateDispersion } from "./detectors/rate-dispersion.js";
import { backgroundMentions, burstMentions, mergeByTime, seededRandom } from "./detectors/synthetic.js";
import type { Alert, MentionEvent } from "./detectors/types.js";

const DAY = 86_400_000;
const START = Date.UTC(2024, 2, 4);
const DAYS = 9;

/** Each of the source's mentions stamped at the next fetch of a poller that runs every 10–15 minutes. */
function polled(events: MentionEvent[], source: string, seed: number): MentionEvent[] {
  const rand = seededRandom(seed);
  const fetches: number[] = [];
  for (let f = START + 7_777; f < START + (DAYS + 1) * DAY; f += 600_000 + Math.floor(rand() * 300_000))
    fetches.push(f);
  let j = 0;
  return mergeByTime(
    events.map((m) => {
      if (m.source !== source) return m;
      while ((fetches[j] as number) < Date.parse(m.at)) j++;
      return { ...m, at: new Date(fetches[j] as number).toISOString() };
    }),
  );
}

const background = (seed: number) =>
  backgroundMentions(
    { start: START, days: DAYS, perDay: 1_500, seed, dailySigma: 0.15 },
    { negativeShare: 0.25, topicShare: { delivery: 0.3, customer_service: 0.2 }, sources: ["feed", "x"] },
  );

function opened(events: MentionEvent[]): Alert[] {
  const e = new DetectionEngine();
  const out: Alert[] = [];
  for (const m of events) out.push(...e.push(m));
  out.push(...e.advance(START + DAYS * DAY));
  return out.filter((a) => a.phase === "open" && a.kind.endsWith("_spike"));
}

afterEach(() => {
  batchSpread.on = true;
  rateDispersion.on = true;
});

// A polled source stamps its mentions at the fetch: each fetch's mentions land on one instant.
describe("a source polled every 10–15 minutes", () => {
  it("stays within the budget, where counting each fetch at its stamp read fetches as waves", () => {
    const stream = polled(background(4), "feed", 4);
    const now = opened(stream);
    batchSpread.on = false;
    // The rate's own dispersion (sixteenth pass) now absorbs part of the fetches' lumps by itself: the
    // engine before both is what read fetches as waves.
    rateDispersion.on = false;
    const old = opened(stream);
    // Budget: 1 a week over the 7 days after the warm-up.
    expect(now.length).toBeLessThanOrEqual(2);
    expect(old.length).toBeGreaterThan(5);
  });

  it("still finds a wave on the polled source, at most one polling interval later than stamped finely", () => {
    const waveAt = START + 8 * DAY + 15 * 3_600_000;
    const fine = mergeByTime(background(6), burstMentions(waveAt, 60, 60, 13, "delivery", "feed"));
    const firstAfter = (alerts: Alert[]) => alerts.filter((a) => Date.parse(a.at) >= waveAt)[0];
    const a = firstAfter(opened(fine));
    const b = firstAfter(opened(polled(fine, "feed", 6)));
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(Date.parse(b?.at ?? "") - Date.parse(a?.at ?? "")).toBeLessThanOrEqual(30 * 60_000);
  });

  it("keeps a saved state's waiting mentions: the same alerts after a JSON round-trip", () => {
    const stream = polled(background(4), "feed", 4).slice(0, 30_000);
    const whole = new DetectionEngine();
    const split = new DetectionEngine();
    const a: Alert[] = [];
    const b: Alert[] = [];
    let restored: DetectionEngine | null = null;
    stream.forEach((m, i) => {
      a.push(...whole.push(m));
      if (i === 20_000) restored = DetectionEngine.fromJSON(JSON.parse(JSON.stringify(split.toJSON())));
      b.push(...(restored ?? split).push(m));
    });
    expect(b).toEqual(a);
  });
});
