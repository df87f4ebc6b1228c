import { COMPLAINT, firstOf, PROBLEM, SENT } from "./packs.js";
import { IN_IF } from "./requests.js";
import { type Lookups, mayHave } from "./sentiment.js";
import { endsFullSentence, type Token, WORD } from "./text.js";
import { anchorStems, anchorWords, FEAR_WORDS } from "./tone-words.js";

/**
 * A fault feared, then turned by "but" into what did happen (feared and denied faults pass, docs/classification.md):
 * "I was worried it would arrive late but it came on time", "Ich hatte Angst, dass es zu spät kommt,
 * aber …", "J'avais peur qu'il soit cassé, mais …", "Temevo che arrivasse in ritardo, ma …", "Tenía
 * miedo de que llegara tarde, pero …", "Bałam się, że nie dojdzie, ale …". What was feared is a case,
 * not a fault told: from the fear word to the "but" is marked IN_IF, as an "if" clause asked about is
 * (clauses.ts), so neither its fault words (topics.ts) nor its negative words (sentiment.ts) count.
 * Only a fear in the past: "I'm worried it is lost but nobody answers" fears what may be so now.
 * Without the "but" the fear may have come true ("I was worried it would be late and it was"), and a
 * fear denied ("I wasn't worried until it arrived broken") feared nothing, and a "but" that tells a
 * fault or a bad word ("but it was lost") tells the fear come true: all stay as they are.
 * Written for Firebreak. Fear verbs in the past, `*` ends a stem.
 */
const FEARED: Record<string, string> = {
  en: "feared",
  de: "befürchtete* fürchtete*",
  fr: "craignais craignait craignions appréhendais",
  it: "temevo temevamo temeva",
  es: "temía temíamos",
  pl: "bałam bałem baliśmy bałyśmy obawiał* martwiłam martwiłem",
};
/** Fear nouns and adjectives, feared in the past after an auxiliary of PAST (two words before at most). */
const FEAR: Record<string, string> = {
  en: "worried afraid scared concerned nervous anxious",
  de: "angst sorge sorgen bedenken",
  fr: "peur inquiet inquiète inquiets inquiètes",
  it: "paura preoccupat* timore",
  es: "miedo preocupad* temor",
};
const PAST: Record<string, string> = {
  en: "was were been",
  de: "hatte hatten war waren",
  fr: "avais avait avions étais était étions",
  it: "avevo aveva avevamo ero era eravamo",
  es: "tenía teníamos estaba estábamos",
};
/** The "but" that turns the fear, in the fear's sentence or opening the next one. */
const BUTS: Record<string, string> = {
  en: "but however",
  de: "aber jedoch doch",
  fr: "mais",
  it: "ma però",
  es: "pero",
  pl: "ale jednak",
};
/** Negators just before a fear word deny the fear ("not worried", "keine Angst", "nie bałam się"). */
const NOT_BEFORE: Record<string, string> = {
  en: "not wasn't weren't never no",
  de: "nicht keine kein nie",
  fr: "pas jamais aucune",
  it: "non nessuna mai",
  es: "no ningún ningun nunca",
  pl: "nie",
};

type Words = { words: Set<string>; stems: string[] };
const words = (s: string): Words => {
  const all = s.split(" ");
  return {
    words: new Set(all.filter((w) => !w.endsWith("*"))),
    stems: all.filter((w) => w.endsWith("*")).map((w) => w.slice(0, -1)),
  };
};
const sets = (m: Record<string, string>) =>
  new Map(Object.entries(m).map(([k, v]) => [k, words(v)] as const));
const FEARED_SETS = sets(FEARED);
const FEAR_SETS = sets(FEAR);
const PAST_SETS = sets(PAST);
const BUT_SETS = sets(BUTS);
const NOT_SETS = sets(NOT_BEFORE);

const has = (ws: Words | undefined, w: string): boolean =>
  ws !== undefined && (ws.words.has(w) || ws.stems.some((s) => w.startsWith(s)));

// fearAt is true only on a fear verb or a fear word (of any language): lookupAll notes them per text, so
// a text without one is not walked word by word.
for (const table of [FEARED_SETS, FEAR_SETS])
  for (const ws of table.values()) {
    anchorWords(ws.words, FEAR_WORDS);
    anchorStems(ws.stems, FEAR_WORDS);
  }

/** Whether the word at i fears in the past: a past fear verb, or a fear word after a past auxiliary. */
function fearAt(tokens: Token[], i: number, lang: string): boolean {
  const w = (tokens[i] as Token).w;
  if (has(FEARED_SETS.get(lang), w)) return true;
  return has(FEAR_SETS.get(lang), w) && wordBefore(tokens, i, PAST_SETS.get(lang));
}

/**
 * Whether a word of `ws` stands among the three words before i, no mark between: a past auxiliary before a
 * fear word, or a negator denying the fear ("I wasn't really worried", "nie bałam się").
 */
function wordBefore(tokens: Token[], i: number, ws: Words | undefined): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== WORD) return false;
    if (has(ws, t.w)) return true;
  }
  return false;
}

/** The "but" after the fear at i: in its sentence, or opening the next one; -1 when none. */
function turnAfter(tokens: Token[], i: number, but: Words | undefined): number {
  let ended = false;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.kind === WORD && has(but, t.w)) return j;
    if (ended && t.kind === WORD) return -1;
    if (endsFullSentence(t)) {
      if (ended) return -1;
      ended = true;
    }
  }
  return -1;
}

/**
 * Whether what follows the "but" at j, to the end of its sentence, says nothing bad: "but it was lost",
 * "mais toujours pas de colis" tell the fear come true, and the fear stays a fault told.
 */
function turnsWell(tokens: Token[], look: Lookups, j: number): boolean {
  for (let k = j + 1; k < tokens.length && !endsFullSentence(tokens[k] as Token); k++) {
    const row = look[0]?.[k] ?? null;
    if (firstOf(row, PROBLEM | COMPLAINT, tokens, k)) return false;
    const e = firstOf(row, SENT, tokens, k);
    if (e && e.value.weight < 0) return false;
  }
  return true;
}

/** Adds IN_IF over faults feared then turned by "but" to a request mask (null when it has nothing). */
export function fearedFaults(
  tokens: Token[],
  look: Lookups,
  lang: string,
  mask: Uint8Array | null,
): Uint8Array | null {
  if (!FEARED_SETS.has(lang) || !mayHave(look, FEAR_WORDS)) return mask;
  let out = mask;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== WORD || !fearAt(tokens, i, lang) || wordBefore(tokens, i, NOT_SETS.get(lang))) continue;
    const turn = turnAfter(tokens, i, BUT_SETS.get(lang));
    if (turn < 0 || !turnsWell(tokens, look, turn)) continue;
    out ??= new Uint8Array(tokens.length);
    for (let j = i; j < turn; j++) if (out[j] === 0) out[j] = IN_IF;
    i = turn;
  }
  return out;
}
