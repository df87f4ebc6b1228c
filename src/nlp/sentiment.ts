import { CHURN_VALENCE, churnAt } from "./churn.js";
import { closingStart } from "./closings.js";
import { concededAt } from "./concessions.js";
import { deniedValence } from "./denied-faults.js";
import { emojiValence } from "./emoji.js";
import { ironyAt, POLITE } from "./irony.js";
import type { Entry } from "./matcher.js";
import { noFussAt, noFussWord } from "./no-fuss.js";
import {
  AGAIN,
  CHURN,
  CLOSING,
  CONTRAST,
  type CompiledPack,
  DIM,
  firstOf,
  INT,
  LOW,
  NEG,
  NOT_ONLY,
  SENT,
  SUBJECT,
  type Tag,
  wordIs,
} from "./packs.js";
import { redressAt } from "./redress.js";
import { IN_IF } from "./requests.js";
import { saysNothing } from "./silent-valence.js";
import { BANG, EMOJI, EMOTICON, endsSentence, type Token, WORD } from "./text.js";
import { entriesIn, infoOf, kindsIn, type TokenInfo } from "./token-info.js";

// Constants from VADER (Hutto & Gilbert 2014), where they were fitted on human judgements.
const BOOST = 0.293;
const CAPS = 0.733;
const NEGATE = -0.74;
const BANG_STEP = 0.292;
const ALPHA = 15;

export interface SentimentResult {
  /** VADER-style compound in [-1, 1]. */
  compound: number;
  /** Number of tokens that carried sentiment. */
  hits: number;
  /** Where a problem is told put right, with praise after it (redress.ts), or -1. */
  redress: number;
}

/** Per pack, per token: the index entries of that token (null when none or not a word). */
export type Lookups = (Entry<Tag>[] | null)[][];

export function lookupAll(
  tokens: Token[],
  infos: (TokenInfo | undefined)[],
  packs: readonly CompiledPack[],
): Lookups {
  let kinds = 0;
  const look = packs.map((p, r) =>
    tokens.map((t, i) => {
      const info = infos[i];
      if (!info) return null;
      // The tone rules' anchor words, noted with the kinds (tone-words.ts).
      if (r === 0) kinds |= info.tone;
      const e = entriesIn(info, p, t.w, r === 0);
      if (e || t.alt === undefined) {
        kinds |= kindsIn(info, p, r === 0);
        return e;
      }
      const alt = infoOf(t.alt);
      const a = entriesIn(alt, p, t.alt, r === 0);
      kinds |= kindsIn(alt, p, r === 0);
      return a;
    }),
  );
  textKinds.set(look, kinds);
  return look;
}

const textKinds = new WeakMap<Lookups, number>();

/**
 * Whether any entry of the text, in any language read, is of one of `kinds` (phrases counted whether
 * they match or not): a rule whose words the text lacks is not run. Gathered per word form once
 * (token-info.ts), so the test costs nothing a text; true for lookups made elsewhere.
 */
export function mayHave(look: Lookups, kinds: number): boolean {
  const k = textKinds.get(look);
  return k === undefined || (k & kinds) !== 0;
}

export function anyIs(look: Lookups, j: number, kinds: number): boolean {
  for (const row of look) if (wordIs(row[j] ?? null, kinds)) return true;
  return false;
}

/** Negators that may follow the word they negate (German, French). */
export const POST_NEGATORS: ReadonlySet<string> = new Set([
  "nicht",
  "nich",
  "pas",
  "kein",
  "keinen",
  "keiner",
  "niemand",
  "jamais",
  "nie",
  "niemals",
  "plus",
]);

/**
 * Naming the parcel, the payment or the order says nothing of how it went: a generated lexicon's
 * valence of a topic's subject word ("pay" −0.4, "zapłacić" −0.8) is dropped, and so is any valence of
 * a single letter (elided "l'", "d'"). Hand-written valences stand.
 */
function neutralNoun(e: Entry<Tag>, look: Lookups, i: number, t: Token): boolean {
  if (t.w.length < 2) return true;
  return e.prio === 0 && e.rest.length === 0 && anyIs(look, i, SUBJECT);
}

