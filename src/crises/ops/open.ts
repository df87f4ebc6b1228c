import { invalid } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { localize } from "../../plan/default-plan/index.js";
import type { CrisisRecord } from "../schema.js";
import { crisesStore as store } from "../store.js";
import { storedSummaries } from "../summaries.js";
import type { CrisesTable, CrisisTasksTable } from "../tables.js";
import {
  assemble,
  emitWebhook,
  event,
  getRecord,
  noteEscalations,
  notFuture,
  type OpCtx,
  type OpenInput,
  planOf,
  publish,
} from "./internal.js";
import { pageTeam } from "./page-team.js";

/** A new crisis row: nothing has happened to it yet beyond its start and the moment we knew. */
function crisisRow(
  input: OpenInput,
  typeId: string,
  personalData: boolean,
  m: {
    id: string;
    workspaceId: string;
    by: string;
    currency: string;
    startedAt: string;
    awareAt: string;
    at: string;
  },
): CrisesTable {
  return {
    id: m.id,
    workspace_id: m.workspaceId,
    title: input.title,
    type: typeId,
    severity: input.severity,
    status: "detected",
    summary: input.summary ?? "",
    summaries: storedSummaries(input.summaries ?? {}),
    titles: storedSummaries(input.titles ?? {}),
    drill: input.drill ? 1 : 0,
    personal_data: personalData ? 1 : 0,
    started_at: m.startedAt,
    aware_at: m.awareAt,
    acknowledged_at: null,
    mitigating_at: null,
    monitoring_at: null,
    resolved_at: null,
    closed_at: null,
    declined_at: null,
    declined_reason: null,
    first_public_word_at: null,
    last_public_update_at: null,
    authority_notified_at: null,
    orders_affected: 0,
    revenue_at_risk: 0,
    customers_affected: 0,
    remedies_given: 0,
    remedies_cost: 0,
    currency: m.currency,
    drill_score: null,
    created_by: m.by,
    created_at: m.at,
    updated_at: m.at,
  };
}

export async function openCrisis(c: OpCtx, input: OpenInput): Promise<CrisisRecord> {
  const { app, actor } = c;
  const { plan, lang } = await planOf(app, actor.workspaceId);
  const type = plan.crisisTypes.find((t) => t.id === input.type);
  if (!type) {
    throw invalid(
      `type "${input.type}" is not in the plan's catalogue (${plan.crisisTypes.map((t) => t.id).join(", ")})`,
      "type",
    );
  }
  if (!plan.severities.some((s) => s.id === input.severity)) throw invalid("unknown severity", "severity");
  const ws = await app.services.accounts.workspace(actor.workspaceId);
  // Read before the transaction: on the embedded store it holds the only connection.
  const opener = actor.userId
    ? (await app.services.accounts.listMembers(actor)).find((m) => m.id === actor.userId)
    : undefined;
  const now = app.clock.now();
  const at = now.toISOString();
  const startedAt = input.startedAt ? notFuture(input.startedAt, "started_at", now.getTime()) : at;
  const awareAt = input.awareAt ? notFuture(input.awareAt, "aware_at", now.getTime()) : startedAt;
  const id = newId();
  const row = crisisRow(input, type.id, Boolean(input.personalData ?? type.personal_data), {
    id,
    workspaceId: actor.workspaceId,
    by: actor.label,
    currency: ws.currency,
    startedAt,
    awareAt,
    at,
  });
  const tasks: CrisisTasksTable[] = type.playbook.map((p, i) => ({
    id: newId(),
    workspace_id: actor.workspaceId,
    crisis_id: id,
    playbook_id: p.id,
    title: localize(p.title, lang),
    role: p.role,
    due_at: new Date(Date.parse(p.clock ? awareAt : startedAt) + p.dueMinutes * 60_000).toISOString(),
    clock: p.clock ?? null,
    status: "open",
    position: i + 1,
    done_at: null,
    done_by: null,
    created_at: at,
  }));
  await app.db.transaction().execute(async (trx) => {
    await store.insert(trx, row);
    await store.insertTasks(trx, tasks);
    await event(trx, actor, id, {
      kind: "crisis.opened",
      text: `${input.drill ? "Drill" : "Crisis"} opened: ${input.title} (${localize(type.name, lang)}, ${input.severity})`,
      data: {
        type: type.id,
        type_name: localize(type.name, lang),
        title: input.title,
        severity: input.severity,
        drill: !!input.drill,
      },
      at,
    });
    for (const ev of input.evidence ?? []) {
      await store.insertLink(trx, {
        id: newId(),
        workspace_id: actor.workspaceId,
        crisis_id: id,
        kind: ev.kind,
        ref_id: ev.refId,
        note: ev.note ?? null,
        created_by: actor.label,
        created_at: at,
      });
      await event(trx, actor, id, {
        kind: `link.${ev.kind}`,
        text: `Linked ${ev.kind}${ev.note ? `: ${ev.note}` : ""}`,
        data: { kind: ev.kind, ref_id: ev.refId, note: ev.note ?? null },
        at,
      });
    }
    await noteEscalations(trx, actor, row, plan, lang, at);
    const severity = plan.severities.find((x) => x.id === row.severity);
    await pageTeam(app, trx, actor, row, plan, lang, severity?.page ?? [], "New crisis");
    // Whoever opens it leads until they hand over: a crisis never starts without a lead.
    const leadRole = plan.roles.find((r) => r.id === "crisis_lead");
    if (leadRole && opener) {
      await store.setRole(trx, {
        crisis_id: id,
        workspace_id: actor.workspaceId,
        role: leadRole.id,
        user_id: opener.id,
        user_name: opener.name,
        since: at,
      });
      await event(trx, actor, id, {
        kind: "role.assigned",
        text: `${localize(leadRole.name, lang)}: ${opener.name}`,
        data: {
          role: leadRole.id,
          role_name: localize(leadRole.name, lang),
          from: null,
          to: opener.id,
          to_name: opener.name,
        },
        at,
      });
    }
    const rec = assemble(row, plan, lang, { tasks, events: [], links: [], roles: [] }, now.getTime());
    await emitWebhook(app, trx, actor.workspaceId, "crisis.opened", rec);
  });
  app.bus.publish(actor.workspaceId, "crisis.opened", { id });
  publish(c, id, "opened");
  return getRecord(c, id);
}
