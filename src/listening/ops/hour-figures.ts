import type { HourCounts } from "../hours.js";
import type { MentionFilters } from "../schema.js";

/** Filters the hourly counts can answer: a time range, with or without copies. */
const ROLLED_UP = new Set<string>(["since", "until", "originals"]);

/** Whether a count or a chart of these filters can be read from the hourly counts (minutes cannot). */
export function rolledUp(filters: MentionFilters, bucket: "minute" | "hour" | "day" = "hour"): boolean {
  if (bucket === "minute") return false;
  return Object.entries(filters).every(([k, v]) => v === undefined || ROLLED_UP.has(k));
}

const voices = (h: HourCounts, originals: boolean) =>
  originals
    ? { mentions: h.mentions - h.copies, negative: h.negative - h.negative_copies, copies: 0 }
    : { mentions: h.mentions, negative: h.negative, copies: h.copies };

/** The volume chart's buckets from hourly counts, as the scan answers them (empty buckets left out). */
export function bucketed(hours: HourCounts[], bucket: "hour" | "day", originals = false) {
  const out = new Map<string, { t: string; mentions: number; negative: number; copies: number }>();
  for (const h of hours) {
    // Keys are hours ("2026-11-20T05") or days ("2026-11-20"), as the read was asked for.
    const t = bucket === "hour" ? `${h.hour}:00:00.000Z` : `${h.hour.slice(0, 10)}T00:00:00.000Z`;
    const v = voices(h, originals);
    const b = out.get(t);
    if (b) {
      b.mentions += v.mentions;
      b.negative += v.negative;
      b.copies += v.copies;
    } else out.set(t, { t, ...v });
  }
  return [...out.values()].filter((b) => b.mentions > 0);
}

export function totalOf(hours: HourCounts[], originals: boolean) {
  let n = 0;
  let negative = 0;
  for (const h of hours) {
    const v = voices(h, originals);
    n += v.mentions;
    negative += v.negative;
  }
  return { n, negative };
}

/** Per UTC day: volume by sentiment and the rating sum and count (every mention, copies included). */
export function dailyOf(hours: HourCounts[]) {
  const out = new Map<
    string,
    { day: string; mentions: number; negative: number; positive: number; rated: number; rating_sum: number }
  >();
  for (const h of hours) {
    const day = h.hour.slice(0, 10);
    const d = out.get(day) ?? { day, mentions: 0, negative: 0, positive: 0, rated: 0, rating_sum: 0 };
    d.mentions += h.mentions;
    d.negative += h.negative;
    d.positive += h.positive;
    d.rated += h.rated;
    d.rating_sum += h.rating_sum;
    out.set(day, d);
  }
  return [...out.values()];
}