/** Hand-written single-word valence of `w` in one pack (generated entries are too loose for word parts). */
function ownValence(p: CompiledPack, w: string): number | undefined {
  const e = p.index.lookup(w)?.find((x) => x.rest.length === 0 && x.prio === 1 && x.value.kind & SENT);
  return e && e.value.weight !== 0 ? e.value.weight : undefined;
}

const partsMemo = new WeakMap<CompiledPack, Map<string, number | undefined>>();

/**
 * The valence of a word no lexicon knows, from its parts: Polish glues "nie" to adjectives and
 * participles ("niezadowolony"), German "un" negates an adjective ("unschön", "ungemütlich"). German
 * compounds are not split by their last part: on the train split too many heads were chance endings
 * ("Abschlussklasse", "mitgekriegt", "Vignette").
 */
function partsValence(packs: readonly CompiledPack[], w: string): number | undefined {
  for (const p of packs) {
    if (!p.niePrefix && !p.compounds) continue;
    let memo = partsMemo.get(p);
    if (!memo) {
      memo = new Map();
      partsMemo.set(p, memo);
    }
    if (!memo.has(w)) {
      if (memo.size > 20_000) memo.clear();
      memo.set(w, partsOf(p, w));
    }
    const v = memo.get(w);
    if (v !== undefined) return v;
  }
  return undefined;
}

function partsOf(p: CompiledPack, w: string): number | undefined {
  if (p.niePrefix) {
    const e = w.startsWith("nie") ? firstOf(p.index.lookup(w.slice(3)), SENT, [], 0) : undefined;
    return e && e.rest.length === 0 ? e.value.weight * NEGATE : undefined;
  }
  const un = w.startsWith("un") ? ownValence(p, w.slice(2)) : undefined;
  if (un !== undefined) return un * NEGATE;
  return undefined;
}

/**
 * A conjunction opens a clause of its own: the negator after it negates that clause ("kam beschädigt an
 * und niemand antwortet", "arrivé cassé et personne ne répond"), not the word before it.
 */
const CLAUSE_JOINS: ReadonlySet<string> = new Set(["und", "oder", "aber", "sondern", "et", "ou", "mais"]);

/** German and French negate after the word: "gefällt mir nicht", "j'aime pas". */
function negatedAfter(tokens: Token[], look: Lookups, from: number): boolean {
  for (let k = from; k <= from + 2 && k < tokens.length; k++) {
    const q = tokens[k] as Token;
    if (q.kind !== WORD || CLAUSE_JOINS.has(q.w)) break;
    if (POST_NEGATORS.has(q.w) && anyIs(look, k, NEG)) return true;
  }
  return false;
}

function ownsNegation(look: Lookups, i: number, len: number): boolean {
  for (let k = i; k < i + len; k++) if (anyIs(look, k, NEG)) return true;
  return false;
}

/** "a little" is a diminisher where "little" alone denies: "un poco caro", "ein wenig teuer", "un peu cher". */
const ARTICLES: ReadonlySet<string> = new Set(["un", "uno", "ein", "a", "un'"]);

function afterArticle(tokens: Token[], j: number): boolean {
  const t = tokens[j - 1];
  return t !== undefined && t.kind === WORD && ARTICLES.has(t.w);
}

/** Whether an entry of `kind` (a phrase) starts at token j in any of the text's languages. */
function startsPhrase(look: Lookups, tokens: Token[], j: number, kind: number): boolean {
  for (const row of look) if (firstOf(row[j] ?? null, kind, tokens, j)) return true;
  return false;
}

/**
 * Whether a sentiment phrase opened by the negator at j ends before i: the negator is the phrase's own
 * ("ohne Grund storniert", "sans raison annulée", "for no reason cancelled" negate nothing after it).
 */
function phraseBefore(look: Lookups, tokens: Token[], j: number, i: number): boolean {
  for (const row of look) {
    const e = firstOf(row[j] ?? null, SENT, tokens, j);
    if (e && e.rest.length > 0 && j + e.rest.length < i) return true;
  }
  return false;
}

/** Whether the word after i carries a valence of its own in some language read (a booster's target). */
function valenceNext(look: Lookups, tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.kind !== WORD) return false;
  for (const row of look) {
    const e = firstOf(row[i + 1] ?? null, SENT, tokens, i + 1);
    if (e && e.value.weight !== 0 && !neutralNoun(e, look, i + 1, tokens[i + 1] as Token)) return true;
  }
  return false;
}

