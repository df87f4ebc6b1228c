/**
 * "What changed since the last review", as a list a person can read: paths name list items by their
 * id (`crisisTypes[payment_failure].playbook[payment_failure.switch].dueMinutes`) rather than by index,
 * so inserting one item does not make everything after it look changed.
 */
export interface PlanChange {
  path: string;
  change: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
}

const LANG_KEYS = ["de", "en", "es", "fr", "it", "pl"];
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isLocalized = (v: unknown) => isObject(v) && Object.keys(v).sort().join() === LANG_KEYS.join();
const idOf = (v: unknown): string | null =>
  isObject(v) && typeof v["id"] === "string"
    ? v["id"]
    : isObject(v) && typeof v["role"] === "string"
      ? v["role"]
      : null;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function diffPlans(before: unknown, after: unknown, limit = 500): PlanChange[] {
  const out: PlanChange[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (out.length >= limit || same(a, b)) return;
    if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].every((x) => idOf(x) !== null)) {
      const left = new Map(a.map((x) => [idOf(x) as string, x]));
      const right = new Map(b.map((x) => [idOf(x) as string, x]));
      for (const [id, x] of left) {
        if (!right.has(id)) out.push({ path: `${path}[${id}]`, change: "removed", before: x });
        else walk(x, right.get(id), `${path}[${id}]`);
      }
      for (const [id, x] of right)
        if (!left.has(id)) out.push({ path: `${path}[${id}]`, change: "added", after: x });
      return;
    }
    if (isObject(a) && isObject(b) && !isLocalized(a)) {
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
        const p = path ? `${path}.${k}` : k;
        if (!(k in a)) out.push({ path: p, change: "added", after: b[k] });
        else if (!(k in b)) out.push({ path: p, change: "removed", before: a[k] });
        else walk(a[k], b[k], p);
      }
      return;
    }
    out.push({ path, change: "changed", before: a, after: b });
  };
  walk(before, after, "");
  return out;
}
