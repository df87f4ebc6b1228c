import type { DetectionConfig } from "./config.js";
import type { EngineState } from "./engine-state.js";
import { seriesKey } from "./series.js";
import type { MentionEvent } from "./types.js";
import { mentionSpecs } from "./watch.js";

const HOUR_MS = 3_600_000;

/** Whether `name` has series of its own; the first `maxSources` names seen get them. */
function tracked(list: string[], p: { enabled: boolean; maxSources: number }, name: string | undefined) {
  if (!p.enabled || name === undefined) return false;
  if (list.includes(name)) return true;
  if (list.length >= p.maxSources) return false;
  list.push(name);
  return true;
}

/** The series a mention counts in: overall, then per source, then per language (no topics). */
export function mentionKeys(
  state: EngineState,
  config: DetectionConfig,
  m: MentionEvent,
  at: number,
): string[] {
  const specs = mentionSpecs(config, m);
  const keys = specs.map(seriesKey);
  if (tracked(state.sources, config.perSource, m.source)) {
    state.sourceSince ??= {};
    state.sourceSince[m.source as string] ??= at;
    for (const s of specs) keys.push(seriesKey({ ...s, source: m.source as string }));
  }
  const lang = m.language && m.language !== "und" ? m.language : undefined;
  const perLanguage = { enabled: config.perLanguage.enabled, maxSources: config.perLanguage.maxLanguages };
  if (tracked(state.languages, perLanguage, lang))
    for (const s of specs)
      if (s.measure !== "topic") keys.push(seriesKey({ ...s, language: lang as string }));
  return keys;
}

/**
 * A source first seen after the scope began is a new feed (a shop connects its reviews on day 10), not
 * a rise from zero: its series start from their first mention and keep quiet for the warm-up, as the
 * whole workspace did. Born late with the scope's zeros, every series of a new source of 300 mentions
 * a day read its traffic as a wave for days (23 alerts in 9 days); a source's first-seen time is absent
 * from states saved before it, which keep the old reading.
 */
export function sourceSince(state: EngineState, source: string | undefined): number | undefined {
  return source === undefined ? undefined : state.sourceSince?.[source];
}

/** Whether a source is still in its own warm-up at `at`, and its age in days. */
export function youngSource(
  state: EngineState,
  config: DetectionConfig,
  source: string | undefined,
  at: number,
): { days: number } | null {
  const since = sourceSince(state, source);
  if (since === undefined || at - since >= config.warmupHours * HOUR_MS) return null;
  return { days: (at - since) / (24 * HOUR_MS) };
}
