import type { DetectionConfigInput } from "./detectors/config.js";
import { ONE_SERIES, poisson, seededRandom } from "./detectors/synthetic.js";
import type { MentionEvent } from "./detectors/types.js";

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;
export const START = Date.parse("2024-01-01T00:00:00Z");

/** Only the all-mentions series and the share: a flat volume, a share that moves. */
export const SHARE_ONLY: DetectionConfigInput = { ...ONE_SERIES, share: { enabled: true } };

/** Flat Poisson traffic with a daily rhythm; each mention negative with probability share(t). */
export function shareTraffic(seed: number, weeks: number, perDay: number, share: (t: number) => number) {
  const rand = seededRandom(seed);
  const out: MentionEvent[] = [];
  for (let t = START; t < START + weeks * WEEK; t += MIN) {
    const hour = (t % DAY) / HOUR;
    const rhythm = 1 + 0.8 * Math.sin(((hour - 9) / 24) * 2 * Math.PI);
    const n = poisson(rand, (perDay / 1440) * rhythm);
    for (let i = 0; i < n; i++)
      out.push({
        type: "mention",
        id: `m${out.length}`,
        at: new Date(t + Math.floor((i / n) * MIN)).toISOString(),
        sentiment: rand() < share(t) ? "negative" : "neutral",
        topics: [],
      });
  }
  return out;
}
