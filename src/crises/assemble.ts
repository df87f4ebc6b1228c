import { type Lang, localize, type Plan } from "../plan/default-plan/index.js";
import { computeClocks, NEXT } from "./clocks.js";
import { evaluateEscalation } from "./escalation.js";
import type { CrisisEvent, CrisisRecord, CrisisStatus, DrillScore } from "./schema.js";
import { languageTexts, summariesOf } from "./summaries.js";
import type {
  CrisesTable,
  CrisisEventsTable,
  CrisisLinksTable,
  CrisisRolesTable,
  CrisisTasksTable,
} from "./tables.js";

const parse = (s: string | null): unknown => {
  if (s === null) return null;
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
};

export const eventOf = (e: CrisisEventsTable): CrisisEvent => ({
  id: e.id,
  at: e.at,
  kind: e.kind,
  text: e.text,
  data: parse(e.data),
  actor: e.actor,
  actor_user_id: e.actor_user_id,
  key_event: e.key_event === 1,
});

export interface Parts {
  tasks: CrisisTasksTable[];
  events: CrisisEventsTable[];
  links: CrisisLinksTable[];
  roles: CrisisRolesTable[];
}

/** The one shape every reader gets: API, dashboard, other domains, webhooks (without the lists). */
export function assemble(c: CrisesTable, plan: Plan, lang: Lang, parts: Parts, now: number): CrisisRecord {
  const type = plan.crisisTypes.find((t) => t.id === c.type);
  const severity = plan.severities.find((s) => s.id === c.severity) ?? null;
  const art33 = parts.tasks.find((t) => t.clock === "gdpr_art33_72h" && t.status === "done");
  const byRole = new Map(parts.roles.map((r) => [r.role, r]));
  return {
    id: c.id,
    title: c.title,
    type: c.type,
    type_name: type ? localize(type.name, lang) : c.type,
    severity: c.severity as CrisisRecord["severity"],
    severity_info: severity
      ? {
          name: localize(severity.name, lang),
          meaning: localize(severity.meaning, lang),
          update_cadence_minutes: severity.updateCadenceMinutes,
          targets: {
            acknowledge_minutes: severity.targets.acknowledgeMinutes,
            first_public_word_minutes: severity.targets.firstPublicWordMinutes,
            mitigate_minutes: severity.targets.mitigateMinutes,
          },
          page: severity.page,
        }
      : null,
    status: c.status as CrisisStatus,
    summary: c.summary,
    summaries: summariesOf(c),
    titles: languageTexts(c.titles),
    drill: c.drill === 1,
    personal_data: c.personal_data === 1,
    started_at: c.started_at,
    aware_at: c.aware_at,
    acknowledged_at: c.acknowledged_at,
    mitigating_at: c.mitigating_at,
    monitoring_at: c.monitoring_at,
    resolved_at: c.resolved_at,
    declined_at: c.declined_at,
    declined_reason: c.declined_reason,
    closed_at: c.closed_at,
    first_public_word_at: c.first_public_word_at,
    last_public_update_at: c.last_public_update_at,
    authority_notified_at: c.authority_notified_at,
    next_statuses: [...NEXT[c.status as CrisisStatus]],
    clocks: computeClocks(c, severity, art33?.done_at ?? null, now),
    server_time: new Date(now).toISOString(),
    impact: {
      orders_affected: c.orders_affected,
      revenue_at_risk: c.revenue_at_risk,
      customers_affected: c.customers_affected,
      remedies_given: c.remedies_given,
      remedies_cost: c.remedies_cost,
      currency: c.currency,
    },
    roles: plan.roles.map((r) => {
      const held = byRole.get(r.id);
      return {
        role: r.id,
        name: localize(r.name, lang),
        user_id: held?.user_id ?? null,
        user_name: held?.user_name ?? null,
        since: held?.since ?? null,
      };
    }),
    tasks: parts.tasks.map((t) => ({
      id: t.id,
      playbook_id: t.playbook_id,
      title: t.title,
      role: t.role,
      due_at: t.due_at,
      clock: t.clock,
      status: t.status as "open" | "done" | "skipped",
      done_at: t.done_at,
      done_by: t.done_by,
      overdue: t.status === "open" && t.due_at !== null && Date.parse(t.due_at) < now,
    })),
    timeline: parts.events.map(eventOf),
    links: parts.links.map((l) => ({
      id: l.id,
      kind: l.kind as "alert" | "mention" | "monitor" | "case",
      ref_id: l.ref_id,
      note: l.note,
      created_by: l.created_by,
      created_at: l.created_at,
    })),
    drill_score: parse(c.drill_score) as DrillScore | null,
    messages: {
      kinds: type ? [...type.messages] : [],
      approval_required: type?.approval.required ?? false,
      approvers: type ? [...type.approval.approvers] : [],
      apology_expected: type?.apologyExpected ?? false,
    },
    escalation: evaluateEscalation(c, type, lang, now),
    created_by: c.created_by,
    created_at: c.created_at,
    updated_at: c.updated_at,
  };
}

/** What a webhook carries: the record without its long lists. */
export const webhookData = (r: CrisisRecord) => ({
  id: r.id,
  title: r.title,
  type: r.type,
  severity: r.severity,
  status: r.status,
  summary: r.summary,
  drill: r.drill,
  started_at: r.started_at,
  acknowledged_at: r.acknowledged_at,
  resolved_at: r.resolved_at,
  impact: r.impact,
  updated_at: r.updated_at,
});
