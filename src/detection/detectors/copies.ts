/**
 * One text is one piece of evidence. A post repeated verbatim (a retweet cascade of one neutral post, a
 * feed re-imported under new ids, a bot posting the same line twenty times) adds no independent mention
 * to a rate: counted every time, a cluster of copies is a jump no Poisson rate allows, and the k = 15
 * tests read it as a wave (synthetic null traffic, docs/detection.md "Eleventh pass": 3 % of posts
 * repeated gave 180 false alarms a week, retweet cascades of two posts on average 65). Each text counts
 * at most `maxPerHour` times in any hour in every rate series and the share test; the baseline learns
 * from the same thinned stream, so the thresholds keep their meaning. Copies still reach the
 * single-mention detectors and the store.
 *
 * Only texts of five words or more (after links, @handles and a leading "RT" are dropped) are keyed:
 * a short phrase ("where is my order?") is written independently by many people, and a wave of them must
 * still count.
 */
import { type AuthorCounts, countsForAuthor, forgetQuietAuthors } from "./authors.js";
import type { DetectionConfig } from "./config.js";
import type { MentionEvent } from "./types.js";

const MIN_WORDS = 5;

/** The text's identity for counting, or undefined when it is too short to be a copy rather than a phrase. */
export function copyKey(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const words = text
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/@\w+:?/g, " ")
    .replace(/^\s*rt\b/, " ")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < MIN_WORDS) return undefined;
  // A fixed-length hash (41 bits, 8 characters) keeps the saved state the size of an hour's distinct
  // texts, not of their characters (live-seen.test.ts: 14,000 texts in a minute).
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const ch of words.join(" ")) {
    const c = ch.codePointAt(0) as number;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return ((h1 >>> 0) * 512 + (h2 >>> 23)).toString(36).padStart(KEY_CHARS, "0");
}

const KEY_CHARS = 8;
const HOUR_MINUTES = 60;

/** The keys of the texts counted, by data minute (ms ÷ 60,000): each minute's keys joined. */
export type TextCounts = Record<string, string>;

/**
 * Each state's texts by key with the minutes they were counted: derived, built once per state object and
 * then kept up to date, never rebuilt. Rebuilding it after every minute's forgetting read the whole
 * hour's keys again; under a rush (hundreds of thousands of texts an hour) that was a tenth of the main
 * thread's time (bench:load profile, 2026-12-05).
 */
const indexes = new WeakMap<TextCounts, Map<string, number[]>>();

function keysOf(joined: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < joined.length; i += KEY_CHARS) keys.push(joined.slice(i, i + KEY_CHARS));
  return keys;
}

function indexOf(counts: TextCounts): Map<string, number[]> {
  let ix = indexes.get(counts);
  if (!ix) {
    ix = new Map();
    for (const [minute, joined] of Object.entries(counts))
      for (const key of keysOf(joined)) {
        const minutes = ix.get(key);
        if (minutes) minutes.push(Number(minute));
        else ix.set(key, [Number(minute)]);
      }
    indexes.set(counts, ix);
  }
  return ix;
}

/** Whether this mention's text counts in the rate series (at most `maxPerHour` in any hour), noted if so. */
export function countsForText(counts: TextCounts, text: string | undefined, at: number, maxPerHour: number) {
  if (maxPerHour <= 0) return true;
  const key = copyKey(text);
  if (key === undefined) return true;
  const ix = indexOf(counts);
  const minute = Math.floor(at / 60_000);
  const minutes = ix.get(key);
  let recent = 0;
  for (const m of minutes ?? []) if (m > minute - HOUR_MINUTES) recent++;
  if (recent >= maxPerHour) return false;
  if (minutes) minutes.push(minute);
  else ix.set(key, [minute]);
  counts[minute] = (counts[minute] ?? "") + key;
  return true;
}

/** Forgets the texts counted more than an hour before `now`, in the index too. */
function forgetTexts(counts: TextCounts, now: number): void {
  const cutoff = Math.floor(now / 60_000) - HOUR_MINUTES;
  const ix = indexes.get(counts);
  for (const m of Object.keys(counts)) {
    const minute = Number(m);
    if (minute > cutoff) continue;
    if (ix)
      for (const key of keysOf(counts[m] as string)) {
        const left = (ix.get(key) ?? []).filter((x) => x !== minute);
        if (left.length > 0) ix.set(key, left);
        else ix.delete(key);
      }
    delete counts[m];
  }
}

/**
 * Whether a mention counts in the rate series: its text not already counted this hour (copies) and its
 * author not past `perAuthor.maxPerHour` (authors.ts). A copy is not charged to its author.
 */
export function countsInRates(
  state: { authors?: AuthorCounts; texts?: TextCounts },
  cfg: DetectionConfig,
  m: MentionEvent,
  at: number,
): boolean {
  state.authors ??= {};
  state.texts ??= {};
  return (
    countsForText(state.texts, m.text, at, cfg.perText.maxPerHour) &&
    countsForAuthor(state.authors, m.author, at, cfg.perAuthor.maxPerHour)
  );
}

/** Keeps only the last hour's authors and texts. */
export function forgetQuiet(state: { authors?: AuthorCounts; texts?: TextCounts }, now: number): void {
  if (state.authors) forgetQuietAuthors(state.authors, now);
  if (state.texts) forgetTexts(state.texts, now);
}
