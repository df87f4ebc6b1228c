import { type Lang, localize, type Plan } from "../default-plan/index.js";

/** Likelihood × impact: one cell per pair, the types in it, and a score for colouring. */
export function riskMatrix(plan: Plan, lang: Lang) {
  const items = plan.crisisTypes.map((t) => ({
    id: t.id,
    name: localize(t.name, lang),
    likelihood: t.likelihood,
    impact: t.impact,
    score: t.likelihood * t.impact,
  }));
  const cells = [];
  for (let likelihood = 1; likelihood <= 5; likelihood++)
    for (let impact = 1; impact <= 5; impact++)
      cells.push({
        likelihood,
        impact,
        score: likelihood * impact,
        types: items.filter((i) => i.likelihood === likelihood && i.impact === impact).map((i) => i.id),
      });
  return { items: items.sort((a, b) => b.score - a.score), cells };
}
