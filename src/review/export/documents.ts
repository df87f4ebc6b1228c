import { colon } from "../../core/lang.js";
import { formatMoney, formatShare } from "../../core/money.js";
import { formatForCustomer } from "../../core/zoned-time.js";
import type { Lang } from "../../plan/default-plan/index.js";
import { duration } from "../draft.js";
import { labelsFor } from "../labels.js";
import { type Report, reportTables } from "../report.js";
import type { PostmortemOut } from "../schema.js";
import type { Block, ChartBlock, Doc } from "./blocks.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import { renderPdf } from "./pdf.js";

/** Times as a reader outside the team reads them: in the shop's zone with its abbreviation, never UTC. */
const whenIn = (timeZone: string, language: string) => (iso: string | null) =>
  iso ? formatForCustomer(iso, { timeZone, language }) : "–";

export function recoveryChart(rep: NonNullable<PostmortemOut["reputation"]>, lang: Lang): ChartBlock {
  const l = labelsFor(lang);
  const cn = colon(lang);
  const r = rep.recovery;
  const b = rep.baseline;
  const caption = !b
    ? l.noBaseline
    : [
        `${l.baseline} ${b.index} (${l.range.toLowerCase()} ${b.low} … ${b.high})`,
        r?.depth !== null && r?.depth !== undefined ? `${l.depth}${cn} ${r.depth}` : null,
        r?.worst_day ? `${l.worstDay}${cn} ${r.worst_day}` : null,
        r
          ? `${l.daysToRecover}${cn} ${
              r.days_to_recover === null
                ? l.notRecovered
                : r.fell_below
                  ? r.days_to_recover
                  : `0 (${l.neverFell})`
            }`
          : null,
      ]
        .filter(Boolean)
        .join(" · ");
  return {
    k: "chart",
    title: l.index,
    points: rep.items.map((p) => ({ day: p.day, index: p.index })),
    baseline: b ? { index: b.index, low: b.low, high: b.high } : null,
    mark: r?.start_day ?? null,
    caption,
  };
}

/** `generatedAt` is the app clock's now, printed at the foot; `timeZone` is the workspace's. */
export function postmortemDoc(pm: PostmortemOut, generatedAt: Date, timeZone: string): Doc {
  const lang = pm.language as Lang;
  const when = whenIn(timeZone, lang);
  const l = labelsFor(lang);
  const cn = colon(lang);
  const c = pm.crisis;
  const i = pm.impact;
  const blocks: Block[] = [
    { k: "h1", text: `${l.postmortem}${cn} ${c.title}` },
    {
      k: "p",
      text: `${l.type}${cn} ${c.type_name} · ${l.severity}${cn} ${c.severity} · ${l.started}${cn} ${when(c.started_at)} · ${l.resolved}${cn} ${when(c.resolved_at)} · ${pm.status === "final" ? l.final : l.draft}`,
      muted: true,
    },
  ];
  if (c.drill) blocks.push({ k: "p", text: l.drillNote });
  if (pm.blameless) blocks.push({ k: "p", text: l.blameless, muted: true });
  blocks.push({ k: "h2", text: l.summary }, { k: "p", text: pm.summary || l.none, muted: !pm.summary });
  blocks.push(
    { k: "h2", text: l.times },
    {
      k: "table",
      head: [l.milestone, l.actual, l.target, l.result],
      rows: pm.times.map((t) => [
        t.label,
        t.minutes === null ? l.notReached : duration(t.minutes, l),
        t.target_minutes === null ? l.noTarget : duration(t.target_minutes, l),
        t.met === null ? "–" : t.met ? l.met : l.missed,
      ]),
    },
  );
  blocks.push(
    { k: "h2", text: l.impact },
    {
      k: "table",
      head: [l.impact, ""],
      rows: [
        [l.orders_affected, String(i.orders_affected)],
        [l.revenue_at_risk, formatMoney(i.revenue_at_risk, i.currency, lang)],
        [l.customers_affected, String(i.customers_affected)],
        [l.cases, String(i.cases)],
        [l.remedies_given, String(i.remedies_given)],
        [l.remedies_cost, formatMoney(i.remedies_cost, i.currency, lang)],
        [l.mentions, String(i.mentions)],
        [l.negative_share, i.negative_share === null ? "–" : formatShare(i.negative_share, lang)],
      ],
    },
  );
  blocks.push(
    { k: "h2", text: l.timeline },
    {
      k: "table",
      head: [l.when, l.event, l.who],
      rows: pm.timeline.map((e) => [when(e.at), e.text, e.actor]),
    },
  );
  for (const k of ["causes", "contributing_factors", "went_well", "went_badly"] as const)
    blocks.push({ k: "h2", text: l[k] }, { k: "ul", items: pm[k], empty: l.none });
  blocks.push({ k: "h2", text: l.actions });
  if (pm.action_items.length)
    blocks.push({
      k: "table",
      head: [l.action, l.owner, l.due, l.status, l.planPart],
      rows: pm.action_items.map((a) => [
        a.title,
        a.owner_name,
        a.due_date,
        a.overdue ? `${a.status} (${l.overdue})` : a.status,
        `${a.plan_part}${cn} ${a.plan_label}`,
      ]),
    });
  else blocks.push({ k: "p", text: l.none, muted: true });
  blocks.push({ k: "h2", text: l.reputation });
  if (pm.reputation) blocks.push(recoveryChart(pm.reputation, lang));
  blocks.push({ k: "p", text: `${l.generated}${cn} ${when(generatedAt.toISOString())}`, muted: true });
  return { title: `${l.postmortem}${cn} ${c.title}`, lang, blocks };
}

export function reportDoc(r: Report, timeZone: string): Doc {
  const { l, header, sections } = reportTables(r);
  const when = whenIn(timeZone, r.language);
  const cn = colon(r.language);
  const blocks: Block[] = [
    { k: "h1", text: l.report },
    {
      k: "p",
      text: `${l.period}${cn} ${r.since ? r.since.slice(0, 10) : "…"} – ${r.until ? r.until.slice(0, 10) : "…"} · ${l.generated}${cn} ${when(r.generated_at)}`,
      muted: true,
    },
  ];
  for (const s of sections) {
    blocks.push({ k: "h2", text: s.title });
    if (s.rows.length && !(s.rows.length === 1 && s.rows[0]?.[1] === "0"))
      blocks.push({ k: "table", head: header, rows: s.rows });
    else blocks.push({ k: "p", text: l.none, muted: true });
  }
  blocks.push(
    { k: "h2", text: l.topCauses },
    { k: "ul", items: r.top_causes.map((c) => `${c.cause} (${c.count})`), empty: l.none },
  );
  return { title: l.report, lang: r.language, blocks };
}

export type DocFormat = "md" | "html" | "pdf";
export function renderDoc(d: Doc, format: DocFormat): Promise<string | Buffer> {
  if (format === "pdf") return renderPdf(d);
  return Promise.resolve(format === "html" ? renderHtml(d) : renderMarkdown(d));
}
export const contentTypeOf = (f: DocFormat | "csv") =>
  f === "pdf"
    ? "application/pdf"
    : f === "html"
      ? "text/html; charset=utf-8"
      : f === "csv"
        ? "text/csv; charset=utf-8"
        : "text/markdown; charset=utf-8";