/** Whether a language read before `p` has `w` as one of its function words. */
function ownedEarlier(packs: readonly CompiledPack[], p: number, w: string): boolean {
  for (let q = 0; q < p; q++) if ((packs[q] as CompiledPack).own.has(w)) return true;
  return false;
}

/** What the word at i is: its valence, a contrast, or a modifier phrase, and how many tokens it spans. */
function wordAt(tokens: Token[], packs: readonly CompiledPack[], look: Lookups, i: number) {
  const t = tokens[i] as Token;
  let v: number | undefined;
  let len = 1;
  let contrast = false;
  let modifier = 0;
  for (let p = 0; p < packs.length && !ownedEarlier(packs, p, t.w); p++) {
    const cands = look[p]?.[i] ?? null;
    const e = firstOf(cands, SENT | CONTRAST | NOT_ONLY, tokens, i);
    const m = firstOf(cands, INT | DIM | NEG, tokens, i);
    // A modifier phrase ("kind of", "a bit") is no sentiment word of its own ("kind" is positive).
    if (m && m.rest.length > 0 && (!e || m.rest.length > e.rest.length)) {
      modifier = m.value.kind;
      len = m.rest.length + 1;
      break;
    }
    // "super disappointed", "ridiculously slow": a booster that is also a word of its own boosts the
    // word it stands before and says nothing itself (VADER's "super" is +2.9).
    if (
      e &&
      m?.value.kind === INT &&
      m.rest.length === 0 &&
      e.rest.length === 0 &&
      valenceNext(look, tokens, i)
    ) {
      break;
    }
    if (e) {
      len = e.rest.length + 1;
      if (e.value.kind === CONTRAST) contrast = true;
      else if (e.value.kind === SENT && !neutralNoun(e, look, i, t)) v = e.value.weight;
      break;
    }
  }
  return { v, len, contrast, modifier };
}

/** English reads its strict vow; another language its free one, with its own words ("go" is no "już" verb). */
function churnVows(tokens: Token[], packs: readonly CompiledPack[], look: Lookups): number[] {
  // A vow needs a negator, a verb and an "again" word: most texts lack one of the three.
  if (!mayHave(look, NEG) || !mayHave(look, CHURN) || !mayHave(look, AGAIN)) return [];
  if ((packs[0] as CompiledPack).code === "en") return churnAt(tokens, look);
  return churnAt(
    tokens,
    look.filter((_, r) => packs[r]?.code !== "en"),
    true,
  );
}

/**
 * Lexicon sentiment with negation, boosters, capitals, exclamation and "but"-clauses. Each word is
 * looked up in the first language that knows it, so a mixed-language post is scored word by word.
 * `requests`: tokens of plain request questions (requests.ts), whose negative words name the act asked
 * about ("How do I cancel my order?") and judge nothing.
 */
