/**
 * How a mention series learns its level (deseasonalised count per bucket): how fast, how much its
 * average is worth, and the estimate itself (watch.ts, learnLevel).
 */
import type { DetectionConfig } from "./config.js";
import type { SeriesState } from "./series.js";

const HOUR_MS = 3_600_000;

export interface LevelContext {
  config: DetectionConfig;
  bucketMs: number;
}

/**
 * The series' level-learning rate: an EWMA over buckets, and while young a mean weighted by age (α =
 * 2 ÷ (n + 2) for bucket n + 1, so bucket i counts i times). A plain mean (1 ÷ (n + 1)) kept the
 * scope's first days, when the hour shape and the day's level were still being learned and the factors
 * meant something else, at full weight for as long as a sparse series stays young (weeks): bench:detect's
 * sparse series were expected 10–25 % under what came, all through their third week. Weighted by age,
 * the first three days of fourteen weigh 5 % instead of 21 %, for a quarter fewer effective buckets.
 */
export function levelAlpha(ctx: LevelContext, s: SeriesState): number {
  const b = ctx.config.baseline;
  const perHour = (s.level * HOUR_MS) / ctx.bucketMs;
  const hl = Math.min(
    b.maxLevelHalfLifeHours,
    Math.max(b.minLevelHalfLifeHours, b.levelMemoryMentions / Math.max(perHour, 1e-6)),
  );
  return Math.max(1 - 0.5 ** (ctx.bucketMs / (hl * HOUR_MS)), 2 / (s.n + 2));
}

/**
 * How many buckets the level's average is worth: (2 − α) ÷ α for an EWMA, 3n ÷ 4 for the young mean
 * weighted by age ((Σ i)² ÷ Σ i²).
 */
export function levelMemoryBuckets(ctx: LevelContext, s: SeriesState): number {
  const a = levelAlpha(ctx, s);
  return Math.max(1, Math.min(0.75 * s.n, (2 - a) / a));
}

/**
 * The level as a ratio of averages (Σ count ÷ Σ factor), not an average of ratios (count ÷ factor). The
 * two agree only while the factor fits the series: where it does not (a series whose day differs from
 * its scope's, a factor that moved while the level learned), the average of ratios divides quiet
 * buckets' counts by small factors and busy ones' by large, and comes out off. Σ count ÷ Σ factor is the
 * Poisson estimate whatever the factor's error, so over its memory a series expects what it saw
 * (bench:detect's large shop: the dense series observed at 0.98 of their expectation before, 1.00 after;
 * docs/detection.md, fifteenth pass).
 */
export function learnRatio(s: SeriesState, alpha: number, count: number, factor: number): void {
  const weight = s.levelWeight ?? factor;
  const sum = s.level * weight;
  const nextWeight = weight + alpha * (factor - weight);
  s.level = (sum + alpha * (count - sum)) / nextWeight;
  s.levelWeight = nextWeight;
}
