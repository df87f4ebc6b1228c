import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { ServiceError } from "../../core/errors.js";
import type { AlertDetail } from "../schema.js";
import { alertsStore as store } from "../store.js";
import type { AlertsTable } from "../tables.js";
import { suggestCrisis } from "../titles.js";
import { now, round3, rowOf } from "./internal.js";
import { acknowledgeOnCrisis } from "./link-crisis.js";
import { get } from "./read.js";

export interface OpenCrisisInput {
  title?: string | undefined;
  type?: string | undefined;
  severity?: "SEV1" | "SEV2" | "SEV3" | "SEV4" | undefined;
}

/** The crisis summary: what the alert saw, its busiest bucket, the incident's other alerts, samples. */
function summaryOf(row: AlertsTable, detail: AlertDetail) {
  const peak = detail.points.reduce((m, p) => (p.observed > m.observed ? p : m), {
    observed: 0,
    expected: 0,
    start: "",
  });
  return [
    `Opened from alert "${row.title}" (${row.kind}).`,
    row.kind === "monitor_down" || row.kind === "provider_incident"
      ? ""
      : `Observed ${Number(row.peak_observed)} against ${round3(Number(row.expected))} expected; score ${round3(Number(row.peak_score))}.`,
    peak.start
      ? `Busiest bucket ${peak.start}: ${peak.observed} against ${round3(peak.expected)} expected.`
      : "",
    ...detail.group.map(
      (g) => `Same incident: "${g.title}" (${g.kind}), ${g.observed} against ${g.expected} expected.`,
    ),
    ...detail.sample_mentions.slice(0, 5).map((m) => `- ${m.source}: ${m.text.slice(0, 200)}`),
  ]
    .filter(Boolean)
    .join("\n");
}

/** Opens a crisis carrying the alert's evidence; the type is suggested from what the alert is about. */
export async function openCrisis(ctx: AppContext, actor: Actor, id: string, input: OpenCrisisInput) {
  const row = await rowOf(ctx, actor, id);
  if (row.crisis_id)
    throw new ServiceError(
      "conflict",
      `a crisis was opened from this alert already: ${row.crisis_id}`,
      "crisis_id",
    );
  const crises = ctx.services.crises;
  if (!crises) throw new ServiceError("unavailable", "crisis management is not available in this build");
  const suggestion = suggestCrisis(row);
  const detail = await get(ctx, actor, id);
  const crisis = await crises.open(actor, {
    title: input.title ?? row.title,
    type: input.type ?? suggestion.type,
    severity: input.severity ?? suggestion.severity,
    summary: summaryOf(row, detail),
    startedAt: row.opened_at,
    awareAt: row.created_at,
    evidence: [
      { kind: "alert", refId: row.id, note: row.title },
      ...detail.group.map((g) => ({ kind: "alert" as const, refId: g.id, note: g.title })),
      ...detail.sample_mentions.slice(0, 10).map((m) => ({ kind: "mention" as const, refId: m.id })),
    ],
  });
  await store.update(ctx.db, actor.workspaceId, id, { crisis_id: crisis.id, updated_at: now(ctx) });
  return { crisis, alert: await acknowledgeOnCrisis(ctx, actor, row) };
}
