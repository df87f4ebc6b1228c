import { bankFactor } from "./calibration.js";
import type { SeriesSpec } from "./series.js";

export type BudgetGroup = "overall" | "topics" | "narrowed" | "daily";
/**
 * How the false-alarm budget is shared between groups of series: 2/5 to the four overall series (all,
 * negative, complaints, negative share), which any wave moves whatever its topic, source or language;
 * 1/5 to the ten topics; 2/5 to every per-source and per-language series together. Sources stamped to
 * the day (daily.ts), when there are any, take a sixth: 1/6 beside the others' 5/6, and no more when alone.
 */
const BUDGET_WEIGHTS: Record<BudgetGroup, number> = { overall: 2, topics: 1, narrowed: 2, daily: 1 };
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
  return groupBudget(tested, groupOf(spec), falseAlarmsPerWeek) / bankFactor(riseFactors);
}

/** One series' share of the weekly budget within its group, before any bank of tests. */
export function groupBudget(
  tested: Record<BudgetGroup, number>,
  group: BudgetGroup,
  falseAlarmsPerWeek: number,
): number {
  let total = 0;
  let all = 0;
  for (const g of Object.keys(BUDGET_WEIGHTS) as BudgetGroup[]) {
    all += BUDGET_WEIGHTS[g];
    if (tested[g] > 0) total += BUDGET_WEIGHTS[g];
  }
  // The days keep their sixth even alone: a source of days has seven tests a week, and the whole budget
  // would make an ordinary busy day (one in fourteen) an alarm.
  const share = BUDGET_WEIGHTS[group] / (group === "daily" ? all : Math.max(total, BUDGET_WEIGHTS[group]));
  return (falseAlarmsPerWeek * share) / Math.max(1, tested[group]);
}
