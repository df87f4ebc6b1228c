import type { Template } from "liquidjs";

/**
 * What one rendering may cost. Checked when a template is saved (loops counted from the source, then a
 * trial render) and enforced again at every render (liquidjs's time and memory limits, and the output
 * size), so a stored template cannot stall the server.
 */
export const BUDGET = {
  /** Loop iterations of one render, nested loops multiplied. */
  iterations: 10_000,
  /** Characters of output. */
  output: 100_000,
  /** Milliseconds of one render (liquidjs `renderLimit`, checked between template nodes): a backstop, generous
   * because it is wall time and a busy machine must not fail good templates; the loop budget is the guard. */
  renderMs: 1_000,
  /** liquidjs `memoryLimit`: what its memory-sensitive filters may allocate. */
  memory: 5_000_000,
};

/** A loop over a variable (the message's own lists) is assumed to be this long unless it says `limit:`. */
const ASSUMED_LIST = 100;

type Node = Template & {
  name?: string;
  collection?: { kind?: number; lhs?: unknown; rhs?: unknown; constructor?: { name: string } };
  hash?: { hash?: Record<string, { content?: unknown } | undefined> };
  templates?: Template[];
  elseTemplates?: Template[];
  branches?: { templates: Template[] }[];
};

const numberOf = (t: unknown): number | null => {
  const c = (t as { content?: unknown } | undefined)?.content;
  return typeof c === "number" && Number.isFinite(c) ? c : null;
};

/** How many times one loop runs: a literal range counts exactly, a computed range is unbounded. */
function loopSize(node: Node): number {
  const c = node.collection;
  let size = ASSUMED_LIST;
  if (c?.constructor?.name === "RangeToken") {
    const lo = numberOf(c.lhs);
    const hi = numberOf(c.rhs);
    size = lo === null || hi === null ? Number.POSITIVE_INFINITY : Math.max(0, hi - lo + 1);
  }
  const limit = numberOf(node.hash?.hash?.["limit"]);
  return limit === null ? size : Math.min(size, Math.max(0, limit));
}

/** The nested bodies of a tag (for, if, case, unless, capture…), whichever way it keeps them. */
function bodiesOf(node: Node): Template[][] {
  const out: Template[][] = [];
  if (node.templates) out.push(node.templates);
  if (node.elseTemplates) out.push(node.elseTemplates);
  for (const b of node.branches ?? []) out.push(b.templates);
  return out;
}

/** The most loop iterations one render of these templates can run (nested loops multiply). */
export function loopCost(templates: Template[]): number {
  let worst = 0;
  for (const t of templates) {
    const node = t as Node;
    const inner = Math.max(1, ...bodiesOf(node).map(loopCost));
    const cost =
      node.name === "for" || node.name === "tablerow" ? loopSize(node) * inner : inner > 1 ? inner : 0;
    // Siblings add up: two loops one after the other run both.
    worst += cost;
  }
  return worst;
}
