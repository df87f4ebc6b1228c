/**
 * The nineteenth pass's set (bench/data18n/neutral-questions.ts) read by the shipped classifier, language
 * given: per language, neutral questions read neutral / flagged as complaints (want none), controls whose
 * polarity and complaint flag are right. Run: npx tsx bench/neutral-questions.ts [--fails]
 */
import { classify } from "../src/nlp/index.js";
import { NEUTRAL_QUESTIONS } from "./data18n/neutral-questions.js";
import { printLanguages } from "./question-table.js";

const showFails = process.argv.includes("--fails");
printLanguages(
  ["questions neutral", "questions flagged", "controls polarity right", "controls flag right"],
  (lang) => {
    // questions, neutral, flagged; controls, polarity right, flag right
    const n = [0, 0, 0, 0, 0, 0];
    for (const [text, l, complaint, label, kind] of NEUTRAL_QUESTIONS) {
      if (l !== lang) continue;
      const r = classify({ text, language: lang });
      const control = complaint || label !== "neutral";
      const at = control ? 3 : 0;
      n[at] = (n[at] ?? 0) + 1;
      n[at + 1] = (n[at + 1] ?? 0) + Number(control ? r.sentiment === label : r.sentiment === "neutral");
      n[at + 2] = (n[at + 2] ?? 0) + Number(control ? r.complaint === complaint : r.complaint);
      if (showFails && (r.sentiment !== label || r.complaint !== complaint))
        console.error(
          `${lang} ${control ? "CTRL" : "Q"}(${kind}): ${text} → ${r.sentiment} ${r.score} ${r.complaint} [${r.topics}]`,
        );
    }
    return n;
  },
  ([q, qN, qC, k, kPol, kFlag]) => [`${qN}/${q}`, `${qC}/${q}`, `${kPol}/${k}`, `${kFlag}/${k}`],
);
