import { clipForLearning, hourShape, type ProfileState, profileFactor, recentFactor } from "./baseline.js";
import { groupOf } from "./budget.js";
import { bankFactor } from "./calibration.js";
import type { DetectionConfig } from "./config.js";
import { youngDayOf } from "./day-spread.js";
import { hourCorrection, learnHour, queueDispersion, surprise, usualRange } from "./dispersion.js";
import { explain } from "./explain.js";
import { foldedIntoVolume } from "./in-step.js";
import { learnRatio, levelAlpha, levelMemoryBuckets } from "./level.js";
import {
  DAY_VARIANCE,
  levelThreshold,
  levelVariance,
  queueLevelError,
  weekdayVariance,
  youngDayRefuses,
} from "./level-error.js";
import { excessThresholdOf, queueLevelExcess } from "./level-excess.js";
import { queueWithinHour, setBucketDivisor, youngLine } from "./rate-dispersion.js";
import {
  clockMention,
  divisorOf,
  dropRunsSince,
  type Firing,
  firing,
  hit,
  levelCharge,
  moveClock,
  resetRuns,
  type SeqState,
  shareStep,
  shareThreshold,
} from "./sequential.js";
import { type SeriesSpec, type SeriesState, specOf, usualShare } from "./series.js";
import { shareMeasured } from "./share-calibration.js";
import { factorsAt, surgeMultipleOf } from "./surge-realised.js";
import type { Told } from "./told.js";
import type { Alert, AlertKind, AlertPhase, MentionEvent } from "./types.js";
import { matureHour, youngHours } from "./young-phi.js";
import { youthFor, youthOf } from "./youth-net.js";
import { localHour } from "./zone.js";

// The mention series and their episodes: which series a mention counts in, how each baseline learns at a
// bucket's end, and when the sequential tests open, grow and close an episode.

const HOUR_MS = 3_600_000;
const WEEK_MS = 7 * 24 * HOUR_MS;
/** −log10 p under which the last hour counts as back to normal (p > 0.05). */
const CALM_SCORE = 1.3;
const CALM_WINDOW_MS = HOUR_MS;

export interface WatchContext {
  config: DetectionConfig;
  series: Record<string, SeriesState>;
  profile: ProfileState;
  bucketMs: number;
  warm: boolean;
  /** Days of mentions the baseline has learned from. */
  days: number;
  /** This series' share of the weekly false-alarm budget, already split across the bank of tests. */
  budgetOf(key: string): number;
  /** Waves told so far: what the baseline must not learn as ordinary traffic (told.ts). */
  told: Told;
}

interface Detector {
  enabled: boolean;
  minCount: number;
}

export function detectorOf(cfg: DetectionConfig, spec: SeriesSpec): Detector {
  switch (spec.measure) {
    case "volume":
      return cfg.volume;
    case "negative":
      return cfg.negative;
    case "complaint":
      return cfg.complaint;
    case "share":
      return cfg.share;
    case "topic":
      return spec.topic && cfg.topics.topics.includes(spec.topic)
        ? cfg.topics
        : { enabled: false, minCount: 1 };
    default:
      return { enabled: false, minCount: 1 };
  }
}

const kindOf = (spec: SeriesSpec): AlertKind =>
  spec.measure === "volume" ? "volume_spike" : spec.measure === "topic" ? "topic_spike" : "negative_spike";

const isComplaint = (m: MentionEvent) => m.complaint ?? (m.sentiment === "negative" && m.topics.length > 0);

/** The time-clocked series a mention counts in, before narrowing by source or language. */
export function mentionSpecs(cfg: DetectionConfig, m: MentionEvent): SeriesSpec[] {
  const specs: SeriesSpec[] = [{ measure: "volume" }];
  if (m.sentiment === "negative") specs.push({ measure: "negative" });
  if (isComplaint(m)) specs.push({ measure: "complaint" });
  // A topic counts as a complaint topic unless the mention is positive ("fast delivery!").
  if (m.sentiment !== "positive")
    for (const topic of new Set(m.topics))
      if (cfg.topics.topics.includes(topic)) specs.push({ measure: "topic", topic });
  return specs;
}

const floorPerBucket = (ctx: WatchContext) =>
  (ctx.config.baseline.minExpectedPerHour * ctx.bucketMs) / HOUR_MS;

