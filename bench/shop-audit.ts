/**
 * Coverage of shop complaint language (eighth classification pass): the sentences of
 * src/nlp/test-shop-sentences.ts, written by the team, read by the shipped classifier. Per language: how
 * many complaints read negative, as a complaint, with a right topic, and all three (language given, then
 * detected); how many non-complaints read as a complaint or negative. A coverage figure, not accuracy.
 * Run: npx tsx bench/shop-audit.ts [--fails]
 */
import { type Classification, classify } from "../src/nlp/index.js";
import {
  COMPLAINTS,
  KIND_TOPICS,
  type Kind,
  NOT_COMPLAINTS,
  SHOP_LANGS,
} from "../src/nlp/test-shop-sentences.js";

const showFails = process.argv.includes("--fails");

function right(c: Classification, kind: Kind): boolean {
  return c.topics.some((t) => KIND_TOPICS[kind].includes(t));
}

const rows: string[] = [];
for (const lang of SHOP_LANGS) {
  let n = 0;
  let neg = 0;
  let comp = 0;
  let topic = 0;
  let all = 0;
  let allDetected = 0;
  for (const [kind, texts] of Object.entries(COMPLAINTS[lang]) as [Kind, string[]][]) {
    for (const text of texts) {
      n++;
      const c = classify({ text, language: lang });
      const d = classify({ text });
      const ok = [c.sentiment === "negative", c.complaint, right(c, kind)];
      neg += Number(ok[0]);
      comp += Number(ok[1]);
      topic += Number(ok[2]);
      if (ok.every(Boolean)) all++;
      else if (showFails)
        console.log(`${lang} ${kind}: ${text} → ${c.sentiment} ${c.score} ${c.complaint} [${c.topics}]`);
      if (d.sentiment === "negative" && d.complaint && right(d, kind)) allDetected++;
    }
  }
  let fpComplaint = 0;
  let fpNeg = 0;
  for (const text of NOT_COMPLAINTS[lang]) {
    const c = classify({ text, language: lang });
    fpComplaint += Number(c.complaint);
    fpNeg += Number(c.sentiment === "negative");
    if (showFails && (c.complaint || c.sentiment === "negative"))
      console.log(`${lang} NOT: ${text} → ${c.sentiment} ${c.score} ${c.complaint} [${c.topics}]`);
  }
  const m = NOT_COMPLAINTS[lang].length;
  rows.push(
    `| ${lang} | ${n} | ${neg} | ${comp} | ${topic} | ${all} | ${allDetected} | ${fpComplaint}/${m} | ${fpNeg}/${m} |`,
  );
}
console.log(
  "| lang | complaints | negative | complaint | right topic | all three | all three, language detected | non-complaints read as complaint | read negative |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const r of rows) console.log(r);
