import { decodeHTML } from "entities";
/** Token kinds, kept as small integers so the hot loop compares numbers. */
export const WORD = 0;
export const EMOJI = 1;
export const EMOTICON = 2;
export const BREAK = 3;
export const BANG = 4;
export const QUESTION = 5;
export const MENTION = 6;

export interface Token {
  /** Lower-cased surface form (emoji and emoticons as written). */
  w: string;
  kind: number;
  /** Written in capitals while the text as a whole is not (emphasis). */
  caps: boolean;
  /** A stretched word with its runs single ("nieeee" → "nie"), for when `w` ("niee") is no entry. */
  alt?: string | undefined;
  /** A hashtag's word as written ("NeverAgain"), for hashtags.ts to split. */
  hash?: string | undefined;
  /** Where the double quote it stands in opens (its text offset): words of one quote share it (irony.ts). */
  quote?: number | undefined;
}

/**
 * Every token is built with all its fields, so the hot loops that read them see one object shape: tokens
 * of five shapes (a field added to some) made the whole classifier a fifth slower.
 */
export function token(w: string, kind: number, caps: boolean, alt?: string, hash?: string): Token {
  return { w, kind, caps, alt, hash, quote: undefined };
}

/** Whether a token ends a sentence or clause: a full stop, comma, line break, "?" or "!". */
export const endsSentence = (t: Token): boolean => t.kind === BREAK || t.kind === QUESTION || t.kind === BANG;

/** Whether a token ends a whole sentence: a full stop, line break, "?" or "!", not a comma. */
export const endsFullSentence = (t: Token): boolean =>
  t.kind === QUESTION || t.kind === BANG || (t.kind === BREAK && t.w !== ",");

/** Three or more of one letter: "sooo", "nieee", "perfettooo" (no word of our languages has them). */
const STRETCH = /(\p{L})\1{2,}/u;
const STRETCH_ALL = /(\p{L})\1{2,}/gu;

// Emoticons stand apart: "10:30" holds no ":3" and "(NYSE, MD):" no "):".
const TOKEN_RE =
  /(https?:\/\/\S+|www\.\S+)|(@[\p{L}\p{N}_]+)|#?([\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*)|(<\/?3+|(?<!\p{N})[:;=][-'’^o]?[()[\]DPpOo3/\\|*@$]+(?![\p{L}\p{N}])|(?<![\p{L}\p{N}]):c(?![\p{L}\p{N}])|\^\^|\^_\^|-_-|-\.-|\._\.|;[-_]+;|(?<![^\s])[)(][-^]?[:;=](?![\p{L}\p{N}]))|(\p{Extended_Pictographic}(?:\uFE0F)?)|(!+)|(\?+)|([.,;:…\n]+)/gu;

/** Elided articles and pronouns of French and Italian ("n'est", "l'article", "dell'ordine"). */
export const ELISIONS: ReadonlySet<string> = new Set([
  "l",
  "d",
  "n",
  "j",
  "m",
  "t",
  "s",
  "c",
  "qu",
  "jusqu",
  "lorsqu",
  "puisqu",
  "un",
  "dell",
  "all",
  "dall",
  "nell",
  "sull",
  "quell",
  "quest",
  "anch",
  "po",
  "com",
  "dov",
  "c'è",
]);

const LAUGH_START = new Set([..."xhjalm"].map((c) => c.charCodeAt(0)));
const LAUGH_RE = /^(x+d+|(?:ha){2,}h?|(?:ja){2,}j?|(?:ah){2,}|(?:hi){2,}|(?:haha)+|lol+|mdr+|jaja+|hehe+)$/;

/**
 * Tweets as the platform's API and most exports give them have `&`, `<` and `>` escaped ("I &lt;3 it",
 * "&gt;:(", "fast &amp; cheap"): read as written, the heart and the frown are lost and "amp" and "lt"
 * become words. Only a text with an entity in it is decoded.
 */
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i;

const COMMAS = /^,+$/;
/** A quote of one line: straight, curly or German quotes, and guillemets. */
const QUOTE_RE = /["“„«]([^"“”„«»\n]{1,80})["”“»]/g;
const HAS_QUOTE = /["“„«]/;

/** Each quoted span of the text as [opening offset, closing offset]. */
function quotedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(text); m !== null; m = QUOTE_RE.exec(text))
    out.push([m.index, m.index + m[0].length]);
  return out;
}

function quoteAt(quotes: [number, number][], at: number): number | undefined {
  for (const [from, to] of quotes) if (at > from && at < to) return from;
  return undefined;
}

function markQuoted(out: Token[], from: number, quote: number | undefined): void {
  if (quote !== undefined) for (let k = from; k < out.length; k++) (out[k] as Token).quote = quote;
}

export function tokenize(raw: string): Token[] {
  const text = ENTITY.test(raw) ? decodeHTML(raw) : raw;
  const out: Token[] = [];
  let capsWords = 0;
  let longWords = 0;
  const quotes = HAS_QUOTE.test(text) ? quotedSpans(text) : null;
  let quoted = 0;
  let quote: number | undefined;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    // The tokens the last match gave stand where it stood (a quote or none).
    if (quotes) {
      markQuoted(out, quoted, quote);
      quoted = out.length;
      quote = quoteAt(quotes, m.index);
    }
    if (m[1] !== undefined) continue;
    if (m[2] !== undefined) {
      out.push(token(m[2].toLowerCase(), MENTION, false));
      continue;
    }
    const word = m[3];
    if (word !== undefined) {
      const lower = word.toLowerCase();
      const caps = word.length >= 3 && lower !== word && word === word.toUpperCase();
      if (word.length >= 3) {
        longWords++;
        if (caps) capsWords++;
      }
      if (LAUGH_START.has(lower.charCodeAt(0)) && LAUGH_RE.test(lower)) {
        out.push(token(":)", EMOTICON, false));
        continue;
      }
      let apo = lower.indexOf("'");
      if (apo < 0) apo = lower.indexOf("’");
      if (apo > 0) {
        const head = lower.slice(0, apo);
        if (ELISIONS.has(head)) {
          out.push(token(head, WORD, caps));
          out.push(token(lower.slice(apo + 1), WORD, caps));
          continue;
        }
        out.push(token(lower.replace("’", "'"), WORD, caps));
        continue;
      }
      if (STRETCH.test(lower)) {
        // Double first: "goooood" is "good", not "god"; "sooo" falls back to "so".
        const alt = lower.replace(STRETCH_ALL, "$1");
        out.push(token(lower.replace(STRETCH_ALL, "$1$1"), WORD, caps, alt));
        continue;
      }
      out.push(token(lower, WORD, caps, undefined, m[0].charCodeAt(0) === 35 ? word : undefined));
      continue;
    }
    if (m[4] !== undefined) out.push(token(m[4], EMOTICON, false));
    else if (m[5] !== undefined) out.push(token(m[5].replace("\uFE0F", ""), EMOJI, false));
    else if (m[6] !== undefined) out.push(token(m[6], BANG, false));
    // "??" insists: a repeated mark is no plain question (requests.ts).
    else if (m[7] !== undefined) out.push(token(m[7].length > 1 ? "??" : "?", QUESTION, false));
    // A comma is kept apart: a clause is no sentence (irony.ts's lone praise).
    else out.push(token(COMMAS.test(m[0]) ? "," : ".", BREAK, false));
  }
  if (quotes) markQuoted(out, quoted, quote);
  // A text written all in capitals shouts everywhere, which is no emphasis of single words.
  if (capsWords >= 3 && capsWords === longWords) for (const t of out) t.caps = false;
  return out;
}
