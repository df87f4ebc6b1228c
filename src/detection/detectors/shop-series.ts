import { clipForLearning, type ProfileState, profileFactor } from "./baseline.js";
import type { DetectionConfig } from "./config.js";
import type { SeriesState } from "./series.js";

const HOUR_MS = 3_600_000;

/** Nothing is learned in the first hours of an episode (`freezeHours`). */
export const frozenAt = (s: SeriesState, end: number, config: DetectionConfig): boolean =>
  s.episode !== null && end - s.episode.openedAt < config.baseline.freezeHours * HOUR_MS;

/**
 * A shop series' bucket end: the window-scored detectors' baseline (see spike.ts). `keep` buckets stay
 * for the longest window; the level learns at `alphaHl` (a plain mean while young), clipped once warm.
 */
export function closeShopSeries(
  s: SeriesState,
  profile: ProfileState,
  derived: { alphaHl: number; keep: number },
  /** `surge`: the planned surge's multiple (planned.ts); its buckets teach the level nothing. */
  opts: { start: number; end: number; warm: boolean; config: DetectionConfig; surge?: number },
): { observed: number; expected: number } {
  const f = profileFactor(profile, opts.start);
  const surge = opts.surge ?? 1;
  const expected = s.level * f * surge;
  const count = s.partial;
  s.counts.push(count);
  s.expected.push(expected);
  while (s.counts.length > derived.keep) {
    s.counts.shift();
    s.expected.shift();
  }
  const learned = opts.warm ? clipForLearning(count, expected) : count;
  if (surge === 1 && !frozenAt(s, opts.end, opts.config))
    s.level += Math.max(derived.alphaHl, 1 / (s.n + 1)) * (learned / f - s.level);
  s.n++;
  s.partial = 0;
  return { observed: count, expected };
}
