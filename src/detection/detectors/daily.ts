import type { DetectionConfig } from "./config.js";
import { dayQuantile, dayUpper } from "./daily-stats.js";
import { type SeriesSpec, seriesKey } from "./series.js";
import { toMs } from "./time.js";
import type { Alert, AlertKind, MentionEvent } from "./types.js";

/**
 * Sources stamped to the day (review platforms export dates without times) are tested as whole days.
 * Their mentions carry no time within the day, so the minute-level tests can only read a busy day as a
 * rise until the day's level follows, three hours late: reviews whose daily counts swing by σ = 0.5
 * raised 4.7 false alarms a week that way. Here each such source's days are counted by the day they are
 * stamped with, against a baseline of days (level × its own weekday factor) with a day-to-day dispersion
 * measured on the days themselves, and a day alarms as soon as its count passes the count a day reaches
 * with probability budget ÷ 7 (daily-stats.ts): the count so far never exceeds the day's, so testing
 * it as it grows keeps the same false-alarm rate and finds a wave the day it arrives.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Stamps of one source, all on one time of day, that make it day-stamped (live: the stamps as sent). */
const SURVEY_ROWS = 10;
/** Sources surveyed at most (the state stays small whatever a workspace connects). */
const SURVEY_MAX = 100;
/**
 * A day is learned once the day after it has ended too: live, a review polled once a day arrives up to
 * two days after its stamp (ops/late.ts), and counts against its own day until then.
 */
const GRACE_MS = DAY_MS;
/** Learned days before a source's days are tested. */
const WARM_DAYS = 7;
const LEVEL_HALF_LIFE_DAYS = 14;
/** Days whose log-ratio to their expectation the dispersion is measured on. */
const DISPERSION_DAYS = 42;
/** Each weekday's factor forgets with this per day of its own (about a half-life of seven weeks). */
const WEEKDAY_DECAY = 0.9;
/** Days of prior at the level (weekday factors) and at PRIOR_V (the dispersion). */
const WEEKDAY_PRIOR = 2;
const DISPERSION_PRIOR = 5;
/** Relative variance of a day's rate before the days have said: σ ≈ 0.22. */
const PRIOR_V = 0.05;
const MEASURES = ["volume", "negative"] as const;
type DailyMeasure = (typeof MEASURES)[number];

/** Switch for the bench's before/after (the engine until the tenth pass read every mention by minute). */
export const dailyTest = { on: true };

interface Survey {
  /** The first stamp, and whether every stamp since fell on its time of day (an hour either way: DST). */
  first: number;
  rows: number;
  same: boolean;
  spans: boolean;
}

interface OpenDay {
  start: number;
  count: number;
  expected: number;
  /** The count that alarms (Infinity while the series is young). */
  threshold: number;
  s2: number;
  episode: string | null;
  examples: { id: string; text: string }[];
}

export interface DailySeries {
  /** One of the source's day starts (its zone's midnight); every day is a whole number of days from it. */
  anchor: number;
  /** The next day to learn. */
  next: number;
  level: number;
  n: number;
  /** The last DISPERSION_DAYS days' ln((o + ½) ÷ (e + ½)) and the Poisson part of its variance. */
  logs: number[];
  poissonVar: number[];
  /** Per weekday (0 = Monday): decayed counts, level-expected counts and days seen. */
  wdObserved: number[];
  wdExpected: number[];
  wdDays: number[];
  open: OpenDay[];
}

export interface DailyState {
  survey: Record<string, Survey>;
  series: Record<string, DailySeries>;
}

export interface DailyContext {
  config: DetectionConfig;
  state: DailyState;
  /** A daily series' share of the weekly budget. */
  budget(): number;
  /** A daily series was born: the budget's split changes. */
  born(): void;
}

export const newDailyState = (): DailyState => ({ survey: {}, series: {} });

const mod = (t: number, m: number) => ((t % m) + m) % m;

/**
 * The start of the day `m` is stamped to when its source is day-stamped, else null: the replay says so
 * (`stampedDay`, from its first reading of the file); live, a source whose stamps (ten or more, over
 * more than one day) all fall on one quarter-hour of the day is a source of days.
 */
export function stampedDayOf(state: DailyState, m: MentionEvent, t: number): number | null {
  if (!dailyTest.on) return null;
  if (m.stampedDay !== undefined) return toMs(m.stampedDay);
  if (m.source === undefined) return null;
  let s = state.survey[m.source];
  if (!s) {
    if (Object.keys(state.survey).length >= SURVEY_MAX) return null;
    s = { first: t, rows: 0, same: mod(t, 15 * 60_000) === 0, spans: false };
    state.survey[m.source] = s;
  }
  if (!s.same) return null;
  const shift = mod(t - s.first, DAY_MS);
  s.same = shift === 0 || shift === HOUR_MS || shift === DAY_MS - HOUR_MS;
  s.spans ||= t !== s.first;
  s.rows++;
  return s.same && s.spans && s.rows >= SURVEY_ROWS ? t : null;
}

