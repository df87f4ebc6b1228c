import { GENERATED_LEXICONS } from "./lexicons.generated.js";
import { withoutMarks } from "./matcher.js";
import { type CompiledPack, SENT } from "./packs.js";
import { type Token, token, WORD } from "./text.js";
import { entriesIn, infoOf, type TokenInfo } from "./token-info.js";
import type { LanguagePack } from "./types.js";

/** More parts than this and a split is guesswork ("#thingsyoucantmakeup" is left whole). */
const MAX_PARTS = 4;
/** A part of two letters only when it is a negator ("no"): "le", "ha" and "ok" split names into nonsense. */
const MIN_PART = 3;
/** A brand or name before a known word ("#jetbluefail", "#southworst") is unknown, but not short. */
const MIN_HEAD = 4;
/**
 * The known word after such a head must blame, as "#brandfail" does: "#environnement" is no "environne"
 * that "ment" (lies), and a praise after an unread head may be anything ("#shouldbegood").
 */
const TAIL_VALENCE = 1.5;
/** The known word after such a head must be a word of its own, not a chance ending ("#badminton"). */
const MIN_TAIL = 4;
const MEMO_LIMIT = 20_000;

interface Vocabulary {
  words: ReadonlySet<string>;
  short: ReadonlySet<string>;
  negators: readonly string[];
}

const vocabularies = new WeakMap<CompiledPack, Vocabulary>();
const memos = new WeakMap<CompiledPack, Map<string, string[] | null>>();

/** Every word the language's lists and lexicon spell out, phrase words too ("customer" of "customer_service"). */
function vocabularyOf(c: CompiledPack): Vocabulary {
  let v = vocabularies.get(c);
  if (v) return v;
  const p: LanguagePack = c.pack;
  const words = new Set<string>();
  const add = (spec: string) => {
    for (const item of spec.toLowerCase().split(/\s+/)) {
      const bare = item.replace(/:-?[\d.]+$/, "");
      for (const w of bare.split("_")) {
        const word = w.replace(/\*$/, "");
        if (!/^\p{L}+$/u.test(word) || word.length < MIN_PART) continue;
        words.add(word);
        // "#maipiu", "#nigdywiecej": hashtags are typed without marks more often than words are.
        if (c.code !== "en") words.add(withoutMarks(word));
      }
    }
  };
  // Endings ("ing", "ies") are no words, and the code is none; plain words are listed to be left alone,
  // not to cut hashtags ("#Eintracht" took "racht").
  for (const [key, value] of Object.entries(p)) {
    if (key === "suffixes" || key === "code" || key === "plainWords") continue;
    if (typeof value === "string") add(value);
    else if (value && typeof value === "object")
      for (const inner of Object.values(value as Record<string, unknown>)) {
        if (typeof inner === "string") add(inner);
        else if (inner && typeof inner === "object")
          for (const s of Object.values(inner as Record<string, string>)) add(s);
      }
  }
  // VADER's English is words people type; the other five lexicons are translations whose odd forms
  // ("ment", "vil", "maux") cut French and Italian words into chance pieces.
  if (p.code === "en") add(GENERATED_LEXICONS[p.code] ?? "");
  const negators = p.negators
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => /^\p{L}+$/u.test(w));
  const short = new Set(negators.filter((w) => w.length === 2));
  v = { words, short, negators };
  vocabularies.set(c, v);
  return v;
}

/**
 * The fewest known words that spell `w` ("neveragain" → never again, "worstcustomerservice" → worst
 * customer service), or one unknown head of a name before a known word ("jetbluefail" → jetblue fail),
 * or null. Fewest parts first: "nothappy" is "not happy", never "no thappy".
 */
function segment(w: string, v: Vocabulary, judges: (w: string) => boolean): string[] | null {
  const n = w.length;
  const known = (s: string) => v.words.has(s) || v.short.has(s);
  // best[i]: the fewest known parts spelling w.slice(i), or null.
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[n] = [];
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 2; j <= n; j++) {
      const rest = best[j];
      if (!rest || rest.length >= MAX_PARTS) continue;
      const part = w.slice(i, j);
      if (!known(part)) continue;
      const cand = [part, ...rest];
      const cur = best[i];
      if (!cur || cand.length < cur.length) best[i] = cand;
    }
  }
  const whole = best[0];
  if (whole && whole.length > 1) return whole;
  for (let h = MIN_HEAD; h <= n - MIN_TAIL; h++) {
    const tail = w.slice(h);
    const head = w.slice(0, h);
    if (v.words.has(tail) && judges(tail) && !endsInNegator(head, v)) return [head, tail];
  }
  return null;
}

/** "#ihavenoregrets": a negator the head ends in would turn the tail round, unread. */
function endsInNegator(head: string, v: Vocabulary): boolean {
  for (const n of v.negators) if (head.endsWith(n)) return true;
  return false;
}

const camelMemo = new Map<string, string[] | null>();

/**
 * The words of a hashtag written in camel case ("NeverAgain", "WorstCustomerService"), or null. Kept:
 * a stream repeats its hashtags, and the regular expression was a third of the split's time.
 */
function camelParts(raw: string): string[] | null {
  let parts = camelMemo.get(raw);
  if (parts === undefined) {
    const found = raw.match(/\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu);
    parts = !found || found.length < 2 || found.join("") !== raw ? null : found.map((p) => p.toLowerCase());
    if (camelMemo.size > MEMO_LIMIT) camelMemo.clear();
    camelMemo.set(raw, parts);
  }
  return parts;
}

function judges(p: CompiledPack, w: string): boolean {
  const e = p.index.lookup(w, false)?.find((x) => x.rest.length === 0 && x.value.kind & SENT);
  return e !== undefined && e.value.weight <= -TAIL_VALENCE;
}

/** Asked through the word's cached entries (token-info.ts): the index's own lookup is no cheaper twice. */
function unknown(w: string, packs: readonly CompiledPack[], info: TokenInfo): boolean {
  for (const p of packs) if (p.own.has(w) || entriesIn(info, p, w, false) !== null) return false;
  return true;
}

function partsOf(tag: string, raw: string, packs: readonly CompiledPack[]): string[] | null {
  const camel = camelParts(raw);
  if (camel) return camel;
  for (const p of packs) {
    let memo = memos.get(p);
    if (!memo) {
      memo = new Map();
      memos.set(p, memo);
    }
    let parts = memo.get(tag);
    if (parts === undefined) {
      if (memo.size > MEMO_LIMIT) memo.clear();
      parts = segment(tag, vocabularyOf(p), (x) => judges(p, x));
      memo.set(tag, parts);
    }
    if (parts) return parts;
  }
  return null;
}

/**
 * Hashtags written as one word ("#neveragain", "#worstcustomerservice", "#nothappy") are no word of any
 * lexicon, so the rules never read them; split into the words they spell, they read as if typed apart.
 * Only a hashtag that is not a known word of its own is split ("#fail", "#unacceptable" already read).
 * Returns `tokens` itself when nothing was split. `infos`: the tokens' infos, when gathered already.
 */
export function splitHashtags(
  tokens: Token[],
  packs: readonly CompiledPack[],
  infos?: readonly (TokenInfo | undefined)[],
): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const parts =
      t.kind === WORD &&
      t.hash !== undefined &&
      t.alt === undefined &&
      unknown(t.w, packs, infos?.[i] ?? infoOf(t.w))
        ? partsOf(t.w, t.hash, packs)
        : null;
    if (!parts) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    for (const w of parts) out.push(token(w, WORD, t.caps));
  }
  return out ?? tokens;
}