function weeklyExpected(ctx: WatchContext, spec: SeriesSpec, s: SeriesState): number {
  const perWeek = WEEK_MS / ctx.bucketMs;
  if (spec.measure === "share") return usualShare(ctx.series) * (ctx.series["volume"]?.level ?? 0) * perWeek;
  return Math.max(s.level, floorPerBucket(ctx)) * perWeek;
}

/** A mention of series `key` at `at`: moves its clock, counts it, and may open an episode. */
export function onSeriesMention(ctx: WatchContext, key: string, m: MentionEvent, at: number): Alert | null {
  const s = ctx.series[key] as SeriesState;
  const seq = s.seq as SeqState;
  const factors = factorsAt(ctx.config, key, at);
  const spec = specOf(key);
  if (spec.measure !== "share") clockMention(seq, factors, at, ctx.bucketMs, ctx.warm);
  s.partial++;
  hit(seq, factors, at, m.id, m.text, ctx.warm);
  const d = detectorOf(ctx.config, spec);
  if (s.episode || !ctx.warm || !d.enabled) return null;
  const budget = ctx.budgetOf(key);
  const weekly = weeklyExpected(ctx, spec, s);
  let f: Firing | null;
  if (levelCharge.on) {
    // The baseline's error charged as a level error (level-error.ts): the evidence is divided by the
    // noise within an hour only, and each member's threshold pays for the level's measured error.
    const v = seriesVariance(ctx, key, s);
    const threshold = (k: number, w: number) => levelThreshold(k, w, budget, v);
    f = firing(seq, factors, weekly, budget, d.minCount, 1, threshold, divisorOf(seq));
  } else {
    const scope = ctx.series["volume"]?.seq;
    const excess = excessThresholdOf(seq, budget, scope, ctx.profile, at);
    const youth = youthFor(seq, youthOf(ctx.days), divisorOf(seq), (seq.mu * HOUR_MS) / ctx.bucketMs, scope);
    f = firing(seq, factors, weekly, budget, d.minCount, youth, excess);
    if (
      f &&
      youngDayRefuses(f, divisorOf(seq), weekly, budget, ctx.days, youngDayOf(ctx.profile, at, DAY_VARIANCE))
    )
      f = null;
  }
  if (f && foldedIntoVolume(ctx, key, f.member.start ?? at, at)) return null;
  return f ? open(key, spec, s, f, at, m.id) : null;
}

/**
 * The variance of a series' level error (level-error.ts): what it measured on its own hours, starting
 * from and never under the scope's (the all-mentions series', itself starting from DAY_VARIANCE) plus
 * the error of the series' own level, an average of its past counts: relative variance 1 ÷ (the
 * expected mentions that average remembers).
 */
function seriesVariance(ctx: WatchContext, key: string, s: SeriesState): number {
  const seq = s.seq as SeqState;
  const own = 1 / Math.max(1e-6, Math.max(s.level, floorPerBucket(ctx)) * levelMemoryBuckets(ctx, s));
  if (key === "volume") {
    const measured = levelVariance(seq, DAY_VARIANCE + own, own);
    return measured + weekdayVariance(ctx.profile.days, measured);
  }
  const all = ctx.series["volume"];
  const scope = all?.seq ? seriesVariance(ctx, "volume", all) : DAY_VARIANCE;
  return levelVariance(seq, scope + own, scope + own);
}

/** A test passed its threshold: the episode opens, explained from the run that fired. */
function open(
  key: string,
  spec: SeriesSpec,
  s: SeriesState,
  f: Firing,
  at: number,
  mentionId: string,
): Alert {
  const seq = s.seq as SeqState;
  const since = f.member.start ?? at;
  const episodeId = `${key}@${new Date(at).toISOString()}`;
  seq.epObserved = f.member.observed;
  seq.epExpected = f.member.expected;
  seq.epSince = since;
  s.episode = { id: episodeId, openedAt: at, lastObserved: f.member.observed, lastScore: 0, calm: 0 };
  const a = build("open", key, spec, s, at, mentionId);
  s.episode.lastScore = a.score;
  return a;
}

/**
 * The share series hears every mention (shareStep): a rise of the negative share is tested given the
 * volume, whatever the volume does. May open an episode on a negative mention.
 */
