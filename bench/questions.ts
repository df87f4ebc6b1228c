/**
 * The ninth pass's question set (src/nlp/test-questions.ts) read by the shipped classifier, language
 * given, per language and half (tuning: even index, held-out: odd index): request questions read as a
 * complaint / negative, complaint questions read as a complaint / negative, reviews whose polarity
 * (three classes) is right and whose negative-vs-not is right. Run: npx tsx bench/questions.ts [--fails]
 */
import { classify } from "../src/nlp/index.js";
import { type Half, half, QUESTIONS } from "../src/nlp/test-questions.js";
import { SHOP_LANGS } from "../src/nlp/test-shop-sentences.js";

const showFails = process.argv.includes("--fails");

function row(lang: (typeof SHOP_LANGS)[number], h: Half): string {
  const set = QUESTIONS[lang];
  const c = (text: string) => classify({ text, language: lang });
  let req = 0;
  let reqComp = 0;
  let reqNeg = 0;
  set.requests.forEach((text, i) => {
    if (half(i) !== h) return;
    const r = c(text);
    req++;
    reqComp += Number(r.complaint);
    reqNeg += Number(r.sentiment === "negative");
    if (showFails && (r.complaint || r.sentiment === "negative"))
      console.log(`${lang} ${h} REQ: ${text} → ${r.sentiment} ${r.score} ${r.complaint} [${r.topics}]`);
  });
  let comp = 0;
  let compOk = 0;
  let compNeg = 0;
  set.complaints.forEach((text, i) => {
    if (half(i) !== h) return;
    const r = c(text);
    comp++;
    compOk += Number(r.complaint);
    compNeg += Number(r.sentiment === "negative");
    if (showFails && !(r.complaint && r.sentiment === "negative"))
      console.log(`${lang} ${h} COMP: ${text} → ${r.sentiment} ${r.score} ${r.complaint} [${r.topics}]`);
  });
  let rev = 0;
  let revOk = 0;
  let revNegOk = 0;
  set.reviews.forEach(([text, want], i) => {
    if (half(i) !== h) return;
    const r = c(text);
    rev++;
    revOk += Number(r.sentiment === want);
    revNegOk += Number((r.sentiment === "negative") === (want === "negative"));
    if (showFails && r.sentiment !== want)
      console.log(
        `${lang} ${h} REV(${want}): ${text} → ${r.sentiment} ${r.score} ${r.complaint} [${r.topics}]`,
      );
  });
  return `| ${lang} | ${h} | ${reqComp}/${req} | ${reqNeg}/${req} | ${compOk}/${comp} | ${compNeg}/${comp} | ${revOk}/${rev} | ${revNegOk}/${rev} |`;
}

const halves: Half[] = process.argv.includes("--heldout") ? ["tuning", "heldout"] : ["tuning"];
const rows: string[] = [];
for (const h of halves) for (const lang of SHOP_LANGS) rows.push(row(lang, h));
console.log(
  "| lang | half | requests as complaint | requests negative | complaint questions as complaint | complaint questions negative | reviews polarity right | reviews negative-vs-not right |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
for (const r of rows) console.log(r);
