/**
 * The nineteenth pass's set (bench/data18n/neutral-questions.ts) read by the shipped classifier, language
 * given: per language, neutral questions read neutral / flagged as complaints (want none), controls whose
 * polarity and complaint flag are right. Run: npx tsx bench/neutral-questions.ts [--fails]
 */
import { classify } from "../src/nlp/index.js";
import { type Lang, NEUTRAL_QUESTIONS } from "./data18n/neutral-questions.js";

const showFails = process.argv.includes("--fails");
const LANGS: Lang[] = ["en", "pl", "de", "fr", "it", "es"];
const tot = { q: 0, qN: 0, qC: 0, k: 0, kPol: 0, kFlag: 0 };
console.log(
  "| lang | questions neutral | questions flagged | controls polarity right | controls flag right |",
);
console.log("| --- | --- | --- | --- | --- |");
for (const lang of LANGS) {
  const n = { q: 0, qN: 0, qC: 0, k: 0, kPol: 0, kFlag: 0 };
  for (const [text, l, complaint, label, kind] of NEUTRAL_QUESTIONS) {
    if (l !== lang) continue;
    const r = classify({ text, language: lang });
    const control = complaint || label !== "neutral";
    if (control) {
      n.k++;
      n.kPol += Number(r.sentiment === label);
      n.kFlag += Number(r.complaint === complaint);
    } else {
      n.q++;
      n.qN += Number(r.sentiment === "neutral");
      n.qC += Number(r.complaint);
    }
    if (showFails && (r.sentiment !== label || r.complaint !== complaint))
      console.error(
        `${lang} ${control ? "CTRL" : "Q"}(${kind}): ${text} → ${r.sentiment} ${r.score} ${r.complaint} [${r.topics}]`,
      );
  }
  for (const k of Object.keys(tot) as (keyof typeof tot)[]) tot[k] += n[k];
  console.log(`| ${lang} | ${n.qN}/${n.q} | ${n.qC}/${n.q} | ${n.kPol}/${n.k} | ${n.kFlag}/${n.k} |`);
}
console.log(
  `| all | ${tot.qN}/${tot.q} | ${tot.qC}/${tot.q} | ${tot.kPol}/${tot.k} | ${tot.kFlag}/${tot.k} |`,
);