export function onShareMention(ctx: WatchContext, m: MentionEvent, at: number): Alert | null {
  const key = "share";
  const s = ctx.series[key] as SeriesState;
  const seq = s.seq as SeqState;
  const p = usualShare(ctx.series);
  const negative = m.sentiment === "negative";
  if (negative) s.partial++;
  if (p <= 0) return null;
  const factors = ctx.config.riseFactors;
  shareStep(seq, factors, p, negative, at, m.id, m.text, ctx.warm);
  const spec = specOf(key);
  const d = detectorOf(ctx.config, spec);
  if (!negative || s.episode || !ctx.warm || !d.enabled) return null;
  // The bound's members are summed n ways; measured thresholds (off in the product) share the budget as
  // the Poisson bank's do, by D (three members' alarms measured at 1.4–1.9 budgets together).
  const split = shareMeasured(p) ? 1 : bankFactor(factors) / factors.length;
  const budget = ctx.budgetOf(key) * split;
  const threshold = (k: number, weekly: number) => shareThreshold(p, k, weekly, budget);
  const f = firing(
    seq,
    factors,
    weeklyExpected(ctx, spec, s),
    budget,
    d.minCount,
    youthFor(seq, youthOf(ctx.days), seq.phi, undefined),
    threshold,
  );
  return f ? open(key, spec, s, f, at, m.id) : null;
}

function build(
  phase: AlertPhase,
  key: string,
  spec: SeriesSpec,
  s: SeriesState,
  at: number,
  mentionId?: string,
): Alert {
  const seq = s.seq as SeqState;
  const observed = seq.epObserved;
  const expected = seq.epExpected;
  const [low, high] = usualRange(expected, seq.phi);
  const a: Alert = {
    episodeId: s.episode?.id ?? `${key}@${new Date(at).toISOString()}`,
    phase,
    at: new Date(at).toISOString(),
    kind: kindOf(spec),
    series: key,
    observed,
    expected,
    score: surprise(seq, observed, expected),
    windowMinutes: Math.max(1, Math.round((at - seq.epSince) / 60_000)),
    since: new Date(seq.epSince).toISOString(),
    expectedLow: low,
    expectedHigh: high,
    examples: seq.examples.map((e) => ({ ...e })),
  };
  if (spec.topic !== undefined) a.topic = spec.topic;
  if (spec.source !== undefined) a.source = spec.source;
  if (spec.language !== undefined) a.language = spec.language;
  if (mentionId !== undefined) a.mentionId = mentionId;
  else if (seq.examples[0]) a.mentionId = seq.examples[0].id;
  a.title = explain(a, spec);
  return a;
}

/**
 * The end of a bucket for one mention series: the clock runs to the end, the baseline learns what the
 * bucket showed (clipped, and not at all early in an episode), the next bucket's rate is set, and an
 * episode grows or ends.
 */
export function closeSeriesBucket(
  ctx: WatchContext,
  key: string,
  s: SeriesState,
  start: number,
  end: number,
  learn: boolean,
): { point: { observed: number; expected: number }; alert: Alert | null } {
  const seq = s.seq as SeqState;
  const cfg = ctx.config;
  const spec = specOf(key);
  const timed = spec.measure !== "share";
  if (timed) moveClock(seq, factorsAt(cfg, key, end - 1), end, ctx.bucketMs, ctx.warm);
  const expected = seq.bucketExpected;
  const count = s.partial;
  seq.bucketExpected = 0;
  s.partial = 0;
  s.counts.push(count);
  s.expected.push(expected);
  const keep = Math.max(CALM_WINDOW_MS / ctx.bucketMs, ...cfg.orderDrop.windows);
  while (s.counts.length > keep) {
    s.counts.shift();
    s.expected.shift();
  }
  const frozen = s.episode !== null && end - s.episode.openedAt < cfg.baseline.freezeHours * HOUR_MS;
  if (timed) learnLevel(ctx, s, seq, start, count, expected, learn && !frozen);
  s.n++;
  if (end % HOUR_MS === 0) {
    queueDispersion(seq, end, learn && ctx.warm && s.episode === null, ctx.told, youngHours(ctx.profile));
    const n = Math.round(HOUR_MS / ctx.bucketMs);
    const within = learn && ctx.warm && s.episode === null;
    const counts = timed ? s.counts.slice(-n) : [];
    const expected = timed ? s.expected.slice(-n) : [];
    const early = youngLine.early && learn && s.episode === null;
    if (timed) queueWithinHour(seq, end, counts, expected, within || early, ctx.told);
    const use = { mature: matureHour(ctx.profile, start), youth: youthOf(ctx.days) };
    if (timed) queueLevelExcess(seq, end, counts, expected, within, ctx.told, ctx.series["volume"]?.seq, use);
    // Only measured when the level error is charged: otherwise the state and its cost stay as they were.
    if (timed && levelCharge.on) {
      const learnLevelError = learn && s.episode === null && ctx.days >= 1;
      queueLevelError(seq, end, counts, expected, learnLevelError, ctx.told);
    }
  }
  if (timed) {
    const hour = localHour(ctx.profile, end);
    const rate =
      s.level *
      profileFactor(ctx.profile, end) *
      hourCorrection(seq, hour, hourShape(ctx.profile, end)) *
      recentFactor(ctx.profile) *
      surgeMultipleOf(cfg, ctx.series, key, { start, end, count, expected });
    seq.mu = Math.max(rate, floorPerBucket(ctx));
    setBucketDivisor(seq, HOUR_MS / ctx.bucketMs, ctx.series["volume"]?.seq, matureHour(ctx.profile, end));
  }
  return {
    point: { observed: count, expected },
    alert: s.episode ? episodeStep(ctx, key, spec, s, end) : null,
  };
}

