/** Figures across crises: times per type and per quarter, real crises beside drills. Pure functions. */

export const TIME_KEYS = ["detect", "acknowledge", "first_public_word", "mitigate", "resolve"] as const;
export type TimeKey = (typeof TIME_KEYS)[number];

export interface CrisisFacts {
  id: string;
  title: string;
  type: string;
  type_name: string;
  severity: string;
  drill: boolean;
  started_at: string;
  created_at: string;
  acknowledged_at: string | null;
  first_public_word_at: string | null;
  monitoring_at: string | null;
  resolved_at: string | null;
  remedies_cost: number;
  currency: string;
}

/** Minutes from the start to each milestone; null when it was never reached. */
export function timesOf(c: CrisisFacts): Record<TimeKey, number | null> {
  const start = Date.parse(c.started_at);
  const m = (at: string | null) =>
    at ? Math.max(0, Math.round((Date.parse(at) - start) / 6000) / 10) : null;
  return {
    // Opened in Firebreak after it had started: how long nobody knew.
    detect: m(c.created_at),
    acknowledge: m(c.acknowledged_at),
    first_public_word: m(c.first_public_word_at),
    mitigate: m(c.monitoring_at ?? c.resolved_at),
    resolve: m(c.resolved_at),
  };
}

export const quarterOf = (iso: string) => {
  const d = new Date(iso);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
};

export function mean(xs: number[]): number | null {
  return xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null;
}

export function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const v = s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  return Math.round(v * 10) / 10;
}

export interface TimeStat {
  mean: number | null;
  median: number | null;
  n: number;
}

export interface GroupStats {
  key: string;
  label: string;
  count: number;
  times: Record<TimeKey, TimeStat>;
  /** Remedy cost per currency, in minor units. */
  remedy_cost: Record<string, number>;
}

export function groupStats(key: string, label: string, items: CrisisFacts[]): GroupStats {
  const times = {} as Record<TimeKey, TimeStat>;
  const all = items.map(timesOf);
  for (const k of TIME_KEYS) {
    const xs = all.map((t) => t[k]).filter((v): v is number => v !== null);
    times[k] = { mean: mean(xs), median: median(xs), n: xs.length };
  }
  const remedy_cost: Record<string, number> = {};
  for (const c of items) remedy_cost[c.currency] = (remedy_cost[c.currency] ?? 0) + c.remedies_cost;
  return { key, label, count: items.length, times, remedy_cost };
}

export function groupBy(
  items: CrisisFacts[],
  keyOf: (c: CrisisFacts) => string,
  labelOf: (c: CrisisFacts) => string,
) {
  const groups = new Map<string, CrisisFacts[]>();
  for (const c of items) groups.set(keyOf(c), [...(groups.get(keyOf(c)) ?? []), c]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, xs]) => groupStats(k, labelOf(xs[0] as CrisisFacts), xs));
}

/** Causes as the team wrote them, counted case- and space-insensitively; the first spelling is shown. */
export function topCauses(causeLists: string[][], limit = 10) {
  const counts = new Map<string, { cause: string; count: number }>();
  for (const list of causeLists) {
    const seen = new Set<string>();
    for (const raw of list) {
      const key = raw.trim().toLowerCase().replace(/\s+/g, " ");
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const hit = counts.get(key);
      if (hit) hit.count++;
      else counts.set(key, { cause: raw.trim(), count: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause))
    .slice(0, limit);
}
