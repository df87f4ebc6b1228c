import { leakJudge } from "./leak-sense.js";
import { type Token, WORD } from "./text.js";
import type { Topic } from "./topics-list.js";

/**
 * Words whose review sense names no topic of theirs (review vocabulary audit, docs/classification.md):
 * - A battery's charge is no bill. English "charge" names the price and payment topics ("they charged me
 *   twice"), and a word no language knew better was looked up in English, so "Stopped charging after a
 *   month" and French "Ne charge plus" read price and payment. The device's sense: a stop or a negation
 *   before it ("stopped charging", "won't charge", "ne charge plus") with no one charged after it ("stopped
 *   charging me", "doesn't charge for delivery"), a kind of charging before it ("fast charging"), a thing
 *   of charging after it ("charging cable", "charge port"), or a battery named in the text. Outside
 *   English the English words are no bill's at all: French "charge" is a load or a battery's charge.
 * - "Cracking" praises in British English ("a cracking little speaker") where it is not a fault ("the
 *   case is cracking"): after "a" or a word of degree, or before a word of value, and never before a noise.
 * - French "coutures" and Spanish "costuras" (seams), Italian "costume" (swimsuit) are "coût*" typed without its
 *   circumflex and "cost*": no cost.
 */
const CHARGE = /^charg(?:e|es|ed|ing)$/u;
const STOPS = new Set(
  "stopped stops stop won't wont doesn't doesnt didn't didnt don't dont isn't isnt not never longer barely hardly fast quick rapid slow wireless usb properly fully".split(
    " ",
  ),
);
/** Who or what is charged for: the bill's sense after the verb. */
const CHARGED = new Set(
  "me us you him her them my our your their for twice extra more customers people anyone everyone fees a an the tax vat shipping delivery postage".split(
    " ",
  ),
);
const CHARGING_THINGS = new Set(
  "cable cables port ports pad pads case dock station stand speed speeds time times brick lead leads socket block plug adapter adaptor light indicator".split(
    " ",
  ),
);
const BATTERY = /^(?:batter(?:y|ies)|chargers?|powerbank|usb)$/u;
const CRACKING_BEFORE = new Set("a absolutely really just bloody pretty proper".split(" "));
const CRACKING_AFTER = new Set(
  "little value price deal gift buy job product piece bit read quality good great".split(" "),
);
/** Seams and costumes, "coutures", "costuras", "costume": "coût*" and "cost*" typed bare. */
const SEAMS = /^(?:coutur|costur|costum)/u;
const NOISE = /^(?:noises?|sounds?)$/u;

function wordAt(tokens: readonly Token[], i: number): string {
  const t = tokens[i];
  return t && t.kind === WORD ? t.w : "";
}

function batteryCharge(tokens: readonly Token[], i: number, battery: () => boolean): boolean {
  const next = wordAt(tokens, i + 1);
  if (CHARGING_THINGS.has(next)) return true;
  if (CHARGED.has(next)) return false;
  if (STOPS.has(wordAt(tokens, i - 1))) return true;
  return battery();
}

function praisingCrack(tokens: readonly Token[], i: number): boolean {
  const next = wordAt(tokens, i + 1);
  if (NOISE.test(next)) return false;
  return CRACKING_BEFORE.has(wordAt(tokens, i - 1)) || CRACKING_AFTER.has(next);
}

/**
 * For one text: whether a lexicon entry headed by the word at i may give `topic`. The leak's sense
 * (leak-sense.ts) and the senses above in one judge; whether a battery is named is read once a text.
 */
export function senseJudge(tokens: readonly Token[], code: string): (i: number, topic: Topic) => boolean {
  const leakAllows = leakJudge(tokens, code);
  let named: boolean | undefined;
  const battery = () => {
    named ??= tokens.some((t) => t.kind === WORD && BATTERY.test(t.w));
    return named;
  };
  return (i, topic) => {
    if (!leakAllows(tokens[i]?.w ?? "", topic)) return false;
    const w = wordAt(tokens, i);
    if (topic === "price" || topic === "payment") {
      if (CHARGE.test(w)) return code === "en" && !batteryCharge(tokens, i, battery);
      return !SEAMS.test(w);
    }
    if (topic === "product_quality" && w === "cracking" && code === "en") return !praisingCrack(tokens, i);
    return true;
  };
}