function learnLevel(
  ctx: WatchContext,
  s: SeriesState,
  seq: SeqState,
  start: number,
  count: number,
  expected: number,
  learn: boolean,
) {
  if (!learn) return;
  const hour = localHour(ctx.profile, start);
  // The level is the usual one: the day's factor is the scope's (baseline.ts, recentFactor).
  const recent = recentFactor(ctx.profile);
  const factor = profileFactor(ctx.profile, start) * recent;
  const corr = hourCorrection(seq, hour, hourShape(ctx.profile, start));
  const learned = ctx.warm ? clipForLearning(count, expected) : count;
  // The level remembers about `levelMemoryMentions` expected mentions: a busy series follows a busy day
  // within hours, a sparse one averages over days so its level is not a handful of mentions.
  const alpha = levelAlpha(ctx, s);
  // The series' own hour correction is measured against the scope's hour shape as learned: measured
  // against the shape shrunk while the profile is young, it would learn that shape a second time and
  // keep it (for two weeks) after the profile is trusted, doubling the day's swing.
  const before = s.level * profileFactor(ctx.profile, start, true) * recent;
  learnRatio(s, alpha, learned, factor * corr);
  learnHour(seq, hour, start % HOUR_MS === 0, learned, before);
}

function episodeStep(
  ctx: WatchContext,
  key: string,
  spec: SeriesSpec,
  s: SeriesState,
  end: number,
): Alert | null {
  const seq = s.seq as SeqState;
  const ep = s.episode;
  if (!ep) return null;
  const d = detectorOf(ctx.config, spec);
  const n = Math.round(CALM_WINDOW_MS / ctx.bucketMs);
  let observed = 0;
  let expected = 0;
  for (let i = Math.max(0, s.counts.length - n); i < s.counts.length; i++) {
    observed += s.counts[i] as number;
    expected += s.expected[i] as number;
  }
  ep.calm = surprise(seq, observed, expected) < CALM_SCORE ? ep.calm + 1 : 0;
  if (!d.enabled || ep.calm >= ctx.config.spike.closeAfterBuckets) {
    const a = build("close", key, spec, s, end);
    s.episode = null;
    resetRuns(seq);
    return a;
  }
  if (seq.epObserved < ep.lastObserved * (1 + ctx.config.spike.updateGrowth)) return null;
  ep.lastObserved = seq.epObserved;
  const a = build("update", key, spec, s, end);
  ep.lastScore = a.score;
  return a;
}

/**
 * A closed episode of an overall series (all, negative, complaints, the share: what any wave moves)
 * explained the evidence gathered since its rise began: no other series reuses it. Narrower series'
 * episodes do not speak for the whole workspace: one closing must not wipe a slow rise elsewhere.
 */
export function dropExplained(series: Record<string, SeriesState>, closes: readonly Alert[]): void {
  for (const c of closes) {
    if (c.phase !== "close" || c.since === undefined || groupOf(specOf(c.series)) !== "overall") continue;
    const since = Date.parse(c.since);
    for (const s of Object.values(series)) if (s.seq && !s.episode) dropRunsSince(s.seq, since);
  }
}
