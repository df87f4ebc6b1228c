import { poisson, rhythm, seededRandom } from "./detectors/synthetic.js";
import type { MentionEvent } from "./detectors/types.js";

// Test traffic shared by the young-weekday tests (young-phi, young-spread): the null bench's `weekend`.
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
export const START = Date.parse("2025-01-06T00:00:00Z"); // a Monday

/** Minute-by-minute Poisson mentions of the bench's rhythm, Thursday and Friday two hours late if `late`. */
export function lateWeekendMentions(
  perDay: number,
  days: number,
  seed: number,
  late: boolean,
): MentionEvent[] {
  const rand = seededRandom(seed);
  const out: MentionEvent[] = [];
  for (let t = START; t < START + days * DAY; t += MIN) {
    const weekday = Math.floor(t / DAY + 4) % 7;
    const shifted = late && (weekday === 4 || weekday === 5) ? t - 2 * HOUR : t;
    const n = poisson(rand, (perDay / 1440) * rhythm(shifted));
    for (let i = 0; i < n; i++)
      out.push({
        type: "mention",
        id: `m${out.length}`,
        at: new Date(t + 1 + Math.floor((i / n) * (MIN - 2))).toISOString(),
        sentiment: "neutral",
        topics: [],
      });
  }
  return out;
}

/** `n` extra mentions spread over the hour from `at` (negative, or as `fields` say), merged in time order. */
export function withWave(
  events: MentionEvent[],
  at: number,
  n: number,
  fields: Partial<MentionEvent> = {},
): MentionEvent[] {
  const wave: MentionEvent[] = Array.from({ length: n }, (_, i) => ({
    type: "mention",
    id: `w${i}`,
    at: new Date(at + 1 + Math.floor((i / n) * (HOUR - 2))).toISOString(),
    sentiment: "negative",
    topics: [],
    ...fields,
  }));
  return [...events, ...wave].sort((a, b) => a.at.localeCompare(b.at));
}
