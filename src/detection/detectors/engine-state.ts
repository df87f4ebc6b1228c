import type { AuthorCounts } from "./authors.js";
import type { ProfileState } from "./baseline.js";
import type { BatchState } from "./batches.js";
import type { TextCounts } from "./copies.js";
import type { DailyState } from "./daily.js";
import type { Scope, SeriesState } from "./series.js";
import type { SingleState } from "./single.js";
import type { Told } from "./told.js";
import type { SeriesPoint } from "./types.js";

/**
 * 2: mention series run sequential tests (sequential.ts) with state of their own. 3: the day's factor is
 * measured against the scope's usual level of mentions that are not negative (baseline.ts); a state of 2
 * holds a factor measured the old way, so the engine is rebuilt from the stored mentions instead.
 * 4: the day's level and the dispersion learn three hours late and leave out told waves (told.ts): a
 * state of 3 has learned from waves, and is rebuilt.
 */
export const ENGINE_STATE_VERSION = 4;

/** Everything the engine knows, as plain JSON: persist it, restore it, and the future is the same. */
export interface EngineState {
  version: typeof ENGINE_STATE_VERSION;
  bucketMs: number;
  /** Data time reached (ms), from events and `advance`. */
  clock: number | null;
  /** Start of the bucket in progress (ms). */
  bucketStart: number | null;
  scopeStart: Record<Scope, number | null>;
  profiles: Record<Scope, ProfileState>;
  /** Sources with their own series, first seen first. */
  sources: string[];
  /** Languages with their own series, first seen first. */
  languages: string[];
  series: Record<string, SeriesState>;
  single: SingleState;
  /** Overall episodes' waves, kept while the baseline may still learn their time (told.ts). */
  told: Told;
  /** Each author's mentions counted in the last hour (authors.ts); absent in states saved before it. */
  authors?: AuthorCounts;
  /** The long texts counted in the last hour, by minute, as hashes (copies.ts); absent in older states. */
  texts?: TextCounts;
  /** Polled sources' batches spread over their intervals (batches.ts); absent in older states. */
  batches?: BatchState;
  /** When each source with series of its own was first seen (narrowed.ts); absent in older states. */
  sourceSince?: Record<string, number>;
  /** The all-mentions series' silence in progress (engine.ts, noteSilence); absent when it is not silent. */
  silence?: { since: number; expected: number };
  /** Sources stamped to the day and their days (daily.ts); absent in states saved before them. */
  daily?: DailyState;
}

export interface EngineOptions {
  /** Called for every series at every closed bucket: the "observed against expected" chart. */
  onPoint?: (point: SeriesPoint) => void;
  /**
   * The shop's IANA time zone: the rhythm's hours and days are read on its clock (zone.ts). Absent: the
   * zone the state was learned in (UTC for a new one).
   */
  zone?: string;
}
