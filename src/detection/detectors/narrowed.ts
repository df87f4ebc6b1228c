import { LANGUAGES } from "../../core/lang.js";
import type { DetectionConfig } from "./config.js";
import type { EngineState } from "./engine-state.js";
import { seriesKey } from "./series.js";
import type { MentionEvent } from "./types.js";
import { mentionSpecs } from "./watch.js";

const HOUR_MS = 3_600_000;

/** Whether `name` has series of its own; the first `maxSources` names seen get them. */
function tracked(
  list: string[],
  p: { enabled: boolean; maxSources: number },
  name: string | undefined,
  reserved = 0,
) {
  if (!p.enabled || name === undefined) return false;
  if (list.includes(name)) return true;
  if (list.length + reserved >= p.maxSources) return false;
  list.push(name);
  return true;
}

/**
 * Slots a language outside our six leaves free: one for each of ours not seen yet. The classifier names
 * Portuguese or Tagalog where it is sure, and a stray post of each would otherwise take the slots a
 * Polish wave needs later.
 */
function languageReserve(list: string[], lang: string | undefined): number {
  if (lang === undefined || (LANGUAGES as readonly string[]).includes(lang)) return 0;
  return LANGUAGES.filter((l) => !list.includes(l)).length;
}

/**
 * Keys by what decides them (sentiment, complaint, topics, the source and language when tracked), per
 * config: a rush's thousands of mentions a round fall in a few dozen such groups, and building every
 * key again (a spec object, a spread and a string each) was the largest share of the engine's push.
 * The arrays are shared: callers only read them.
 */
const keyMemo = new WeakMap<DetectionConfig, Map<string, readonly string[]>>();
const KEY_MEMO_MAX = 2_000;

/** The series a mention counts in: overall, then per source, then per language (no topics). */
export function mentionKeys(
  state: EngineState,
  config: DetectionConfig,
  m: MentionEvent,
  at: number,
): readonly string[] {
  const bySource = tracked(state.sources, config.perSource, m.source);
  if (bySource) {
    state.sourceSince ??= {};
    state.sourceSince[m.source as string] ??= at;
  }
  const lang = m.language && m.language !== "und" ? m.language : undefined;
  const perLanguage = { enabled: config.perLanguage.enabled, maxSources: config.perLanguage.maxLanguages };
  const byLanguage = tracked(state.languages, perLanguage, lang, languageReserve(state.languages, lang));
  let memo = keyMemo.get(config);
  if (!memo) {
    memo = new Map();
    keyMemo.set(config, memo);
  }
  const id = `${m.sentiment}\u0000${m.complaint}\u0000${m.topics.join("\u0001")}\u0000${bySource ? `+${m.source}` : "-"}\u0000${byLanguage ? `+${lang}` : "-"}`;
  let keys = memo.get(id);
  if (!keys) {
    keys = buildKeys(config, m, bySource ? m.source : undefined, byLanguage ? lang : undefined);
    if (memo.size >= KEY_MEMO_MAX) memo.clear();
    memo.set(id, keys);
  }
  return keys;
}

function buildKeys(config: DetectionConfig, m: MentionEvent, source?: string, lang?: string): string[] {
  const specs = mentionSpecs(config, m);
  const keys = specs.map(seriesKey);
  if (source !== undefined) for (const s of specs) keys.push(seriesKey({ ...s, source }));
  if (lang !== undefined)
    for (const s of specs) if (s.measure !== "topic") keys.push(seriesKey({ ...s, language: lang }));
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
