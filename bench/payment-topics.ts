/**
 * Payment problems (src/nlp/test-payment-topics.ts) per language: recall of the `payment` topic over the
 * problem texts (a refund promised and not received counts as `returns_refunds` too), precision of
 * `payment` over problems and controls, how many problems are complaints, and what the case draft
 * would be written for (src/cases/assemble.ts caseTopic: "general" means no topic, the policy's
 * apology and discount instead of a refund). Prints JSON.
 * Run: npx tsx bench/payment-topics.ts [--fails]
 */
import { caseTopic } from "../src/cases/assemble.js";
import { classify } from "../src/nlp/index.js";
import { PAYMENT_TOPICS } from "../src/nlp/test-payment-topics.js";

const showFails = process.argv.includes("--fails");
type Row = {
  problems: number;
  found: number;
  flagged: number;
  false_payment: number;
  controls_wrong: number;
  complaint: number;
  refund_draft: number;
};
const by: Record<string, Row> = {};
const row = (l: string): Row => {
  by[l] ??= {
    problems: 0,
    found: 0,
    flagged: 0,
    false_payment: 0,
    controls_wrong: 0,
    complaint: 0,
    refund_draft: 0,
  };
  return by[l];
};
for (const [text, lang, problem, refund] of PAYMENT_TOPICS) {
  const r = classify({ text });
  const o = row(lang);
  const all = row("all");
  const pay = r.topics.includes("payment");
  const found = pay || (refund !== undefined && r.topics.includes("returns_refunds"));
  // The case's draft offers a refund first for payment and returns_refunds (src/cases/policy.ts).
  const topic = caseTopic(r.topics);
  const draftsRefund = topic === "payment" || topic === "returns_refunds";
  for (const x of [o, all]) {
    if (problem) {
      x.problems++;
      if (found) x.found++;
      if (r.complaint) x.complaint++;
      if (draftsRefund) x.refund_draft++;
    } else {
      if (pay) x.false_payment++;
      if (pay || r.complaint) x.controls_wrong++;
    }
    if (pay) x.flagged++;
  }
  if (showFails && (problem ? !found || !r.complaint || !draftsRefund : pay || r.complaint))
    console.error(
      `${lang} ${problem ? "problem" : "control"}: ${text} → ${r.complaint} ${r.topics.join(",")} ${r.sentiment}`,
    );
}
const round = (x: number) => Math.round(x * 1000) / 1000;
const out: Record<string, unknown> = {};
for (const [l, x] of Object.entries(by)) {
  out[l] = {
    recall: round(x.found / x.problems),
    precision: x.flagged ? round((x.flagged - x.false_payment) / x.flagged) : 1,
    complaint: round(x.complaint / x.problems),
    refund_draft: round(x.refund_draft / x.problems),
    controls_wrong: x.controls_wrong,
    of: x.problems,
  };
}
console.log(JSON.stringify(out));
