import type { DetectionConfig } from "./config.js";
import {
  bestWindow,
  maxScore,
  type Partial,
  type Scope,
  type ScoreOptions,
  type SeriesSpec,
  type SeriesState,
  scopeOf,
  scoreWindows,
  seriesKey,
  specOf,
  type Window,
  windowSums,
} from "./series.js";
import { upperTailScore } from "./stats.js";
import type { Alert, AlertKind, AlertPhase } from "./types.js";

/** What the episode logic needs from the engine, without owning its state. */
export interface SpikeContext {
  config: DetectionConfig;
  series: Record<string, SeriesState>;
  bucketMs: number;
  bucketStart: number;
  isWarm(scope: Scope, at: number): boolean;
  /** What a spike needs on top of its opening score at `at` (more while the baseline is young). */
  extraScore(scope: Scope, at: number): number;
  partialFor(s: SeriesState, scope: Scope, at: number): Partial;
}

interface SpikeDetector {
  kind: AlertKind;
  minCount: number;
  openScore: number;
  minShareScore: number;
}

/** The spike detector watching a series, or null when none does (or it is switched off). */
function spikeDetector(cfg: DetectionConfig, spec: SeriesSpec): SpikeDetector | null {
  const pick = (
    kind: AlertKind,
    d: { enabled: boolean; minCount: number; openScore?: number | undefined; minShareScore?: number },
  ): SpikeDetector | null =>
    d.enabled
      ? {
          kind,
          minCount: d.minCount,
          openScore: d.openScore ?? cfg.spike.openScore,
          minShareScore: d.minShareScore ?? 0,
        }
      : null;
  // Mention series run the sequential tests (sequential.ts); only shop series are scored by windows here.
  switch (spec.measure) {
    case "payment_failed":
      return pick("payment_failure_spike", cfg.paymentFailure);
    case "cancelled":
      return pick("cancellation_spike", cfg.cancellation);
    default:
      return null;
  }
}

function spikeOptions(ctx: SpikeContext): ScoreOptions {
  const c = ctx.config;
  return {
    windows: c.spike.windows,
    floorPerBucket: (c.baseline.minExpectedPerHour * ctx.bucketMs) / 3_600_000,
    dispersion: c.spike.dispersion,
    direction: "up",
  };
}

const dropOptions = (ctx: SpikeContext): ScoreOptions => ({
  windows: ctx.config.orderDrop.windows,
  floorPerBucket: 0,
  dispersion: ctx.config.spike.dispersion,
  direction: "down",
});

/**
 * The share test: is the count high *given* its denominator in the same window (negatives given all
 * mentions, failures given all payments)? A campaign that doubles every mention is then a volume spike,
 * not a negative one.
 */
function shareScore(ctx: SpikeContext, spec: SeriesSpec, s: SeriesState, w: Window, partial: Partial | null) {
  const zero = partial ? { expected: 0 } : null;
  let denominator: number;
  let share: number;
  if (spec.measure === "payment_failed") {
    const ok = ctx.series[seriesKey({ measure: "payment_succeeded" })];
    // A shop that never reports successful payments gets the count test alone.
    if (!ok || ok.level <= 0) return Number.POSITIVE_INFINITY;
    denominator = w.observed + windowSums(ok, w.buckets, zero).observed;
    share = s.level / (s.level + ok.level);
  } else if (spec.measure === "cancelled") {
    // Cancellations given orders: a sale that doubles orders also doubles ordinary cancellations.
    const orders = ctx.series[seriesKey({ measure: "orders" })];
    if (!orders || orders.level <= 0) return Number.POSITIVE_INFINITY;
    denominator = windowSums(orders, w.buckets, zero).observed;
    share = s.level / orders.level;
  } else {
    return Number.POSITIVE_INFINITY;
  }
  return upperTailScore(w.observed, Math.max(denominator * Math.min(1, share), 0.5));
}

function build(
  phase: AlertPhase,
  kind: AlertKind,
  key: string,
  spec: SeriesSpec,
  episodeId: string,
  at: number,
  w: Window,
  bucketMs: number,
  mentionId?: string,
): Alert {
  const a: Alert = {
    episodeId,
    phase,
    at: new Date(at).toISOString(),
    kind,
    series: key,
    observed: w.observed,
    expected: w.expected,
    score: w.score,
    windowMinutes: (w.buckets * bucketMs) / 60_000,
  };
  if (spec.topic !== undefined) a.topic = spec.topic;
  if (spec.source !== undefined) a.source = spec.source;
  if (mentionId !== undefined) a.mentionId = mentionId;
  return a;
}

function open(
  ctx: SpikeContext,
  key: string,
  spec: SeriesSpec,
  s: SeriesState,
  kind: AlertKind,
  at: number,
  w: Window,
  id?: string,
) {
  const episodeId = `${key}@${new Date(at).toISOString()}`;
  s.episode = { id: episodeId, openedAt: at, lastObserved: w.observed, lastScore: w.score, calm: 0 };
  return build("open", kind, key, spec, episodeId, at, w, ctx.bucketMs, id);
}