const countsIn = (measure: DailyMeasure, m: MentionEvent) =>
  measure === "volume" || m.sentiment === "negative";

/** A day-stamped mention: counted in its source's day, which may alarm at once. */
export function countDaily(ctx: DailyContext, m: MentionEvent, day: number, at: number): Alert[] {
  const alerts: Alert[] = [];
  const source = m.source ?? "";
  for (const measure of MEASURES) {
    if (!ctx.config[measure].enabled || !countsIn(measure, m)) continue;
    const key = seriesKey({ measure, source });
    let s = ctx.state.series[key];
    if (!s) {
      s = newDailySeries(day);
      ctx.state.series[key] = s;
      ctx.born();
    }
    const start = s.anchor + Math.round((day - s.anchor) / DAY_MS) * DAY_MS;
    if (start < s.next) continue; // a day already learned: later than live counts anything
    let d = s.open.find((x) => x.start === start);
    if (!d) {
      d = openDay(ctx, s, start, measure);
      s.open.push(d);
    }
    d.count++;
    d.examples.unshift({ id: m.id, text: m.text ?? "" });
    d.examples.length = Math.min(d.examples.length, 3);
    if (d.episode === null && d.count >= d.threshold) {
      const spec: SeriesSpec = { measure, source };
      const a = dayAlert("open", key, spec, d, at);
      a.mentionId = m.id;
      d.episode = a.episodeId;
      alerts.push(a);
    }
  }
  return alerts;
}

function newDailySeries(day: number): DailySeries {
  return {
    anchor: day,
    next: day,
    level: 0,
    n: 0,
    logs: [],
    poissonVar: [],
    wdObserved: [0, 0, 0, 0, 0, 0, 0],
    wdExpected: [0, 0, 0, 0, 0, 0, 0],
    wdDays: [0, 0, 0, 0, 0, 0, 0],
    open: [],
  };
}

/** The weekday of a day starting at `start` in its zone (its middle is inside it whatever the zone). */
const weekdayOf = (start: number) => (Math.floor((start + 12 * HOUR_MS) / DAY_MS) + 3) % 7;

function weekdayFactor(s: DailySeries, wd: number): number {
  const prior = WEEKDAY_PRIOR * s.level;
  return prior > 0 ? ((s.wdObserved[wd] as number) + prior) / ((s.wdExpected[wd] as number) + prior) : 1;
}

/**
 * The days' own relative variance of their rate (Var G): the spread of their log-ratios to what was
 * expected, less its Poisson part, shrunk toward PRIOR_V by DISPERSION_PRIOR days. The spread is a
 * standard deviation after clipping at three robust σ (1.4826 × the median absolute deviation): a day of
 * complaints does not teach the next month that days swing, and no day above the alarm is left out (a
 * dispersion learned only from days under the threshold shrinks the threshold with it).
 */
function dispersion(s: DailySeries): number {
  const k = s.logs.length;
  const prior = Math.log(1 + PRIOR_V);
  if (k < 3) return PRIOR_V;
  const sorted = [...s.logs].sort((a, b) => a - b);
  const median = sorted[Math.floor(k / 2)] as number;
  const mad = [...s.logs].map((x) => Math.abs(x - median)).sort((a, b) => a - b)[Math.floor(k / 2)] as number;
  const cut = 3 * 1.4826 * mad;
  const clipped = s.logs.map((x) => Math.min(median + cut, Math.max(median - cut, x)));
  const mean = clipped.reduce((a, b) => a + b, 0) / k;
  const variance = clipped.reduce((a, x) => a + (x - mean) ** 2, 0) / (k - 1);
  const poisson = s.poissonVar.reduce((a, b) => a + b, 0) / k;
  const own = Math.max(0, variance - poisson);
  return Math.exp((k * own + DISPERSION_PRIOR * prior) / (k + DISPERSION_PRIOR)) - 1;
}

const levelAlpha = (s: DailySeries) => Math.max(1 - 0.5 ** (1 / LEVEL_HALF_LIFE_DAYS), 1 / (s.n + 1));

/**
 * A day's expected count and the log-variance of its rate: the days' own dispersion, plus the error of
 * a level averaged over its memory and of a weekday factor averaged over its days.
 */
