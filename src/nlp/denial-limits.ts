import { sentenceAround } from "./sentence-spans.js";
import { type Token, WORD } from "./text.js";

/**
 * Where a denial of a fault takes back nothing (feared and denied faults pass, docs/classification.md):
 * a denial told as someone's claim ("No hidden costs, they said", "Angeblich keine versteckten Kosten",
 * "Soi-disant pas de frais cachés") is the promise the complaint holds against them, and "No
 * complaints about A, but B" complains about B. Written for Firebreak.
 */

/** Words before a denial that make it someone's claim: "supposedly no fees", "angeblich keine Kosten". */
const CLAIMED: ReadonlySet<string> = new Set([
  "supposedly",
  "allegedly",
  "angeblich",
  "vermeintlich",
  "disant",
  "prétendument",
  "presuntamente",
  "supuestamente",
  "presumibilmente",
  "apparentemente",
  "rzekomo",
  "podobno",
]);

/** Saying verbs after a denial in its sentence: "no hidden costs, they said", "hieß es", "dicevano". */
const SAID: ReadonlySet<string> = new Set([
  "said",
  "claimed",
  "promised",
  "advertised",
  "sagten",
  "hieß",
  "versprachen",
  "behaupteten",
  "disaient",
  "promettaient",
  "dit",
  "dicevano",
  "detto",
  "promesso",
  "dijeron",
  "decían",
  "prometieron",
  "mówili",
  "obiecywali",
  "twierdzili",
]);

/** The "but" that opens the clause a complaint is about: "no complaints about A, but B". */
const BUTS: Record<string, ReadonlySet<string>> = {
  en: new Set(["but", "however"]),
  de: new Set(["aber", "jedoch"]),
  fr: new Set(["mais"]),
  it: new Set(["ma", "però"]),
  es: new Set(["pero"]),
  pl: new Set(["ale", "jednak"]),
};

/** "As they said", "wie versprochen", "comme promis", "come promesso", "como dijeron", "jak obiecywali": kept. */
const AS: ReadonlySet<string> = new Set(["as", "wie", "comme", "come", "como", "jak"]);

function confirmed(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j] as Token;
    if (t.kind !== WORD) return false;
    if (AS.has(t.w)) return true;
  }
  return false;
}

/** Whether the denial at i is someone's claim: a claiming word before it or a saying verb in its sentence. */
export function claimedDenial(tokens: Token[], i: number): boolean {
  const [a, end] = sentenceAround(tokens, i);
  for (let k = a; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== WORD) continue;
    if (k < i && CLAIMED.has(t.w)) return true;
    if (k > i && SAID.has(t.w) && !confirmed(tokens, k)) return true;
  }
  return false;
}

/** Whether a "but" follows i in its sentence: the complaint denied before it is told after it. */
export function butAfter(tokens: Token[], i: number, code: string): boolean {
  const buts = BUTS[code];
  if (!buts) return false;
  const [, end] = sentenceAround(tokens, i);
  for (let k = i + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.kind === WORD && buts.has(t.w)) return true;
  }
  return false;
}