function acceptSpike(
  ctx: SpikeContext,
  spec: SeriesSpec,
  s: SeriesState,
  d: SpikeDetector,
  partial: Partial | null,
  at: number,
) {
  const openScore = d.openScore + ctx.extraScore(scopeOf(spec.measure), at);
  return (w: Window) =>
    w.observed >= d.minCount &&
    w.observed >= ctx.config.spike.minRatio * w.expected &&
    w.score >= openScore &&
    (d.minShareScore <= 0 || shareScore(ctx, spec, s, w, partial) >= d.minShareScore);
}

/** At an event: may this series open an episode now, counting the bucket in progress? */
export function evaluateOpening(ctx: SpikeContext, key: string, at: number, id?: string): Alert | null {
  const spec = specOf(key);
  const s = ctx.series[key];
  const scope = scopeOf(spec.measure);
  if (!s || s.episode || !ctx.isWarm(scope, at)) return null;
  const d = spikeDetector(ctx.config, spec);
  if (!d) return null;
  // Most events land in quiet series: no window can reach the minimum count, so skip the scoring.
  if (windowSums(s, Math.max(...ctx.config.spike.windows), { expected: 0 }).observed < d.minCount)
    return null;
  const partial = ctx.partialFor(s, scope, at);
  const best = bestWindow(
    scoreWindows(s, spikeOptions(ctx), partial),
    acceptSpike(ctx, spec, s, d, partial, at),
  );
  return best ? open(ctx, key, spec, s, d.kind, at, best, id) : null;
}

/** At a bucket's end: open, grow or close this series' episode on whole buckets. */
export function evaluateClosed(ctx: SpikeContext, key: string, end: number): Alert | null {
  const spec = specOf(key);
  const s = ctx.series[key] as SeriesState;
  const scope = scopeOf(spec.measure);
  const cfg = ctx.config;
  let kind: AlertKind;
  let windows: Window[];
  let accept: (w: Window) => boolean;
  let grew: (w: Window) => boolean;
  if (spec.measure === "orders") {
    const d = cfg.orderDrop;
    if (!d.enabled) return s.episode ? forceClose(ctx, key, spec, s, "order_drop", end) : null;
    kind = "order_drop";
    windows = scoreWindows(s, dropOptions(ctx), null);
    accept = (w) =>
      w.expected >= d.minExpected && w.observed <= d.maxRatio * w.expected && w.score >= d.openScore;
    grew = (w) => w.score >= (s.episode?.lastScore ?? 0) + 3;
  } else {
    const d = spikeDetector(cfg, spec);
    if (!d) return s.episode ? forceClose(ctx, key, spec, s, kindOf(spec), end) : null;
    kind = d.kind;
    const longest = Math.max(...cfg.spike.windows);
    if (!s.episode && (!ctx.isWarm(scope, end) || windowSums(s, longest, null).observed < d.minCount))
      return null;
    windows = scoreWindows(s, spikeOptions(ctx), null);
    accept = acceptSpike(ctx, spec, s, d, null, end);
    grew = (w) =>
      w.score >= d.openScore && w.observed >= (s.episode?.lastObserved ?? 0) * (1 + cfg.spike.updateGrowth);
  }
  if (!s.episode) {
    if (!ctx.isWarm(scope, end)) return null;
    const best = bestWindow(windows, accept);
    return best ? open(ctx, key, spec, s, kind, end, best) : null;
  }
  const ep = s.episode;
  ep.calm = maxScore(windows) < cfg.spike.closeScore ? ep.calm + 1 : 0;
  if (ep.calm >= cfg.spike.closeAfterBuckets) {
    s.episode = null;
    return build("close", kind, key, spec, ep.id, end, windows[windows.length - 1] as Window, ctx.bucketMs);
  }
  const best = bestWindow(windows, grew);
  if (!best) return null;
  ep.lastObserved = best.observed;
  ep.lastScore = best.score;
  return build("update", kind, key, spec, ep.id, end, best, ctx.bucketMs);
}

const kindOf = (spec: SeriesSpec): AlertKind =>
  spec.measure === "negative"
    ? "negative_spike"
    : spec.measure === "topic"
      ? "topic_spike"
      : spec.measure === "payment_failed"
        ? "payment_failure_spike"
        : spec.measure === "cancelled"
          ? "cancellation_spike"
          : "volume_spike";

/** A detector switched off mid-episode: end the episode rather than leave it open forever. */
function forceClose(
  ctx: SpikeContext,
  key: string,
  spec: SeriesSpec,
  s: SeriesState,
  kind: AlertKind,
  end: number,
) {
  const id = s.episode?.id as string;
  s.episode = null;
  return build(
    "close",
    kind,
    key,
    spec,
    id,
    end,
    { buckets: 0, observed: 0, expected: 0, score: 0 },
    ctx.bucketMs,
  );
}
