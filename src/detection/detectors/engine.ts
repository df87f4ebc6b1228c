import {
  clipForLearning,
  learnProfile,
  newProfile,
  type ProfileRates,
  profileFactor,
  profileRates,
  queueRecent,
} from "./baseline.js";
import { deferBatched, dueBatched } from "./batches.js";
import { type BudgetGroup, budgetOf, groupBudget, groupOf } from "./budget.js";
import { type DetectionConfig, type DetectionConfigInput, parseDetectionConfig } from "./config.js";
import { countsInRates, forgetQuiet } from "./copies.js";
import { closeDays, countDaily, type DailyContext, newDailyState, stampedDayOf } from "./daily.js";
import { ENGINE_STATE_VERSION, type EngineOptions, type EngineState } from "./engine-state.js";
import { mentionKeys, sourceSince, youngSource } from "./narrowed.js";
import { calmExpected, dayLevelOf, noteSurge, surgeMultiple } from "./planned.js";
import { newSeq } from "./sequential.js";
import {
  newSeries,
  type Partial,
  type Scope,
  type SeriesState,
  SHOP_MEASURE,
  scopeOf,
  seriesKey,
  specOf,
} from "./series.js";
import { closeShopSeries, frozenAt } from "./shop-series.js";
import { noteSilence } from "./silence.js";
import { closeQuiet, newSingleState, onMention } from "./single.js";
import { evaluateClosed, evaluateOpening, type SpikeContext } from "./spike.js";
import { episodesOf, recentPoints } from "./state-views.js";
import { toMs } from "./time.js";
import { noteTold } from "./told.js";
import type { Alert, DetectionEvent, MentionEvent, SeriesPoint, ShopEvent } from "./types.js";
import {
  closeSeriesBucket,
  detectorOf,
  dropExplained,
  onSeriesMention,
  onShareMention,
  type WatchContext,
} from "./watch.js";
import { inZone } from "./zone.js";

export { ENGINE_STATE_VERSION, type EngineOptions, type EngineState } from "./engine-state.js";

const HOUR_MS = 3_600_000;

/**
 * The streaming detectors. Time is data time only: it moves with the events pushed and with explicit
 * `advance(to)` calls (the live service's timer), never with the wall clock, so a replay and a live run
 * of the same stream raise the same alerts at the same data times.
 */
export class DetectionEngine {
  readonly config: DetectionConfig;
  private readonly state: EngineState;
  private readonly onPoint: ((point: SeriesPoint) => void) | undefined;
  private readonly derived: { rates: ProfileRates; alphaHl: number; keep: number };
  /** Mention series with a detector on, overall and narrowed (by source or language): the budget's split. */
  private readonly tested: Record<BudgetGroup, number> = { overall: 0, topics: 0, narrowed: 0, daily: 0 };
  /** Each series' budget while `tested` stays as it is: asked for on every mention of a warm series. */
  private readonly budgets = new Map<string, number>();
  private readonly budgetFn = (key: string) => this.budgetOf(key);
  private dailyCtx: DailyContext | undefined;

  constructor(
    config: DetectionConfigInput | DetectionConfig = {},
    options: EngineOptions = {},
    state?: EngineState,
  ) {
    this.config = parseDetectionConfig(config);
    this.onPoint = options.onPoint;
    const bucketMs = this.config.bucketMinutes * 60_000;
    const b = this.config.baseline;
    this.derived = {
      rates: profileRates(b.hourOfDayHalfLifeDays, b.dayOfWeekHalfLifeDays),
      alphaHl: 1 - 0.5 ** (bucketMs / (b.levelHalfLifeHours * HOUR_MS)),
      keep: Math.max(...this.config.spike.windows, ...this.config.orderDrop.windows),
    };
    if (state) {
      if (state.version !== ENGINE_STATE_VERSION)
        throw new Error(`detector state version ${state.version} is unknown`);
      if (state.bucketMs !== bucketMs)
        throw new Error(
          `detector state uses ${state.bucketMs / 60_000}-minute buckets, the config ${bucketMs / 60_000}`,
        );
      this.state = inZone(structuredClone(state), options.zone);
      for (const key of Object.keys(this.state.series)) this.countTested(key);
      this.tested.daily = Object.keys(this.state.daily?.series ?? {}).length;
    } else {
      this.state = {
        version: ENGINE_STATE_VERSION,
        bucketMs,
        clock: null,
        bucketStart: null,
        scopeStart: { mentions: null, shop: null },
        profiles: { mentions: newProfile(options.zone), shop: newProfile(options.zone) },
        sources: [],
        languages: [],
        series: {},
        single: newSingleState(),
        told: {},
      };
    }
  }

