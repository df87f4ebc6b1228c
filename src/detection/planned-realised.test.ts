import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DetectionEngine } from "./detectors/engine.js";
import { realisedSurge } from "./detectors/surge-realised.js";
import { backgroundMentions, burstMentions, mergeByTime } from "./detectors/synthetic.js";
import type { Alert, MentionEvent } from "./detectors/types.js";

// Inside a declared surge the negatives, complaints and topics are expected at the traffic that came
// (detectors/surge-realised.ts), not at the declared multiple: a sale larger than declared is one
// "more than planned" alert, and a wave inside it is still a rise of its own series.
const DAY = 86_400_000;
const HOUR = 3_600_000;
const START = Date.parse("2025-01-06T00:00:00Z");
const SALE = START + 28 * DAY;
const MIX = { negativeShare: 0.3, topicShare: { delivery: 0.4, customer_service: 0.3 } };
const DECLARED_5 = {
  plannedSurges: [
    {
      start: new Date(SALE).toISOString(),
      end: new Date(SALE + DAY).toISOString(),
      multiple: 5,
      label: "Sale",
    },
  ],
};

/** Four weeks at 300 a day, then a day at `times` that, the same mix. */
function saleDay(seed: number, times: number, extra: MentionEvent[] = []): MentionEvent[] {
  const before = backgroundMentions({ start: START, days: 28, perDay: 300, seed, dailySigma: 0.15 }, MIX);
  const sale = backgroundMentions({ start: SALE, days: 1, perDay: 300 * times, seed: seed + 1000 }, MIX);
  return mergeByTime(before, sale, extra);
}

function opens(events: MentionEvent[], config: object): Alert[] {
  const engine = new DetectionEngine(config);
  const out: Alert[] = [];
  for (const e of events) for (const a of engine.push(e)) if (a.phase === "open") out.push(a);
  return out;
}

const within = (a: Alert, from: number, to: number) => Date.parse(a.at) >= from && Date.parse(a.at) < to;
const notVolume = (a: Alert) => a.kind !== "volume_spike";

// Off in the product (docs/detection.md "A planned surge": it lost the under-declared day's waves held out).
beforeEach(() => {
  realisedSurge.on = true;
});
afterEach(() => {
  realisedSurge.on = false;
});

describe("a planned surge: the sub-series expected at the traffic that came", () => {
  it("a 10× day declared at 5 opens no negative, complaint or topic alert; a wave in it opens one", () => {
    for (const seed of [51, 52]) {
      const sale = opens(saleDay(seed, 10), DECLARED_5).filter((a) => within(a, SALE, SALE + DAY));
      expect(sale.filter(notVolume).map((a) => a.series)).toEqual([]);
      const waveAt = SALE + 14 * HOUR;
      const waved = opens(saleDay(seed, 10, burstMentions(waveAt, 60, 45, seed, "delivery")), DECLARED_5);
      const wave = waved.filter((a) => notVolume(a) && within(a, waveAt, waveAt + 2 * HOUR));
      expect(wave.length).toBeGreaterThan(0);
      expect(wave[0]?.title).toContain(
        "with the traffic that came in the planned surge “Sale” (5× declared)",
      );
    }
  });
});
