/**
 * `npx tsx bench/wrong-items.ts [--fails]`: the wrong-item set (bench/data19), language given: per
 * language, complaints flagged with `order_error` and read negative, controls left without a complaint.
 */
import { classify } from "../src/nlp/index.js";
import { WRONG_ITEMS } from "./data19/wrong-items.js";

const fails = process.argv.includes("--fails");
const by = new Map<
  string,
  { complaints: number; found: number; negative: number; controls: number; quiet: number }
>();
for (const [text, language, complaint] of WRONG_ITEMS) {
  const c = classify({ text, language });
  const row = by.get(language) ?? { complaints: 0, found: 0, negative: 0, controls: 0, quiet: 0 };
  by.set(language, row);
  const found = c.complaint && c.topics.includes("order_error");
  if (complaint) {
    row.complaints++;
    if (found) row.found++;
    if (c.sentiment === "negative") row.negative++;
  } else {
    row.controls++;
    if (!c.complaint) row.quiet++;
  }
  if (fails && (complaint ? !found : c.complaint))
    console.error(`${language} ${complaint ? "missed" : "flagged"}: ${text} ${JSON.stringify(c)}`);
}
const all = { complaints: 0, found: 0, negative: 0, controls: 0, quiet: 0 };
for (const r of by.values()) for (const k of Object.keys(all) as (keyof typeof all)[]) all[k] += r[k];
console.log(
  JSON.stringify(
    Object.fromEntries(
      [...by, ["all", all] as const].map(([l, r]) => [
        l,
        {
          order_error: `${r.found}/${r.complaints}`,
          negative: `${r.negative}/${r.complaints}`,
          controls_quiet: `${r.quiet}/${r.controls}`,
        },
      ]),
    ),
  ),
);
