import { amountsTold } from "./amounts-told.js";
import { subjectFaults, titleLetdown } from "./subject-faults.js";
import type { SubjectLine } from "./subject-line.js";
import { waitsInDigits } from "./waits-in-digits.js";

/**
 * Faults told by what the tokens lose (twenty-third pass, English, German, Polish): amounts of money with
 * their signs and decimals (amounts-told.ts), a ticket's subject line before its dash (subject-faults.ts)
 * and waits in digits beside a channel of service (waits-in-digits.ts). Read from the text as written.
 */
const READS: ReadonlySet<string> = new Set(["en", "de", "pl"]);

/**
 * Adds to `problems` the topics these rules find; `negative`: the words read negative. Returns whether
 * any was found.
 */
export function rawTextFaults(
  text: string,
  code: string,
  line: SubjectLine | null,
  negative: boolean,
  problems: Set<string>,
): boolean {
  if (!READS.has(code)) return false;
  // A fault told counts even when the words named its topic already ("on hold" is customer service's
  // before "for 1 hour 20 minutes" says how long): the figures make it a fault, not the topic word.
  const found = [...amountsTold(text, code), ...subjectFaults(line, code)];
  if (waitsInDigits(text, code)) found.push("customer_service");
  // A disappointed review's title: the product's, unless the body names the fault's topic itself.
  if (found.length === 0 && problems.size === 0 && negative && titleLetdown(line, code))
    found.push("product_quality");
  for (const t of found) problems.add(t);
  return found.length > 0;
}

/** Words this warm praise in earnest; below it, beside a fault told in figures, they are politeness or irony. */
const EARNEST_PRAISE = 0.75;

/**
 * The score of a text that tells a fault in figures or in its subject line: a message sent to report
 * one ("52 minutes. Clearly.", "Paid $129 … It's $89 today … Cool cool cool", "Sehr geehrte Damen und
 * Herren, … geliefert wurde es in Beige") reads negative unless its words praise in earnest.
 */
export function factsOutweigh(score: number, negativeAt: number): number {
  return score < EARNEST_PRAISE ? Math.min(score, negativeAt - 0.05) : score;
}
