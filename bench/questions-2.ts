/**
 * The tenth pass's fresh set (src/nlp/test-questions-2.ts) read by the shipped classifier, language given,
 * per language and half (tuning: even index, held-out: odd index): FAQ/policy questions and requests
 * without "?" read as a complaint / negative (want none), product-quality reviews read negative (and as a
 * complaint), complaint questions read as a complaint / negative (want all), controls with the right
 * polarity and not negative. Run: npx tsx bench/questions-2.ts [--heldout] [--fails]
 */
import { classify } from "../src/nlp/index.js";
import { type Half, half } from "../src/nlp/test-questions.js";
import { FRESH } from "../src/nlp/test-questions-2.js";
import type { ShopLang } from "../src/nlp/test-shop-sentences.js";
import { printHalves } from "./question-table.js";

const showFails = process.argv.includes("--fails");
const COLS = 11;

function row(lang: ShopLang, h: Half): number[] {
  const set = FRESH[lang];
  const c = (text: string) => classify({ text, language: lang });
  const n = new Array<number>(COLS).fill(0);
  const fail = (group: string, text: string, r: ReturnType<typeof c>) => {
    if (showFails)
      console.log(`${lang} ${h} ${group}: ${text} → ${r.sentiment} ${r.score} ${r.complaint} [${r.topics}]`);
  };
  for (const [k, group] of [
    [0, "faq"],
    [3, "requests"],
  ] as const)
    set[group].forEach((text, i) => {
      if (half(i) !== h) return;
      const r = c(text);
      n[k] = (n[k] ?? 0) + 1;
      n[k + 1] = (n[k + 1] ?? 0) + Number(r.complaint);
      n[k + 2] = (n[k + 2] ?? 0) + Number(r.sentiment === "negative");
      if (r.complaint || r.sentiment === "negative") fail(group.toUpperCase(), text, r);
    });
  const count = (k: number, yes: boolean) => {
    n[k] = (n[k] ?? 0) + Number(yes);
  };
  let quality = 0;
  let complaints = 0;
  let controls = 0;
  set.quality.forEach((text, i) => {
    if (half(i) !== h) return;
    const r = c(text);
    quality++;
    count(6, r.sentiment === "negative");
    if (r.sentiment !== "negative") fail("QUALITY", text, r);
  });
  set.complaints.forEach((text, i) => {
    if (half(i) !== h) return;
    const r = c(text);
    complaints++;
    count(7, r.complaint);
    count(8, r.sentiment === "negative");
    if (!(r.complaint && r.sentiment === "negative")) fail("COMP", text, r);
  });
  set.controls.forEach(([text, want], i) => {
    if (half(i) !== h) return;
    const r = c(text);
    controls++;
    count(9, r.sentiment === want);
    count(10, r.sentiment !== "negative" && !r.complaint);
    if (r.sentiment !== want || r.complaint) fail(`CONTROL(${want})`, text, r);
  });
  return [...n, quality, complaints, controls];
}

printHalves(
  [
    "FAQ as complaint",
    "FAQ negative",
    "requests without ? as complaint",
    "requests negative",
    "quality reviews negative",
    "complaint questions as complaint",
    "complaint questions negative",
    "controls polarity right",
    "controls neither negative nor complaint",
  ],
  row,
  ([faq, faqC, faqN, req, reqC, reqN, qNeg, cC, cN, ctlRight, ctlOk, q, cq, ctl]) => [
    `${faqC}/${faq}`,
    `${faqN}/${faq}`,
    `${reqC}/${req}`,
    `${reqN}/${req}`,
    `${qNeg}/${q}`,
    `${cC}/${cq}`,
    `${cN}/${cq}`,
    `${ctlRight}/${ctl}`,
    `${ctlOk}/${ctl}`,
  ],
);