export function scoreSentiment(
  tokens: Token[],
  packs: readonly CompiledPack[],
  look: Lookups,
  requests: Uint8Array | null = null,
): SentimentResult {
  const vals: number[] = [];
  let contrastAt = -1;
  let bangs = 0;
  let phraseMod = 0;
  let phraseEnd = -1;
  const n = tokens.length;
  const post = packs.some((p) => p.postNegation);
  const closing = mayHave(look, CLOSING) ? closingStart(tokens, look) : -1;
  const irony = ironyAt(tokens, look, packs);
  // A problem put right and praised: the story before it counts as before a "but" (redress.ts).
  const redress = redressAt(tokens, look);
  // "malgré la grève" concedes, no fault told (concessions.ts); "sans discuter" praises (no-fuss.ts).
  const [conceded, noFuss] = [concededAt(tokens, look), noFussAt(tokens, look)];
  const signOff: number[] = [];
  let i = 0;
  while (i < n) {
    const t = tokens[i] as Token;
    if (t.kind === EMOJI || t.kind === EMOTICON) {
      const v = emojiValence(t.w);
      if (v !== 0) vals.push(v);
      i++;
      continue;
    }
    if (t.kind === BANG) {
      bangs += t.w.length;
      i++;
      continue;
    }
    if (t.kind !== WORD) {
      i++;
      continue;
    }
    let { v, len, contrast, modifier } = noFussWord(noFuss, i) ?? wordAt(tokens, packs, look, i);
    if (modifier !== 0) {
      phraseMod = modifier;
      phraseEnd = i + len;
      i += len;
      continue;
    }
    if (i >= redress && redress >= 0 && contrastAt < 0 && vals.length > 0) contrastAt = vals.length;
    if (contrast) {
      if (contrastAt < 0 && vals.length > 0) contrastAt = vals.length;
      i += len;
      continue;
    }
    if (v === undefined && t.w.length > 6) v = partsValence(packs, t.w);
    if (v === undefined || saysNothing(v, i, tokens, look, requests, conceded)) {
      i += len;
      continue;
    }
    // "Thanks for losing my bag", "… never came. Awesome!", the "award winning service" (irony.ts).
    if (v > 0 && irony?.[i] === 1 && !(redress >= 0 && i > redress)) v = -v;
    else if (v > 0 && irony?.[i] === POLITE) {
      i += len;
      continue;
    }
    const sign = v > 0 ? 1 : -1;
    if (t.caps) v += sign * CAPS;
    let negated = false;
    // A phrase that says its own negation ("toujours pas", "mai arrivato", "nigdy nie") is not turned
    // round by the negator before it: French, Italian, Spanish and Polish negate twice for one
    // ("n'est toujours pas arrivé", "non è mai arrivato", "no llegó nunca", "nic nie dostałem").
    const own = len > 1 && ownsNegation(look, i, len);
    for (let k = 1, seen = 0; !own && k <= 4 && seen < 3 && i - k >= 0; k++) {
      const j = i - k;
      const p = tokens[j] as Token;
      if (endsSentence(p)) break;
      if (p.kind !== WORD) continue;
      seen++;
      if (
        (anyIs(look, j, NEG) &&
          !startsPhrase(look, tokens, j, NOT_ONLY) &&
          !phraseBefore(look, tokens, j, i)) ||
        (seen === 1 && anyIs(look, j, LOW) && !afterArticle(tokens, j))
      ) {
        negated = true;
        break;
      }
      if (seen <= 2) {
        const scale = seen === 1 ? 1 : 0.95;
        if (anyIs(look, j, INT)) v += sign * BOOST * scale;
        else if (anyIs(look, j, DIM)) v -= sign * BOOST * scale;
      }
    }
    if (!negated && !own && post) negated = negatedAfter(tokens, look, i + len);
    if (phraseMod !== 0 && i - phraseEnd <= 1) {
      if (phraseMod === NEG) negated = !negated;
      else v += (phraseMod === INT ? sign : -sign) * BOOST;
    }
    phraseMod = 0;
    // A fault denied for another told ("wasn't delayed, it was lost") is no praise (denied-faults.ts).
    if (negated) v = v < 0 ? deniedValence(tokens, look, i, len, v, NEGATE) : v * NEGATE;
    // A negated good word in a case asked about ("if the size doesn't fit", clauses.ts) reports nothing.
    if (closing >= 0 && i >= closing && v > 0) signOff.push(v);
    else if (v !== 0 && !(v < 0 && requests?.[i] === IN_IF)) vals.push(v);
    i += len;
  }
  // A sign-off thanks for what the text praised, and is politeness after anything else (closings.ts).
  if (redress >= 0 || vals.some((v) => v > 0)) vals.push(...signOff);
  // Counted as the last words of the text, where such a vow stands ("…, but I will never fly you again").
  for (const _ of churnVows(tokens, packs, look)) vals.push(CHURN_VALENCE);
  let sum = 0;
  for (let k = 0; k < vals.length; k++) {
    const v = vals[k] as number;
    sum += contrastAt < 0 ? v : k < contrastAt ? v * 0.5 : v * 1.5;
  }
  if (sum !== 0 && bangs > 0) sum += Math.sign(sum) * Math.min(bangs, 4) * BANG_STEP;
  return { compound: sum / Math.sqrt(sum * sum + ALPHA), hits: vals.length, redress };
}
