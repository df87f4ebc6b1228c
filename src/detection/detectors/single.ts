import type { DetectionConfig } from "./config.js";
import type { Alert, MentionEvent } from "./types.js";

/**
 * Detectors that need one mention, not a baseline: a negative mention from an author with a large
 * audience, and a mention carrying a crisis signal word. Each groups its mentions into episodes (per
 * author, per signal) so a wave of them is one alert that grows, not a hundred.
 */

export interface PointEpisode {
  id: string;
  lastAt: number;
  count: number;
  /** Count at which the next `update` goes out (doubling). */
  nextUpdate: number;
  source?: string;
  author?: string;
  followers?: number;
}

export interface SingleState {
  reach: Record<string, PointEpisode>;
  signals: Record<string, PointEpisode>;
}

export const newSingleState = (): SingleState => ({ reach: {}, signals: {} });

const HOUR_MS = 3_600_000;

function step(
  book: Record<string, PointEpisode>,
  key: string,
  base: Omit<Alert, "episodeId" | "phase" | "observed" | "expected" | "score">,
  at: number,
  score: number,
  extra: Partial<PointEpisode>,
): Alert | null {
  const ep = book[key];
  if (!ep) {
    const id = `${base.series}@${base.at}`;
    book[key] = { id, lastAt: at, count: 1, nextUpdate: 2, ...extra };
    return { ...base, episodeId: id, phase: "open", observed: 1, expected: 0, score };
  }
  ep.count++;
  ep.lastAt = at;
  if (ep.count < ep.nextUpdate) return null;
  ep.nextUpdate *= 2;
  return { ...base, episodeId: ep.id, phase: "update", observed: ep.count, expected: 0, score };
}

export function onMention(state: SingleState, cfg: DetectionConfig, m: MentionEvent, at: number): Alert[] {
  const alerts: Alert[] = [];
  const reach = cfg.highReachNegative;
  const followers = m.authorFollowers ?? 0;
  const isReach = reach.enabled && m.sentiment === "negative" && followers >= reach.minFollowers;
  if (!isReach && !(cfg.crisisSignal.enabled && m.signals?.length)) return alerts;
  const iso = new Date(at).toISOString();
  const src = m.source === undefined ? {} : { source: m.source };
  if (isReach) {
    const who = m.author ?? `mention:${m.id}`;
    const key = `${m.source ?? ""}/${who}`;
    const a = step(
      state.reach,
      key,
      {
        at: iso,
        kind: "high_reach_negative",
        series: `reach:${key}`,
        mentionId: m.id,
        ...src,
        ...(m.author === undefined ? {} : { author: m.author }),
      },
      at,
      Math.log10(Math.max(1, followers)),
      { ...src, ...(m.author === undefined ? {} : { author: m.author }), followers },
    );
    if (a) alerts.push(a);
  }
  if (cfg.crisisSignal.enabled) {
    for (const signal of new Set(m.signals ?? [])) {
      const a = step(
        state.signals,
        signal,
        { at: iso, kind: "crisis_signal", series: `signal:${signal}`, signal, mentionId: m.id, ...src },
        at,
        1,
        {},
      );
      if (a) alerts.push(a);
    }
  }
  return alerts;
}

/** Ends the episodes that have been quiet long enough by `now`. */
export function closeQuiet(state: SingleState, cfg: DetectionConfig, now: number): Alert[] {
  const alerts: Alert[] = [];
  if (isEmpty(state.reach) && isEmpty(state.signals)) return alerts;
  const iso = new Date(now).toISOString();
  const sweep = (
    book: Record<string, PointEpisode>,
    quietHours: number,
    make: (key: string, ep: PointEpisode) => Alert,
  ) => {
    for (const [key, ep] of Object.entries(book)) {
      if (now - ep.lastAt < quietHours * HOUR_MS) continue;
      alerts.push(make(key, ep));
      delete book[key];
    }
  };
  sweep(state.reach, cfg.highReachNegative.quietHours, (key, ep) => ({
    episodeId: ep.id,
    phase: "close",
    at: iso,
    kind: "high_reach_negative",
    series: `reach:${key}`,
    ...(ep.source === undefined ? {} : { source: ep.source }),
    ...(ep.author === undefined ? {} : { author: ep.author }),
    observed: ep.count,
    expected: 0,
    score: Math.log10(Math.max(1, ep.followers ?? 1)),
  }));
  sweep(state.signals, cfg.crisisSignal.quietHours, (key, ep) => ({
    episodeId: ep.id,
    phase: "close",
    at: iso,
    kind: "crisis_signal",
    series: `signal:${key}`,
    signal: key,
    observed: ep.count,
    expected: 0,
    score: 1,
  }));
  return alerts;
}

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}
