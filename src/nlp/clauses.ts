import { firstOf, SENT, WHY } from "./packs.js";
import { IN_IF, IN_WHY, PRESSING } from "./requests.js";
import type { Lookups } from "./sentiment.js";
import { BANG, BREAK, endsSentence, QUESTION, type Token, WORD } from "./text.js";

/**
 * Words that open a condition, per language, as token sequences: "What happens if my parcel gets
 * lost?", "Co się stanie, jeśli paczka zaginie?", "Falls die Zahlung fehlschlägt, …?". Written for
 * Firebreak. French and Spanish "si" is also "so" ("c'est si dur") and "yes": it opens a condition only
 * before a subject, article or pronoun (SI_BEFORE). Polish "jak" ("if", "how") is left out: "jak to
 * możliwe?" complains.
 */
const IFS: Record<string, string[][]> = {
  en: [["if"], ["in", "case"]],
  pl: [["jeśli"], ["jesli"], ["jeżeli"], ["jezeli"], ["gdyby"], ["w", "razie"]],
  de: [["wenn"], ["falls"], ["sofern"], ["im", "falle"]],
  fr: [["si"], ["s", "il"], ["s", "ils"], ["au", "cas"]],
  it: [["se"], ["qualora"], ["nel", "caso"], ["in", "caso"]],
  es: [["si"], ["en", "caso"], ["por", "si"]],
};
const SI_BEFORE: Record<string, Set<string>> = {
  fr: new Set(
    "je j tu il elle on nous vous ils elles le la les l mon ma mes ton ta tes son sa ses notre votre vos leur leurs ça ce c cela un une des du aucun personne rien ne n".split(
      " ",
    ),
  ),
  es: new Set(
    "el la los las lo le les me te se mi mis tu tus su sus nuestro nuestra vuestro vuestra no un una unos unas yo algo alguien nadie ya".split(
      " ",
    ),
  ),
};

/**
 * "Anyone" and "nobody" words, and verbs of answering or reading (prefixes), per language: a question
 * holding both complains that nobody answers ("is anyone going to answer me?", "czy ktoś w końcu
 * odpisze?", "Liest bei euch überhaupt jemand E-Mails?"). Written for Firebreak.
 */
const ANYONE: Record<string, Set<string>> = {
  en: new Set(["anyone", "anybody", "someone", "somebody", "nobody", "noone"]),
  pl: new Set(["ktoś", "ktos", "nikt"]),
  de: new Set(["jemand", "irgendwer", "irgendjemand", "niemand"]),
  fr: new Set(["quelqu'un", "quelquun", "personne"]),
  it: new Set(["qualcuno", "nessuno"]),
  es: new Set(["alguien", "nadie"]),
};
const ANSWERS: Record<string, RegExp> = {
  en: /^(?:answer|repl|respond|read|get back)/,
  pl: /^(?:odpis|odpowi|czyta|odezw|oddzwoni)/,
  de: /^(?:antwort|liest|lesen|meldet|zurückruf|zurückschreib)/,
  fr: /^(?:répond|repond|lit$|lisez|lire$|rappel)/,
  it: /^(?:rispond|rispost|legge|richiam)/,
  es: /^(?:contest|respond|lee$|leen$|leer$|llam)/,
};

/** "Is anyone else reading…?" asks who else, not who answers. */
const ELSE = new Set(["else", "jeszcze", "sonst", "anders", "autre", "altro", "más", "mas"]);

/**
 * A word this negative in an "if" clause judges ("piove merda", "politica stantia"): a rhetorical "if",
 * not a case asked about. Stricter than requests.ts's JUDGEMENT (−2), which kept "lost", "perdu" and
 * "verloren" clauses reported (train split and the tuning half, 2026-12-06).
 */
const IF_JUDGEMENT = -2.5;

