import { hash } from "node:crypto";

const MARKS = /[\u0300-\u036f]/g;
// Letters that NFD does not decompose but people write without their mark (Polish ł, German ß…).
const FOLD: Record<string, string> = { ł: "l", ß: "ss", ø: "o", đ: "d", æ: "ae", œ: "oe", ı: "i" };
const FOLDABLE = /[łßøđæœı]/g;

/** Lower case, no diacritics: "Łódź Café" → "lodz cafe". What brand queries and fingerprints compare. */
const NON_ASCII = /[^\p{ASCII}]/u;
const isAscii = (s: string) => !NON_ASCII.test(s);

export function fold(text: string): string {
  // Most posts are plain ASCII; decomposing them is wasted work on the ingest path.
  if (isAscii(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(FOLDABLE, (c) => FOLD[c] ?? c);
}

const NON_WORD = /[^\p{L}\p{N}]+/gu;
const NON_WORD_ASCII = /[^a-z0-9]+/g;

/** Folded words separated by single spaces, padded with a space each side so " word " finds whole words. */
export function wordString(text: string): string {
  const folded = fold(text);
  return ` ${folded.replace(isAscii(folded) ? NON_WORD_ASCII : NON_WORD, " ").trim()} `;
}

const URL =
  /\bhttps?:\/\/\S+|\bwww\.\S+|\b(?:bit\.ly|t\.co|tinyurl\.com|goo\.gl|ow\.ly|buff\.ly|amzn\.to)\/\S+/gi;
const REPOST_PREFIX = /^\s*(?:(?:rt|repost|via|mt)\b[\s:]*)?(?:@[\w.]+[\s:]*)*/i;
const TRAILING_TAGS = /(?:\s*[#@][\p{L}\p{N}_]+)+\s*$/u;
const MIN_WORDS = 5;

/**
 * The part of a post that stays the same when it is reposted: no "RT @user:", no links (shorteners
 * change them), no trailing hashtags, no punctuation or case. Null for texts too short to say that two
 * authors copied each other rather than happened to write the same few words.
 */
export function fingerprint(text: string): string | null {
  let t = text.replace(URL, " ");
  // A repost may stack prefixes ("RT @a: RT @b: …").
  for (let i = 0; i < 3; i++) {
    const next = t.replace(REPOST_PREFIX, "");
    if (next === t) break;
    t = next;
  }
  t = t.replace(TRAILING_TAGS, "");
  const words = wordString(t).trim();
  if (!words || words.split(" ").length < MIN_WORDS) return null;
  // One-shot: no Hash object per mention on the ingest path (the same digest as createHash's).
  return hash("sha1", words, "base64url").slice(0, 22);
}