  static fromJSON(
    state: EngineState,
    config: DetectionConfigInput | DetectionConfig = {},
    options: EngineOptions = {},
  ) {
    return new DetectionEngine(config, options, state);
  }

  /** `false` hands out the live state, for a caller that only serialises it (JSON.stringify passes a key). */
  toJSON(copy: unknown = true): EngineState {
    return copy === false ? this.state : structuredClone(this.state);
  }

  /** Data time reached, or null before the first event. */
  get now(): Date | null {
    return this.state.clock === null ? null : new Date(this.state.clock);
  }

  /** `now` in ms, without a Date: a live round asks once per event. */
  get clockMs(): number | null {
    return this.state.clock;
  }

  /** Feeds one event. Events should come in data-time order; a late one counts in the bucket in progress. */
  push(event: DetectionEvent): Alert[] {
    const t = toMs(event.at);
    const alerts = this.release(t);
    alerts.push(...this.closeUntil(t));
    const at = Math.max(t, this.state.clock ?? t);
    this.state.clock = at;
    if (event.type === "mention") this.pushMention(event, at, alerts);
    else this.pushShop(event, at, alerts);
    return noteSurge(this.config, alerts, this.state.series);
  }

  /** Moves data time to `to`, closing the buckets that end by then (the live timer calls this). */
  advance(to: Date | string | number): Alert[] {
    const t = toMs(to);
    if (this.state.bucketStart === null) return [];
    const alerts = this.release(t);
    alerts.push(...this.closeUntil(t));
    this.state.clock = Math.max(t, this.state.clock ?? t);
    return noteSurge(this.config, alerts, this.state.series);
  }

  /** Series keys with state, e.g. `volume`, `topic:delivery|src:twitter`, `orders`. */
  seriesKeys(): string[] {
    return Object.keys(this.state.series);
  }

  /** The closed buckets still in memory for one series (the longest window), oldest first. */
  recentSeries(key: string): SeriesPoint[] {
    return recentPoints(this.state, key);
  }

  /** Episodes in progress, by series key. */
  openEpisodes(): { series: string; episodeId: string; openedAt: string }[] {
    return episodesOf(this.state);
  }

  private pushMention(m: MentionEvent, at: number, alerts: Alert[]) {
    this.state.scopeStart.mentions ??= at;
    alerts.push(...onMention(this.state.single, this.config, m, at));
    // A source stamped to the day is tested as days (daily.ts), not by the minute.
    const daily = this.daily();
    const day = stampedDayOf(daily.state, m, toMs(m.at));
    if (day !== null) return void alerts.push(...countDaily(daily, m, day, at));
    if (!deferBatched(this.state, m, toMs(m.at)) && countsInRates(this.state, this.config, m, at))
      this.countMention(m, at, alerts);
    noteTold(this.state.told, alerts, at);
  }

  /** A polled source's batched mentions reach the rate series at their places (batches.ts). */
  private release(t: number): Alert[] {
    const alerts: Alert[] = [];
    for (const p of dueBatched(this.state, t)) {
      alerts.push(...this.closeUntil(p.at));
      this.state.clock = Math.max(p.at, this.state.clock ?? p.at);
      const at = this.state.clock;
      if (countsInRates(this.state, this.config, p.m, at)) this.countMention(p.m, at, alerts);
      noteTold(this.state.told, alerts, at);
    }
    return alerts;
  }

  /** The mention counts in its rate series and the share test, which may open episodes. */
  private countMention(m: MentionEvent, at: number, alerts: Alert[]) {
    const keys = mentionKeys(this.state, this.config, m, at);
    for (const key of keys) this.series(key);
    const ctx = this.watch(at);
    if (this.config.share.enabled) {
      this.series("share");
      const a = onShareMention(ctx, m, at);
      if (a) alerts.push(a);
    }
    const young = this.youngWatch(ctx, m.source, at);
    for (const key of keys) {
      const a = onSeriesMention(young && key.includes("|src:") ? young : ctx, key, m, at);
      if (a) alerts.push(a);
    }
  }