/**
 * Whether a word of from..to judges: see IF_JUDGEMENT. A function word of the text's own language
 * (`own`) is not read in a later one, as in sentiment.ts: German "die" (English −2.9) judged every
 * "wenn die …" clause (eighteenth pass).
 */
function judges(
  look: Lookups,
  tokens: Token[],
  from: number,
  to: number,
  own?: ReadonlySet<string>,
): boolean {
  for (let j = from; j < to; j++)
    for (let r = 0; r < look.length; r++) {
      if (r > 0 && own?.has((tokens[j] as Token).w)) break;
      const e = firstOf(look[r]?.[j] ?? null, SENT, tokens, j);
      if (e && e.value.weight <= IF_JUDGEMENT) return true;
    }
  return false;
}

/**
 * Whether a "why" follows the condition in its question: "if there is a processing error, why do you
 * send out tickets?" holds the problem as true and complains (an airline tweet the rule first missed).
 */
function asksWhy(look: Lookups, tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++)
    if (firstOf(look[0]?.[j] ?? null, WHY, tokens, j) !== undefined) return true;
  return false;
}

/** Length of the condition opener of `lang` at token i, 0 when none. */
function ifAt(lang: string, tokens: Token[], i: number): number {
  for (const seq of IFS[lang] ?? []) {
    if (!seq.every((w, k) => tokens[i + k]?.kind === WORD && tokens[i + k]?.w === w)) continue;
    const si = SI_BEFORE[lang];
    if (seq.length === 1 && seq[0] === "si" && si && !si.has(tokens[i + 1]?.w ?? "")) continue;
    return seq.length;
  }
  return 0;
}

/** The "?" that closes the question token i is in (no "!" before it), or -1. */
function questionClose(tokens: Token[], i: number): number {
  for (let j = i; j < tokens.length; j++) {
    const k = (tokens[j] as Token).kind;
    if (k === QUESTION) return j;
    if (k === BANG) return -1;
  }
  return -1;
}

/**
 * Adds to a request mask (requests.ts; null when it has nothing) the tokens of "if" clauses inside
 * questions (IN_IF: a problem there is a case asked about, not one reported) and, as PRESSING, the
 * "anyone" of a question about being answered (a complaint). `lang`: the language the text is read in
 * first, `own` its function words. Only questions closed by "?" count: "If this doesn't arrive by Friday I'm cancelling." reports.
 */
export function clauseMask(
  tokens: Token[],
  look: Lookups,
  lang: string,
  mask: Uint8Array | null,
  own?: ReadonlySet<string>,
): Uint8Array | null {
  const anyone = ANYONE[lang];
  const answers = ANSWERS[lang];
  let out = mask;
  let clause = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (endsSentence(t)) clause = i + 1;
    if (t.kind !== WORD) continue;
    const len = ifAt(lang, tokens, i);
    if (len > 0) {
      const close = questionClose(tokens, i);
      if (close < 0) continue;
      let end = i + len;
      while (end < close && (tokens[end] as Token).kind !== BREAK) end++;
      if (judges(look, tokens, i, end, own) || asksWhy(look, tokens, i + len, close)) continue;
      out ??= new Uint8Array(tokens.length);
      for (let j = i; j < end; j++) if (out[j] === 0) out[j] = IN_IF;
      i = end - 1;
    } else if (anyone?.has(t.w) && answers && !ELSE.has(tokens[i + 1]?.w ?? "")) {
      // Both in the clause the "?" closes: "…odpowiadać na pytania. … czy ktoś…?" is not one question.
      const close = questionClose(tokens, i);
      if (close < 0 || tokens.slice(i, close).some((x) => x.kind === BREAK)) continue;
      let said = false;
      for (let j = clause; j < close && !said; j++)
        said = j !== i && (tokens[j] as Token).kind === WORD && answers.test((tokens[j] as Token).w);
      if (!said) continue;
      out ??= new Uint8Array(tokens.length);
      if (out[i] !== IN_WHY) out[i] = PRESSING;
    }
  }
  return out;
}
