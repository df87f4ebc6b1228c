import type { EngineState } from "./engine-state.js";
import type { SeriesPoint } from "./types.js";

/** Read-only views of the engine's state for the dashboard and the live service. */

/** The closed buckets still in memory for one series (the longest window), oldest first. */
export function recentPoints(state: EngineState, key: string): SeriesPoint[] {
  const s = state.series[key];
  if (!s || state.bucketStart === null) return [];
  const b = state.bucketMs;
  const first = state.bucketStart - s.counts.length * b;
  return s.counts.map((observed, i) => ({
    series: key,
    start: new Date(first + i * b).toISOString(),
    end: new Date(first + (i + 1) * b).toISOString(),
    observed,
    expected: s.expected[i] as number,
  }));
}

/** Episodes in progress, by series key. */
export function episodesOf(state: EngineState): { series: string; episodeId: string; openedAt: string }[] {
  return Object.entries(state.series)
    .filter(([, s]) => s.episode)
    .map(([series, s]) => ({
      series,
      episodeId: s.episode?.id as string,
      openedAt: new Date(s.episode?.openedAt as number).toISOString(),
    }));
}
