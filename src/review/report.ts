import { type CsvCell, toCsv } from "../core/csv.js";
import { colon } from "../core/lang.js";
import { formatMoney } from "../core/money.js";
import type { CrisisRecord } from "../crises/schema.js";
import type { Lang } from "../plan/default-plan/index.js";
import { duration } from "./draft.js";
import { type Labels, labelsFor } from "./labels.js";
import {
  type CrisisFacts,
  type GroupStats,
  groupBy,
  groupStats,
  quarterOf,
  TIME_KEYS,
  topCauses,
} from "./stats.js";

export interface ReportSide {
  overall: GroupStats;
  by_type: GroupStats[];
  by_quarter: GroupStats[];
}

export interface Report {
  language: Lang;
  since: string | null;
  until: string | null;
  generated_at: string;
  real: ReportSide;
  drills: ReportSide;
  top_causes: { cause: string; count: number }[];
  crises: {
    id: string;
    title: string;
    type: string;
    severity: string;
    drill: boolean;
    started_at: string;
    resolved_at: string | null;
    remedies_cost: number;
    currency: string;
  }[];
}

const factsOf = (c: CrisisRecord): CrisisFacts => ({
  ...c,
  remedies_cost: c.impact.remedies_cost,
  currency: c.impact.currency,
});

function side(items: CrisisFacts[], label: string, typeName: TypeName): ReportSide {
  return {
    overall: groupStats("all", label, items),
    by_type: groupBy(
      items,
      (c) => c.type,
      (c) => typeName(c.type) ?? c.type_name,
    ),
    by_quarter: groupBy(
      items,
      (c) => quarterOf(c.started_at),
      (c) => quarterOf(c.started_at),
    ),
  };
}

/** A crisis type's name in the report's language (a record carries it in its reader's). */
type TypeName = (typeId: string) => string | null;

export function buildReport(
  crises: CrisisRecord[],
  causes: Map<string, string[]>,
  language: Lang,
  q: { since?: string | undefined; until?: string | undefined },
  now: Date,
  typeName: TypeName = () => null,
): Report {
  const l = labelsFor(language);
  const facts = crises.map(factsOf);
  const real = facts.filter((c) => !c.drill);
  return {
    language,
    since: q.since ?? null,
    until: q.until ?? null,
    generated_at: now.toISOString(),
    real: side(real, l.real, typeName),
    drills: side(
      facts.filter((c) => c.drill),
      l.drills,
      typeName,
    ),
    // Drills rehearse; their "causes" are scenarios, so only real crises count here.
    top_causes: topCauses(real.map((c) => causes.get(c.id) ?? [])),
    crises: crises.map((c) => ({
      id: c.id,
      title: c.title,
      type: c.type,
      severity: c.severity,
      drill: c.drill,
      started_at: c.started_at,
      resolved_at: c.resolved_at,
      remedies_cost: c.impact.remedies_cost,
      currency: c.impact.currency,
    })),
  };
}

/** Each currency's total as the report's language writes money ("12,50 zł, 3,00 €"), not "12.50 PLN". */
const money = (cost: Record<string, number>, lang: Lang) =>
  Object.entries(cost)
    .map(([cur, v]) => formatMoney(v, cur, lang))
    .join(", ") || "0";
const stat = (s: { mean: number | null; median: number | null }, l: Labels) =>
  s.mean === null ? "–" : `${duration(Math.round(s.mean), l)} / ${duration(Math.round(s.median ?? 0), l)}`;

/** Rows of a table of groups: one per group, the five times as "mean / median" durations. */
function rows(groups: GroupStats[], l: Labels, lang: Lang) {
  return groups.map((g) => [
    g.label,
    String(g.count),
    ...TIME_KEYS.map((k) => stat(g.times[k], l)),
    money(g.remedy_cost, lang),
  ]);
}

export function reportTables(r: Report) {
  const l = labelsFor(r.language);
  const cn = colon(r.language);
  const header = ["", l.count, ...TIME_KEYS.map((k) => `${l[k]} (${l.mean} / ${l.median})`), l.remedyCost];
  return {
    l,
    header,
    sections: [
      { title: `${l.real}${cn} ${l.byType}`, rows: rows([...r.real.by_type, r.real.overall], l, r.language) },
      { title: `${l.real}${cn} ${l.byQuarter}`, rows: rows(r.real.by_quarter, l, r.language) },
      {
        title: `${l.drills}${cn} ${l.byType}`,
        rows: rows([...r.drills.by_type, r.drills.overall], l, r.language),
      },
      { title: `${l.drills}${cn} ${l.byQuarter}`, rows: rows(r.drills.by_quarter, l, r.language) },
    ],
  };
}

/** CSV for a spreadsheet: one line per group and side (toCsv defuses cells that start like a formula). */
export function reportCsv(r: Report): string {
  const head = [
    "side",
    "group",
    "key",
    "count",
    ...TIME_KEYS.flatMap((k) => [`${k}_mean_min`, `${k}_median_min`]),
    "remedy_cost",
  ];
  const lines: CsvCell[][] = [head];
  for (const [sideName, s] of [
    ["real", r.real],
    ["drill", r.drills],
  ] as const) {
    for (const [group, gs] of [
      ["type", s.by_type],
      ["quarter", s.by_quarter],
      ["all", [s.overall]],
    ] as const) {
      for (const g of gs) {
        lines.push([
          sideName,
          group,
          g.key,
          g.count,
          ...TIME_KEYS.flatMap((k) => [g.times[k].mean, g.times[k].median]),
          // Machine-read: "12.50 PLN" as before, whatever the language.
          Object.entries(g.remedy_cost)
            .map(([cur, v]) => `${(v / 100).toFixed(2)} ${cur}`)
            .join(", ") || "0",
        ]);
      }
    }
  }
  return toCsv(lines);
}
