import { DetectionEngine } from "../detection/detectors/engine.js";
import { backgroundMentions, mergeByTime } from "../detection/detectors/synthetic.js";
import type { Alert, MentionEvent } from "../detection/detectors/types.js";

/**
 * The planned-surge tests' shop: four weeks of ordinary traffic at 300 a day (a third negative), then a
 * sale day at `times` the volume with the same mix, pushed through the engine as the replay does.
 */
export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const START = Date.parse("2025-01-06T00:00:00Z");
export const SALE = START + 28 * DAY;
export const MIX = { negativeShare: 0.3, topicShare: { delivery: 0.4, customer_service: 0.3 } };

/** Detection settings declaring the sale day as a planned surge at `multiple`. */
export const declaredSale = (multiple: number, label: string) => ({
  plannedSurges: [
    { start: new Date(SALE).toISOString(), end: new Date(SALE + DAY).toISOString(), multiple, label },
  ],
});

export function saleDay(seed: number, times: number, extra: MentionEvent[] = []): MentionEvent[] {
  const before = backgroundMentions({ start: START, days: 28, perDay: 300, seed, dailySigma: 0.15 }, MIX);
  const sale = backgroundMentions({ start: SALE, days: 1, perDay: 300 * times, seed: seed + 1000 }, MIX);
  return mergeByTime(before, sale, extra);
}

/** The alerts the engine opens on the stream with these settings. */
export function opens(events: MentionEvent[], config: object): Alert[] {
  const engine = new DetectionEngine(config);
  const out: Alert[] = [];
  for (const e of events) for (const a of engine.push(e)) if (a.phase === "open") out.push(a);
  return out;
}

export const within = (a: Alert, from: number, to: number) =>
  Date.parse(a.at) >= from && Date.parse(a.at) < to;
export const onSaleDay = (a: Alert) => within(a, SALE, SALE + DAY);
