import type { DetectionConfig } from "./config.js";
import { surgeAt } from "./planned.js";
import { resetRuns } from "./sequential.js";
import { type SeriesState, seriesKey, specOf, windowSums } from "./series.js";
import { binomialUpperScore, upperTailScore } from "./stats.js";
import { LEARN_LAG_MS, type Told } from "./told.js";

/**
 * A score (−log10 p) both halves of the test must reach: the rest of the traffic rose, and this series
 * did not rise more than its usual share of all mentions says.
 */
const SURE = 2;
/**
 * The same for the run's last two hours and last hour: stricter, because the test is asked again at every
 * mention while the run stays over its threshold, and a short stretch is often lopsided by chance.
 */
const SURE_PART = 3;

/**
 * Off in the product: measured (bench/detect-sale.ts, docs/detection.md "A sale day"), it cut a sale day's
 * alerts by two thirds but lost most waves of complaints inside the sale; early detection comes first.
 */
export const foldIntoVolume = { on: false, inSurge: false };

/** What the fold reads of the engine's watch: its series, what the shop was told, its clock and settings. */
export interface FoldContext {
  series: Record<string, SeriesState>;
  told: Told;
  bucketMs: number;
  config: DetectionConfig;
}

/**
 * Whether the fold acts at `at`: everywhere when `on`, else inside a declared surge only when
 * `inSurge` (issue 15; off in the product: on the held-out half it cut a 10× day declared at 5 from
 * 4.25 alerts to 3 but found the waves' own alerts in 1 of 4 streams instead of 2, and later;
 * docs/detection.md "A planned surge").
 * There the shop said its traffic would rise, so a day above the declared level is told once by the
 * all-mentions alert ("more than planned"); without the fold each negative, complaint, topic, source and
 * language series beat the too-low level in turn (a 10× day declared at 5: five alerts, twice undeclared).
 * A rise declared at its truth opens no all-mentions alert, so the fold never acts and a wave inside it is
 * tested as before.
 */
const foldsAt = (config: DetectionConfig, at: number): boolean =>
  foldIntoVolume.on || (foldIntoVolume.inSurge && surgeAt(config, at) !== null);

/**
 * Whether a rise of negatives, complaints or a topic is the shop's whole traffic rising (a sale, a
 * newsletter, a TV spot), to be folded into the all-mentions alert rather than raise one of its own: on a
 * sale day at five times the traffic with the usual third negative, one "mentions rose" alert instead of
 * one for the negatives, one for complaints and one for each topic. Folded only when all three hold:
 * - the shop was told its mentions rose (an all-mentions episode open, or closed within three hours: a
 *   sale's traffic dips at night and its episode closes, yet the day is not over);
 * - the mentions outside this series rose too, over the run that fired;
 * - this series is no more than its usual share of all mentions over that run, its last two hours and
 *   its last hour (a wave inside a day-long rise shows in its own hour).
 * A complaint wave on an ordinary day is never folded: the rest of the traffic does not rise with it.
 * Compared over the series' closed buckets since the run began (as many as they keep) and the bucket in
 * progress, in the series' own scope (a source's negatives against that source's mentions). A folded
 * rise's evidence is spent, as an episode's would be.
 */
export function foldedIntoVolume(ctx: FoldContext, key: string, since: number, at: number): boolean {
  if (!foldsAt(ctx.config, at)) return false;
  const { series, told, bucketMs } = ctx;
  const spec = specOf(key);
  if (spec.measure === "volume" || spec.measure === "share" || !volumeTold(told, at)) return false;
  const all = series[seriesKey({ ...spec, measure: "volume" })] ?? series["volume"];
  const s = series[key];
  const mineSeq = s?.seq;
  const allSeq = all?.seq;
  if (!s || !all || !mineSeq || !allSeq || all === s) return false;
  const closed = Math.min(s.counts.length, all.counts.length, Math.floor((at - since) / bucketMs));
  const sums = (k: number) => ({
    mine: windowSums(s, k, { expected: mineSeq.bucketExpected }),
    total: windowSums(all, k, { expected: allSeq.bucketExpected }),
  });
  const run = sums(closed + 1);
  const restObserved = run.total.observed - run.mine.observed;
  const restExpected = run.total.expected - run.mine.expected;
  if (restExpected <= 0 || run.total.expected <= 0) return false;
  if (upperTailScore(restObserved, restExpected) < SURE) return false;
  // A wave inside a day-long rise shows in its own hour or two: the run's last 120 and 60 minutes too.
  for (const minutes of [0, 120, 60]) {
    const k = minutes === 0 ? closed + 1 : Math.round((minutes * 60_000) / bucketMs);
    if (minutes > 0 && k > closed) continue;
    const { mine, total } = minutes === 0 ? run : sums(k);
    if (total.expected <= 0 || total.observed <= 0) continue;
    const usual = Math.min(1, mine.expected / total.expected);
    if (binomialUpperScore(mine.observed, total.observed, usual) >= (minutes === 0 ? SURE : SURE_PART))
      return false;
  }
  // The rise is explained by the all-mentions alert: its evidence is spent, as an episode's would be.
  // Kept, it tipped the series over hours later, once the traffic was ordinary again (bench:detect's
  // false alarms doubled).
  resetRuns(mineSeq);
  return true;
}

/**
 * Whether the shop was told its mentions rose: an all-mentions episode open now or closed within the
 * last LEARN_LAG_MS. A sale's traffic dips at night and its episode closes, yet the day is not over.
 */
function volumeTold(told: Told, at: number): boolean {
  for (const [id, [, closed]] of Object.entries(told))
    if (id.startsWith("volume@") && (closed < 0 || closed > at - LEARN_LAG_MS)) return true;
  return false;
}
