import { conflict, invalid } from "../../core/errors.js";
import { formatForCustomer } from "../../core/zoned-time.js";
import type { Lang, Plan } from "../../plan/default-plan/index.js";
import { computeClocks, isOpen, NEXT, STATUS_COLUMN, scoreDrill, skippedSteps } from "../clocks.js";
import { evaluateEscalation, severityRank } from "../escalation.js";
import type { CrisisRecord, CrisisStatus, PublicResolution } from "../schema.js";
import { crisesStore as store } from "../store.js";
import { languageTextsChange, summariesChange } from "../summaries.js";
import type { CrisesTable } from "../tables.js";
import {
  assemble,
  type CrisisPatch,
  change,
  type Db,
  type EventInput,
  emitWebhook,
  event,
  getRecord,
  noteEscalations,
  notFuture,
  type OpCtx,
  planOf,
} from "./internal.js";
import { pageTeam } from "./page-team.js";
import { resolveInPublic, warnDeclinedInPublic } from "./resolve-public.js";

/**
 * A status move: forward past steps records each skipped step at the same moment, going back from
 * resolved reopens (the next resolve records its own time), and declining needs a reason.
 */
function statusChange(
  row: CrisesTable,
  patch: CrisisPatch,
  set: Partial<CrisesTable>,
  at: string,
): EventInput {
  const from = row.status as CrisisStatus;
  const to = patch.status as CrisisStatus;
  const allowed = NEXT[from];
  if (!allowed.includes(to)) {
    throw invalid(
      `status cannot move from ${from} to ${to}; from ${from} it can go to ${allowed.join(" or ") || `nowhere (${from})`}`,
      "status",
    );
  }
  if (to === "declined" && !patch.reason)
    throw invalid("say why it is a false alarm: declining needs a reason", "reason");
  set.status = to;
  const skipped = skippedSteps(from, to);
  for (const step of [...skipped, to]) {
    const col = STATUS_COLUMN[step as keyof typeof STATUS_COLUMN];
    if (col && !row[col]) set[col] = at;
  }
  if (from === "resolved" && to === "mitigating") set.resolved_at = null;
  if (to === "declined") set.declined_reason = patch.reason ?? null;
  const text =
    to === "declined"
      ? `Status: ${from} → declined (false alarm): ${patch.reason}`
      : from === "resolved" && to === "mitigating"
        ? `Reopened: resolved → mitigating${patch.reason ? ` (${patch.reason})` : ""}`
        : `Status: ${from} → ${to}${skipped.length ? ` (skipped ${skipped.join(", ")})` : ""}`;
  return {
    kind: "status.changed",
    text,
    data: {
      from,
      to,
      ...(skipped.length ? { skipped } : {}),
      ...(patch.reason ? { reason: patch.reason } : {}),
    },
  };
}

/**
 * Safety in the room: taking personal data off a breach, or lowering the severity below what a rule
 * of the plan that the record proves asks for, needs a reason that lands on the timeline.
 */
function safetyCheck(
  row: CrisesTable,
  patch: CrisisPatch,
  plan: Plan,
  lang: Lang,
  at: string,
): { field: string; text: string; rule?: { rule_text: string; raise_to: string } } | null {
  if (patch.personal_data === false && row.personal_data === 1) {
    if (!patch.reason)
      throw invalid("say why no personal data is involved: removing it needs a reason", "reason");
    return { field: "personal_data", text: `No personal data involved after all: ${patch.reason}` };
  }
  if (patch.severity !== undefined && severityRank(patch.severity) > severityRank(row.severity)) {
    const type = plan.crisisTypes.find((t) => t.id === row.type);
    const after = {
      ...row,
      severity: patch.severity,
      ...(patch.personal_data !== undefined ? { personal_data: patch.personal_data ? 1 : 0 } : {}),
    };
    const rule = evaluateEscalation(after, type, lang, Date.parse(at)).find(
      (e) => e.state === "triggered" && e.above_current,
    );
    if (rule) {
      if (!patch.reason)
        throw invalid(
          `the plan asks for ${rule.raise_to} here (${rule.text}): lowering to ${patch.severity} needs a reason`,
          "reason",
        );
      return {
        field: "severity",
        text: `Severity lowered below the plan's rule (${rule.text}, ${rule.raise_to}): ${patch.reason}`,
        rule: { rule_text: rule.text, raise_to: rule.raise_to },
      };
    }
  }
  return null;
}

