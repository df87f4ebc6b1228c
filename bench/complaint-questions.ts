/**
 * The eighteenth pass's set (bench/data18q/complaint-questions.ts) read by the shipped classifier,
 * language given: per language, complaints flagged / read negative (want all), controls whose complaint
 * flag and polarity are right. Run: npx tsx bench/complaint-questions.ts [--fails]
 */
import { classify } from "../src/nlp/index.js";
import { COMPLAINT_QUESTIONS } from "./data18q/complaint-questions.js";
import { printLanguages } from "./question-table.js";

const showFails = process.argv.includes("--fails");
printLanguages(
  ["complaints flagged", "complaints negative", "controls flag right", "controls polarity right"],
  (lang) => {
    // complaints, flagged, negative; controls, flag right, polarity right
    const n = [0, 0, 0, 0, 0, 0];
    for (const [text, l, complaint, label, kind] of COMPLAINT_QUESTIONS) {
      if (l !== lang) continue;
      const r = classify({ text, language: lang });
      const at = complaint ? 0 : 3;
      n[at] = (n[at] ?? 0) + 1;
      n[at + 1] = (n[at + 1] ?? 0) + Number(complaint ? r.complaint : !r.complaint);
      n[at + 2] = (n[at + 2] ?? 0) + Number(complaint ? r.sentiment === "negative" : r.sentiment === label);
      if (showFails && !(r.complaint === complaint && r.sentiment === label))
        console.error(
          `${lang} ${complaint ? "COMP" : "CTRL"}(${kind}): ${text} → ${r.sentiment} ${r.score} ${r.complaint} [${r.topics}]`,
        );
    }
    return n;
  },
  ([c, cC, cN, k, kFlag, kPol]) => [`${cC}/${c}`, `${cN}/${c}`, `${kFlag}/${k}`, `${kPol}/${k}`],
);
