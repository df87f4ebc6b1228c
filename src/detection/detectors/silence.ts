import { forgetQueued } from "./baseline.js";
import type { EngineState } from "./engine-state.js";
import { seriesKey } from "./series.js";

/**
 * Expected mentions that pass without one before the silence is read as a gap in the data (a crawler
 * down, an export with a day missing) rather than as the shop's traffic: Poisson traffic is that silent
 * with probability e^-20 ≈ 2·10⁻⁹. Learning the gap as zeros dragged every expectation down, so the
 * traffic that came back read as a wave (13 alerts after a 12-hour and a 2-day gap at 3,000 a day).
 */
const OUTAGE_EXPECTED = 20;

/**
 * Whether the bucket ending now is inside a gap in the data: the all-mentions series has been silent
 * for OUTAGE_EXPECTED expected mentions. A gap teaches the baseline nothing; the silent buckets before
 * it was recognised are taken back from the day's level, which learns three hours late.
 */
export function noteSilence(state: EngineState, start: number): boolean {
  const volume = state.series[seriesKey({ measure: "volume" })];
  if (!volume?.seq || volume.partial > 0) {
    delete state.silence;
    return false;
  }
  const silence = state.silence ?? { since: start, expected: 0 };
  state.silence = silence;
  const before = silence.expected;
  silence.expected += volume.seq.mu;
  if (silence.expected < OUTAGE_EXPECTED) return false;
  if (before < OUTAGE_EXPECTED) forgetQueued(state.profiles.mentions, silence.since);
  return true;
}