/** What the patch changes on the row, and the timeline lines that say so. */
/** `timeZone`: the workspace's, for times written into notes (a stored line has no reader's zone). */
function changesOf(
  row: CrisesTable,
  patch: CrisisPatch,
  plan: Plan,
  lang: Lang,
  at: string,
  timeZone: string,
) {
  const set: Partial<CrisesTable> = { updated_at: at };
  const notes: EventInput[] = [];
  if (patch.status !== undefined && patch.status !== row.status)
    notes.push(statusChange(row, patch, set, at));
  const override = safetyCheck(row, patch, plan, lang, at);
  if (override)
    notes.push({
      kind: "safety.override",
      text: override.text,
      data: { field: override.field, reason: patch.reason, ...override.rule },
      keyEvent: true,
    });
  if (patch.severity !== undefined && patch.severity !== row.severity) {
    if (!plan.severities.some((s) => s.id === patch.severity)) throw invalid("unknown severity", "severity");
    set.severity = patch.severity;
    notes.push({
      kind: "severity.changed",
      text: `Severity: ${row.severity} → ${patch.severity}`,
      data: { from: row.severity, to: patch.severity },
    });
  }
  if (patch.title !== undefined && patch.title !== row.title) {
    set.title = patch.title;
    notes.push({
      kind: "title.changed",
      text: `Title: ${patch.title}`,
      data: { from: row.title, to: patch.title },
    });
  }
  const titles = languageTextsChange(row.titles, patch.titles);
  if (titles) {
    set.titles = titles.column;
    notes.push({
      kind: "title.changed",
      text: `Title updated (${titles.languages.join(", ")})`,
      data: { languages: titles.languages },
    });
  }
  if (patch.summary !== undefined && patch.summary !== row.summary) {
    set.summary = patch.summary;
    notes.push({ kind: "summary.changed", text: "Summary updated", data: { summary: patch.summary } });
  }
  const translated = summariesChange(row, patch.summaries);
  if (translated) {
    set.summaries = translated.summaries;
    notes.push({
      kind: "summary.changed",
      text: `Summary updated (${translated.languages.join(", ")})`,
      data: { languages: translated.languages },
    });
  }
  if (patch.personal_data !== undefined && (patch.personal_data ? 1 : 0) !== row.personal_data) {
    set.personal_data = patch.personal_data ? 1 : 0;
    notes.push({
      kind: "personal_data.changed",
      text: patch.personal_data
        ? "Personal data involved: the GDPR 72-hour clock runs"
        : "No personal data involved",
      data: { personal_data: !!patch.personal_data },
      keyEvent: true,
    });
  }
  if (patch.aware_at !== undefined) {
    set.aware_at = notFuture(patch.aware_at, "aware_at", Date.parse(at));
    const since = formatForCustomer(set.aware_at, { timeZone, language: "en" });
    notes.push({
      kind: "aware_at.changed",
      text: `Aware since ${since}`,
      data: { aware_at: set.aware_at },
      keyEvent: true,
    });
  }
  if (patch.authority_notified_at !== undefined) {
    set.authority_notified_at = patch.authority_notified_at
      ? notFuture(patch.authority_notified_at, "authority_notified_at", Date.parse(at))
      : null;
    notes.push({
      kind: "authority.notified",
      text: set.authority_notified_at ? "Supervisory authority notified" : "Authority notification withdrawn",
      data: { notified_at: set.authority_notified_at },
      keyEvent: true,
    });
  }
  return { set, notes };
}

/** Resolving a drill scores the team against the plan's targets for its severity. */
async function scoreOnResolve(trx: Db, row: CrisesTable, set: Partial<CrisesTable>, plan: Plan, at: string) {
  const after = { ...row, ...set };
  const tasks = await store.tasksOf(trx, [row.id]);
  const art33 = tasks.find((t) => t.clock === "gdpr_art33_72h" && t.status === "done");
  const severity = plan.severities.find((s) => s.id === after.severity) ?? null;
  const score = scoreDrill(computeClocks(after, severity, art33?.done_at ?? null, Date.parse(at)), tasks);
  set.drill_score = JSON.stringify(score);
  return {
    kind: "drill.scored",
    text: `Drill score: ${score.score}/100; tasks on time ${score.tasks?.on_time ?? 0}/${score.tasks?.total ?? 0}`,
    data: score,
    keyEvent: true,
  } satisfies EventInput;
}

export async function updateCrisis(
  c: OpCtx,
  input: { id: string; patch: CrisisPatch },
): Promise<CrisisRecord & { public_resolution?: PublicResolution }> {
  const { app, actor } = c;
  const { id, patch } = input;
  const { plan, lang } = await planOf(app, actor.workspaceId);
  const { time_zone } = await app.services.accounts.settings(actor.workspaceId);
  const ended = await change(c, id, "updated", async (trx, row) => {
    const at = app.clock.now().toISOString();
    const { set, notes } = changesOf(row, patch, plan, lang, at, time_zone);
    if (notes.length === 0) return false;
    if (set.resolved_at && row.drill) notes.push(await scoreOnResolve(trx, row, set, plan, at));
    // Compare-and-set on the status read above: two people pressing "resolve" at once move it once.
    const r = await trx
      .updateTable("crises")
      .set(set)
      .where("workspace_id", "=", actor.workspaceId)
      .where("id", "=", id)
      .where("status", "=", row.status)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0)
      throw conflict("the crisis changed at the same moment; reload and try again", "status");
    for (const n of notes) await event(trx, actor, id, { ...n, at });
    await noteEscalations(trx, actor, { ...row, ...set }, plan, lang, at);
    if (set.severity && isOpen(set.status ?? row.status)) {
      // A raise brings in the roles the new severity pages that the old one did not.
      const before = new Set(plan.severities.find((x) => x.id === row.severity)?.page ?? []);
      const now = plan.severities.find((x) => x.id === set.severity)?.page ?? [];
      const added = now.filter((r) => !before.has(r));
      await pageTeam(app, trx, actor, { ...row, ...set }, plan, lang, added, `Raised to ${set.severity}`);
    }
    const rec = assemble(
      { ...row, ...set },
      plan,
      lang,
      { tasks: [], events: [], links: [], roles: [] },
      Date.parse(at),
    );
    await emitWebhook(app, trx, actor.workspaceId, "crisis.updated", rec);
    // A drill says nothing in public, so it has nothing to resolve there.
    if (row.drill) return null;
    return set.resolved_at ? "resolved" : set.declined_at ? "declined" : null;
  });
  const publicResolution = ended === "resolved" ? await resolveInPublic(c, { id, patch }) : undefined;
  if (ended === "declined") await warnDeclinedInPublic(c, id);
  const rec = await getRecord(c, id);
  return publicResolution ? { ...rec, public_resolution: publicResolution } : rec;
}