  private pushShop(e: ShopEvent, at: number, alerts: Alert[]) {
    this.state.scopeStart.shop ??= at;
    const key = seriesKey({ measure: SHOP_MEASURE[e.type] });
    this.series(key).partial++;
    const a = evaluateOpening(this.ctx(), key, at, e.id);
    if (a) alerts.push(a);
  }

  private countTested(key: string) {
    const spec = specOf(key);
    if (scopeOf(spec.measure) !== "mentions" || !detectorOf(this.config, spec).enabled) return;
    this.tested[groupOf(spec)]++;
    this.budgets.clear();
  }

  private budgetOf(key: string): number {
    let b = this.budgets.get(key);
    if (b === undefined) {
      b = budgetOf(this.tested, specOf(key), this.config.falseAlarmsPerWeek, this.config.riseFactors);
      this.budgets.set(key, b);
    }
    return b;
  }

  private daily(): DailyContext {
    if (this.dailyCtx) return this.dailyCtx;
    this.state.daily ??= newDailyState();
    const born = () => {
      this.tested.daily++;
      this.budgets.clear();
    };
    const budget = () => groupBudget(this.tested, "daily", this.config.falseAlarmsPerWeek);
    this.dailyCtx = { config: this.config, state: this.state.daily, budget, born };
    return this.dailyCtx;
  }

  private watch(at: number): WatchContext {
    return {
      config: this.config,
      series: this.state.series,
      profile: this.state.profiles.mentions,
      bucketMs: this.state.bucketMs,
      warm: this.isWarm("mentions", at),
      days: (at - (this.state.scopeStart.mentions ?? at)) / (24 * HOUR_MS),
      budgetOf: this.budgetFn,
      told: this.state.told,
    };
  }

  /** The context of a new source's series while it is in its own warm-up (narrowed.ts), else null. */
  private youngWatch(ctx: WatchContext, source: string | undefined, at: number): WatchContext | null {
    const young = youngSource(this.state, this.config, source, at);
    return young && this.isWarm("mentions", at) ? { ...ctx, warm: false, days: young.days } : null;
  }

  private series(key: string): SeriesState {
    let s = this.state.series[key];
    if (!s) {
      // A series born late has seen zeros since its scope began (a new source's, since its first
      // mention): its level starts at 0 with that weight.
      const spec = specOf(key);
      const scope = scopeOf(spec.measure);
      const scopeStart = this.state.scopeStart[scope] ?? this.state.bucketStart ?? 0;
      const start = Math.max(scopeStart, sourceSince(this.state, spec.source) ?? scopeStart);
      const b = this.state.bucketMs;
      const n = Math.max(0, Math.floor(((this.state.bucketStart ?? 0) - Math.floor(start / b) * b) / b));
      const mentions = scope === "mentions";
      s = newSeries(n, mentions ? newSeq(this.config.riseFactors.length, this.state.clock ?? 0) : undefined);
      if (s.seq) s.seq.mu = (this.config.baseline.minExpectedPerHour * b) / HOUR_MS;
      this.state.series[key] = s;
      this.countTested(key);
    }
    return s;
  }

  private closeUntil(t: number): Alert[] {
    const alerts: Alert[] = [];
    const b = this.state.bucketMs;
    if (this.state.bucketStart === null) {
      this.state.bucketStart = Math.floor(t / b) * b;
      return alerts;
    }
    if (t < this.state.bucketStart + b) return alerts;
    while (t >= this.state.bucketStart + b) this.closeBucket(alerts);
    forgetQuiet(this.state, t);
    return alerts;
  }

