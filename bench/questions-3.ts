/**
 * The eleventh pass's fresh set (src/nlp/test-questions-3.ts) read by the shipped classifier, language
 * given, per language and half (tuning: even index, held-out: odd index): FAQ questions with a problem
 * inside an "if" clause read as a complaint / negative (want none), complaint questions without "why"
 * read as a complaint / negative (want all), controls with the right polarity and the right complaint
 * flag. Run: npx tsx bench/questions-3.ts [--heldout] [--fails]
 */
import { classify } from "../src/nlp/index.js";
import { type Half, half } from "../src/nlp/test-questions.js";
import { THIRD } from "../src/nlp/test-questions-3.js";
import type { ShopLang } from "../src/nlp/test-shop-sentences.js";
import { printHalves } from "./question-table.js";

const showFails = process.argv.includes("--fails");
/** if-FAQ as complaint, if-FAQ negative, complaints as complaint, complaints negative, controls polarity, controls flag, then the three counts. */
const COLS = 9;

function row(lang: ShopLang, h: Half): number[] {
  const set = THIRD[lang];
  const c = (text: string) => classify({ text, language: lang });
  const n = new Array<number>(COLS).fill(0);
  const add = (k: number, yes: boolean) => {
    n[k] = (n[k] ?? 0) + Number(yes);
  };
  const fail = (group: string, text: string, r: ReturnType<typeof c>) => {
    if (showFails)
      console.log(`${lang} ${h} ${group}: ${text} → ${r.sentiment} ${r.score} ${r.complaint} [${r.topics}]`);
  };
  set.ifFaq.forEach((text, i) => {
    if (half(i) !== h) return;
    const r = c(text);
    add(6, true);
    add(0, r.complaint);
    add(1, r.sentiment === "negative");
    if (r.complaint || r.sentiment === "negative") fail("IF-FAQ", text, r);
  });
  set.complaints.forEach((text, i) => {
    if (half(i) !== h) return;
    const r = c(text);
    add(7, true);
    add(2, r.complaint);
    add(3, r.sentiment === "negative");
    if (!(r.complaint && r.sentiment === "negative")) fail("COMP", text, r);
  });
  set.controls.forEach(([text, want, complaint], i) => {
    if (half(i) !== h) return;
    const r = c(text);
    add(8, true);
    add(4, r.sentiment === want);
    add(5, r.complaint === complaint);
    if (r.sentiment !== want || r.complaint !== complaint) fail(`CONTROL(${want},${complaint})`, text, r);
  });
  return n;
}

printHalves(
  [
    '"if" FAQ as complaint',
    '"if" FAQ negative',
    "complaint questions as complaint",
    "complaint questions negative",
    "controls polarity right",
    "controls complaint flag right",
  ],
  row,
  ([faqC, faqN, cC, cN, ctlRight, ctlFlag, faq, cq, ctl]) => [
    `${faqC}/${faq}`,
    `${faqN}/${faq}`,
    `${cC}/${cq}`,
    `${cN}/${cq}`,
    `${ctlRight}/${ctl}`,
    `${ctlFlag}/${ctl}`,
  ],
);
