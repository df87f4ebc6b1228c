import { COMPLAINT, firstOf, NEG, PROBLEM } from "./packs.js";
import { valenceAt } from "./redress.js";
import { anyIs, type Lookups } from "./sentiment.js";
import { endsSentence, QUESTION, type Token, WORD } from "./text.js";

/**
 * A lone praise closing a text whose fault was told sentences before it, or beside a negation of its
 * own: "… la page de paiement affiche une erreur, ma carte a été débitée mais pas de commande. Génial.",
 * "Kaufnest beim Sale-Start komplett lahm. … Bestellung steht nirgends. Super." (fifth writer's social
 * mentions). irony.ts reads "Great." as irony only after a sentence that fails and negates nothing, so a
 * "pas" anywhere in it ("mais pas de commande") or a last sentence that tells no fault of its own ("steht
 * nirgends") hid the irony. Here each word's negation is its own (a negator up to three words before it),
 * and every sentence before counts; any praise before ("Late, but the dress is gorgeous. Perfect!") keeps
 * the closing earnest, and so does a fault told put right (redress.ts, read in sentiment.ts).
 */

/** A word this strong blames ("erreur", "lahm"); "refund" (−0.5) names a thing. */
const BLAME = -1;
/** A word this strong praises: earlier praise makes the closing earnest. */
const PRAISE = 1;
/** Words before a word that a negator of it stands among. */
const NEGATOR_REACH = 3;

/** Whether a negator stands among the few words before k in its sentence. */
function negatedBefore(tokens: Token[], look: Lookups, k: number): boolean {
  for (let j = k - 1, seen = 0; j >= 0 && seen < NEGATOR_REACH; j--) {
    const t = tokens[j] as Token;
    if (endsSentence(t)) return false;
    if (t.kind !== WORD) continue;
    seen++;
    if (anyIs(look, j, NEG)) return true;
  }
  return false;
}

/**
 * Whether the text before the closing [start, end) tells a fault (a problem, or blame not negated) and
 * praises nothing. A closing asked ("… Over an hour now. Help?") pleads: no irony.
 */
export function failureEarlier(tokens: Token[], look: Lookups, start: number, end: number): boolean {
  if (tokens[end]?.kind === QUESTION) return false;
  let failed = false;
  for (let k = start - 1; k >= 0; k--) {
    // A negator ("no" −1.2) blames nothing of its own: it denies the word after it.
    if ((tokens[k] as Token).kind !== WORD || anyIs(look, k, NEG)) continue;
    const v = valenceAt(look, tokens, k);
    let problem = false;
    for (const row of look) if (firstOf(row[k] ?? null, PROBLEM | COMPLAINT, tokens, k)) problem = true;
    // "No problems at all. Perfect.", "Not bad. Great!": a fault denied is none.
    const negated = (v !== 0 || problem) && negatedBefore(tokens, look, k);
    if (v >= PRAISE && !negated) return false;
    if (!negated && (problem || v <= BLAME)) failed = true;
  }
  return failed;
}