  private closeBucket(alerts: Alert[]) {
    const start = this.state.bucketStart as number;
    const end = start + this.state.bucketMs;
    const { rates } = this.derived;
    const watch = this.watch(start);
    const outage = noteSilence(this.state, start);
    const surge = surgeMultiple(this.config, start);
    const closeAlerts: Alert[] = [];
    // Learned after every series has set its next rate, so all of them use the same day factor.
    const calm = { observed: 0, expected: 0, seen: false };
    for (const [key, s] of Object.entries(this.state.series)) {
      const spec = specOf(key);
      const scope = scopeOf(spec.measure);
      let point: { observed: number; expected: number };
      if (s.seq) {
        const young = spec.source === undefined ? null : this.youngWatch(watch, spec.source, start);
        const r = closeSeriesBucket(young ?? watch, key, s, start, end, !outage && surge === 1);
        point = r.point;
        if (r.alert) closeAlerts.push(r.alert);
      } else {
        const opts = { start, end, warm: this.isWarm("shop", start), config: this.config, surge };
        point = closeShopSeries(s, this.state.profiles.shop, this.derived, opts);
      }
      if (this.onPoint)
        this.onPoint({
          series: key,
          start: new Date(start).toISOString(),
          end: new Date(end).toISOString(),
          ...point,
        });
      const driver =
        spec.source === undefined &&
        spec.language === undefined &&
        (spec.measure === "volume" || spec.measure === "orders");
      if (driver) {
        // The mentions' profile is every series' shape: no episode holds it, or a busy day read as a
        // wave bends the shape later days are read against (docs/detection-ninth-pass.md).
        const frozen = outage || surge !== 1 || (scope === "shop" && frozenAt(s, end, this.config));
        const warm = this.isWarm(scope, start);
        const usual = { ...point, expected: point.expected / surge, frozen, warm, seq: s.seq };
        learnProfile(this.state.profiles[scope], start, usual, rates);
      }
      if (scope === "mentions" && spec.source === undefined && spec.language === undefined)
        if (spec.measure === "volume" || spec.measure === "negative") {
          const sign = spec.measure === "volume" ? 1 : -1;
          calm.observed += sign * point.observed;
          calm.expected += sign * calmExpected(s, point.expected, surge);
          calm.seen = true;
        }
    }
    // The day's level is read from the mentions that are not negative: a busy day is busy in every
    // mood, while a crisis adds negative mentions, which must not raise what every series expects.
    // No episode holds it: held, a busy day read as a rise stayed unexpected for every series for as
    // long as the episode lasted, and vice versa (docs/detection-ninth-pass.md). A wave reaches it late.
    const warmNow = this.isWarm("mentions", start);
    const recent = calm.seen ? dayLevelOf(calm, outage, warmNow, surge, clipForLearning) : null;
    dropExplained(this.state.series, closeAlerts);
    noteTold(this.state.told, closeAlerts, end);
    if (recent !== null) {
      const bucket = { start, observed: recent, expected: Math.max(0, calm.expected) / surge };
      queueRecent(this.state.profiles.mentions, bucket, this.state.bucketMs);
    }
    this.state.bucketStart = end;
    alerts.push(...closeAlerts);
    const ctx = this.ctx();
    for (const [key, s] of Object.entries(this.state.series)) {
      if (s.seq) continue;
      const a = evaluateClosed(ctx, key, end);
      if (a) alerts.push(a);
    }
    alerts.push(...closeQuiet(this.state.single, this.config, end));
    if (this.state.daily) alerts.push(...closeDays(this.daily(), end));
  }

  isWarm(scope: Scope, at: number): boolean {
    const start = this.state.scopeStart[scope];
    return start !== null && at - start >= this.config.warmupHours * HOUR_MS;
  }

  private ctx(): SpikeContext {
    const st = this.state;
    return {
      config: this.config,
      series: st.series,
      bucketMs: st.bucketMs,
      bucketStart: st.bucketStart as number,
      isWarm: (scope, at) => this.isWarm(scope, at),
      extraScore: (scope, at) => {
        const start = st.scopeStart[scope];
        const settled = start !== null && at - start >= this.config.spike.settlingDays * 24 * HOUR_MS;
        return settled ? 0 : this.config.spike.settlingExtraScore;
      },
      partialFor: (s: SeriesState, scope: Scope, at: number): Partial => {
        const frac = Math.min(1, Math.max(0, (at - (st.bucketStart as number)) / st.bucketMs));
        const surge = surgeMultiple(this.config, st.bucketStart as number);
        return {
          expected: s.level * profileFactor(st.profiles[scope], st.bucketStart as number) * frac * surge,
        };
      },
    };
  }
}
