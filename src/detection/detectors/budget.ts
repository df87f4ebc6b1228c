import { bankFactor } from "./calibration.js";
import type { SeriesSpec } from "./series.js";

export type BudgetGroup = "overall" | "topics" | "narrowed";
/**
 * How the false-alarm budget is shared between groups of series: 2/5 to the four overall series (all,
 * negative, complaints, negative share), which any wave moves whatever its topic, source or language;
 * 1/5 to the ten topics; 2/5 to every per-source and per-language series together.
 */
const BUDGET_WEIGHTS: Record<BudgetGroup, number> = { overall: 2, topics: 1, narrowed: 2 };
export const groupOf = (spec: SeriesSpec): BudgetGroup =>
  spec.source !== undefined || spec.language !== undefined
    ? "narrowed"
    : spec.measure === "topic"
      ? "topics"
      : "overall";

/**
 * One series' share of the weekly false-alarm budget (weighted Bonferroni): the budget goes to the
 * groups by BUDGET_WEIGHTS (empty groups give theirs to the others), evenly to the series within a
 * group, then across the series' bank of tests by what the bank is worth (calibration.ts `bankFactor`).
 */
export function budgetOf(
  tested: Record<BudgetGroup, number>,
  spec: SeriesSpec,
  falseAlarmsPerWeek: number,
  riseFactors: readonly number[],
): number {
  const group = groupOf(spec);
  let total = 0;
  for (const g of Object.keys(BUDGET_WEIGHTS) as BudgetGroup[]) if (tested[g] > 0) total += BUDGET_WEIGHTS[g];
  const share = BUDGET_WEIGHTS[group] / Math.max(total, BUDGET_WEIGHTS[group]);
  return (falseAlarmsPerWeek * share) / Math.max(1, tested[group]) / bankFactor(riseFactors);
}