function expectation(s: DailySeries, start: number): { e: number; s2: number } {
  const wd = weekdayOf(start);
  const e = s.level * weekdayFactor(s, wd);
  const v = dispersion(s);
  const a = levelAlpha(s);
  const unit = v + 1 / Math.max(e, 0.1);
  const levelError = (unit * a) / (2 - a);
  const weekdayError = unit / ((s.wdDays[wd] as number) + WEEKDAY_PRIOR);
  return { e, s2: Math.log(1 + v + levelError + weekdayError) };
}

/** A day's entry; `tested` false for a day learned without a mention, which needs no threshold. */
function openDay(ctx: DailyContext, s: DailySeries, start: number, measure: DailyMeasure, tested = true) {
  const { e, s2 } = expectation(s, start);
  const minCount = ctx.config[measure].minCount;
  const warm = tested && s.n >= WARM_DAYS && e > 0;
  const threshold = warm ? Math.max(minCount, dayQuantile(ctx.budget() / 7, e, s2)) : Infinity;
  const day: OpenDay = { start, count: 0, expected: e, threshold, s2, episode: null, examples: [] };
  return day;
}

/** Days whose grace has passed by `now` are learned (a day without a mention as a zero) and close. */
export function closeDays(ctx: DailyContext, now: number): Alert[] {
  const alerts: Alert[] = [];
  for (const [key, s] of Object.entries(ctx.state.series)) {
    while (s.next + DAY_MS + GRACE_MS <= now) {
      const start = s.next;
      const i = s.open.findIndex((x) => x.start === start);
      const measure: DailyMeasure = key.startsWith("volume") ? "volume" : "negative";
      const d = i >= 0 ? (s.open.splice(i, 1)[0] as OpenDay) : openDay(ctx, s, start, measure, false);
      learnDay(s, d);
      if (d.episode !== null) {
        const spec: SeriesSpec = { measure, source: key.slice(key.indexOf("|src:") + 5) };
        alerts.push(dayAlert("close", key, spec, d, now));
      }
      s.next += DAY_MS;
    }
  }
  return alerts;
}

function learnDay(s: DailySeries, d: OpenDay) {
  const wd = weekdayOf(d.start);
  // A day that alarmed teaches the level no more than the count that alarms (a wave is not the usual).
  const o = d.episode === null ? d.count : Math.min(d.count, d.threshold);
  if (s.n >= 2 && d.expected > 0) {
    s.logs.push(Math.log((d.count + 0.5) / (d.expected + 0.5)));
    s.poissonVar.push(1 / (d.expected + 0.5));
    if (s.logs.length > DISPERSION_DAYS) {
      s.logs.shift();
      s.poissonVar.shift();
    }
  }
  const factor = weekdayFactor(s, wd);
  const before = s.n > 0 ? s.level : o;
  s.level += levelAlpha(s) * (o / factor - s.level);
  s.wdObserved[wd] = (s.wdObserved[wd] as number) * WEEKDAY_DECAY + o;
  s.wdExpected[wd] = (s.wdExpected[wd] as number) * WEEKDAY_DECAY + before;
  s.wdDays[wd] = (s.wdDays[wd] as number) * WEEKDAY_DECAY + 1;
  s.n++;
}

function dayAlert(phase: "open" | "close", key: string, spec: SeriesSpec, d: OpenDay, at: number): Alert {
  const kind: AlertKind = spec.measure === "volume" ? "volume_spike" : "negative_spike";
  const low = Math.max(0, dayQuantile(0.975, d.expected, d.s2) - 1);
  const high = Math.max(low, dayQuantile(0.025, d.expected, d.s2) - 1);
  const score = Math.min(50, -Math.log10(Math.max(1e-50, dayUpper(d.count, d.expected, d.s2))));
  const what = spec.measure === "volume" ? "Mentions" : "Negative mentions";
  const usual = `usually ${low}–${high} a day, ${Math.round(d.expected * 10) / 10} expected`;
  const a: Alert = {
    episodeId: d.episode ?? `${key}@${new Date(at).toISOString()}`,
    phase,
    at: new Date(at).toISOString(),
    kind,
    series: key,
    observed: d.count,
    expected: d.expected,
    score,
    windowMinutes: DAY_MS / 60_000,
    since: new Date(d.start).toISOString(),
    expectedLow: low,
    expectedHigh: high,
    examples: d.examples.map((x) => ({ ...x })),
    title:
      phase === "open"
        ? `${what} on ${spec.source} rose: ${d.count} in one day (${usual})`
        : `${what} on ${spec.source} are back to normal: ${d.count} that day (${usual})`,
  };
  if (spec.source !== undefined) a.source = spec.source;
  return a;
}
