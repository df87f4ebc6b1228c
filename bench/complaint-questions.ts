/**
 * The eighteenth pass's set (bench/data18q/complaint-questions.ts) read by the shipped classifier,
 * language given: per language, complaints flagged / read negative (want all), controls whose complaint
 * flag and polarity are right. Run: npx tsx bench/complaint-questions.ts [--fails]
 */
import { classify } from "../src/nlp/index.js";
import { COMPLAINT_QUESTIONS, type Lang } from "./data18q/complaint-questions.js";

const showFails = process.argv.includes("--fails");
const LANGS: Lang[] = ["en", "pl", "de", "fr", "it", "es"];
const tot = { cq: 0, cC: 0, cN: 0, k: 0, kFlag: 0, kPol: 0 };
console.log(
  "| lang | complaints flagged | complaints negative | controls flag right | controls polarity right |",
);
console.log("| --- | --- | --- | --- | --- |");
for (const lang of LANGS) {
  const n = { cq: 0, cC: 0, cN: 0, k: 0, kFlag: 0, kPol: 0 };
  for (const [text, l, complaint, label, kind] of COMPLAINT_QUESTIONS) {
    if (l !== lang) continue;
    const r = classify({ text, language: lang });
    const ok = r.complaint === complaint && r.sentiment === label;
    if (complaint) {
      n.cq++;
      n.cC += Number(r.complaint);
      n.cN += Number(r.sentiment === "negative");
    } else {
      n.k++;
      n.kFlag += Number(!r.complaint);
      n.kPol += Number(r.sentiment === label);
    }
    if (showFails && !ok)
      console.error(
        `${lang} ${complaint ? "COMP" : "CTRL"}(${kind}): ${text} → ${r.sentiment} ${r.score} ${r.complaint} [${r.topics}]`,
      );
  }
  for (const k of Object.keys(tot) as (keyof typeof tot)[]) tot[k] += n[k];
  console.log(`| ${lang} | ${n.cC}/${n.cq} | ${n.cN}/${n.cq} | ${n.kFlag}/${n.k} | ${n.kPol}/${n.k} |`);
}
console.log(
  `| all | ${tot.cC}/${tot.cq} | ${tot.cN}/${tot.cq} | ${tot.kFlag}/${tot.k} | ${tot.kPol}/${tot.k} |`,
);
