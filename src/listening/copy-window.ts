import type { MentionsTable } from "./tables.js";

/**
 * How far apart in time (created_at) a copy and its original may be. Reposts, cross-posts and re-sent
 * e-mails come within days: in the airline set (5,146 tweets over 7.5 days, 71 copies by fingerprint)
 * the median copy came 2.4 hours after its original, 90 % within 47 hours and the latest 5.1 days
 * after (news sites re-sharing one article). A week keeps all of them; the same text a month later is a
 * new voice saying it again.
 */
export const COPY_WINDOW_MS = 7 * 86_400_000;

/** The days a lookup asks on either side of a mention's own day: every day COPY_WINDOW_MS can reach. */
export const COPY_WINDOW_DAYS = 7;

// Days from the Julian epoch to 1970-01-01 (whole part), as SQLite's julianday() counts them: the
// migration computes the same number in SQL for the rows already stored (migration 0170).
const JULIAN_DAY_OF_EPOCH = 2_440_587;

/**
 * The copy-finding index's time bucket: the UTC day of the mention's own time. The index leads with
 * it, so a batch's originals go into the current day's part of the index, not all over it, and what a
 * batch writes grows with the day's originals, not the store's history (docs/security.md, sixteenth
 * pass); a lookup asks the COPY_WINDOW_DAYS days on either side. A week per bucket asks three but
 * writes into a part seven times bigger, and measured slower. Null when the text has no fingerprint
 * (nothing to find) or the time does not parse.
 */
export function copyDay(createdAt: string, fingerprint: string | null): number | null {
  if (fingerprint === null) return null;
  const ms = Date.parse(createdAt);
  if (Number.isNaN(ms)) return null;
  return Math.floor(ms / 86_400_000) + JULIAN_DAY_OF_EPOCH;
}

// The fingerprint's alphabet (base64url, normalize.ts). The key reads its first nine characters.
const KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
// Characters the key reads, and how a shorter fingerprint is padded: migration 0180 does the same.
const KEY_CHARS = 9;
const KEY_PAD = "A".repeat(KEY_CHARS);

/**
 * The copy-finding index's compact key: 53 bits of the fingerprint's hash (the low 5 bits of its first
 * character, then 6 from each of the next eight). A 22-character string key packed about 50 entries a
 * leaf page and an integer about 170, so a rush's batch dirties fewer, cheaper pages (docs/security.md,
 * seventeenth and eighteenth passes). 53 bits, not 64: pg's int8 parser (database.ts) and the SQLite
 * thread both hand integers back as JS numbers, exact only to 2^53, and both engines store it in 8
 * bytes either way. Two texts may share a key (some pair among a 600,000-original day's does with odds
 * of about 2 in 100,000), so a lookup checks the fingerprint and the workspace on the row. Computed per character, as the
 * SQL of migration 0180 does for stored rows (a character outside the alphabet counts as 63 in both), so
 * the two agree on any string of single UTF-16 units, not only on fingerprints (copy-key.test.ts).
 */
export function copyKey(fingerprint: string | null): number | null {
  if (fingerprint === null) return null;
  const fp = fingerprint + KEY_PAD;
  let key = 0;
  for (let i = 0; i < KEY_CHARS; i++) {
    const at = KEY_ALPHABET.indexOf(fp.charAt(i));
    const bits = at < 0 ? 63 : at;
    key = i === 0 ? bits % 32 : key * 64 + bits;
  }
  return key;
}

/** An original as the lookup finds it: its id and its time in ms. */
export interface Original {
  id: string;
  at: number;
}

/** The batch's fingerprints by day: one lookup per day asks that day's window (by copyKey, then checked). */
export function lookupsOf(rows: readonly MentionsTable[]): Map<number, string[]> {
  const byDay = new Map<number, Set<string>>();
  for (const r of rows) {
    if (r.fingerprint === null || r.copy_day === null) continue;
    const fps = byDay.get(r.copy_day) ?? new Set<string>();
    fps.add(r.fingerprint);
    byDay.set(r.copy_day, fps);
  }
  return new Map([...byDay].map(([d, fps]) => [d, [...fps]]));
}

/**
 * Sets each row's duplicate_of: the earliest original with its fingerprint within COPY_WINDOW_MS of
 * its own time, stored or earlier in the batch; a row with none becomes an original that later rows
 * (and later batches) can be copies of. `originals` is what the store found, and is extended.
 */
export function linkCopies(rows: MentionsTable[], originals: Map<string, Original[]>): void {
  for (const r of rows) {
    if (r.fingerprint === null || r.copy_day === null) continue;
    const at = Date.parse(r.created_at);
    const known = originals.get(r.fingerprint);
    let best: Original | undefined;
    for (const o of known ?? []) {
      if (Math.abs(o.at - at) <= COPY_WINDOW_MS && (!best || o.at < best.at)) best = o;
    }
    if (best) r.duplicate_of = best.id;
    else if (known) known.push({ id: r.id, at });
    else originals.set(r.fingerprint, [{ id: r.id, at }]);
  }
}
