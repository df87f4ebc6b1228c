import type { Kysely } from "kysely";
import type { AppContext } from "../../app/context.js";
import type { Database } from "../../app/database.js";
import type { Actor } from "../../core/actor.js";
import { invalid, notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Lang, Plan } from "../../plan/default-plan/index.js";
import { assemble, eventOf, webhookData } from "../assemble.js";
import { evaluateEscalation, pendingEscalations } from "../escalation.js";
import type { CrisisEvent, CrisisRecord, CrisisStatus, Impact, LinkKind } from "../schema.js";
import { crisesStore as store } from "../store.js";
import type { CrisesTable } from "../tables.js";

export type Db = Kysely<Database>;

/** What every crisis operation runs with: the app and who asked. */
export interface OpCtx {
  app: AppContext;
  actor: Actor;
}

export interface OpenInput {
  title: string;
  type: string;
  severity: CrisisRecord["severity"];
  summary?: string | undefined;
  summaries?: Partial<Record<string, string>> | undefined;
  titles?: Partial<Record<string, string>> | undefined;
  drill?: boolean | undefined;
  startedAt?: string | undefined;
  awareAt?: string | undefined;
  personalData?: boolean | undefined;
  /** Alerts, mentions, monitors or cases that made someone open it. */
  evidence?: { kind: LinkKind; refId: string; note?: string | undefined }[] | undefined;
}

export interface CrisisPatch {
  status?: CrisisStatus | undefined;
  severity?: CrisisRecord["severity"] | undefined;
  title?: string | undefined;
  summary?: string | undefined;
  summaries?: Partial<Record<string, string>> | undefined;
  titles?: Partial<Record<string, string>> | undefined;
  personal_data?: boolean | undefined;
  aware_at?: string | undefined;
  authority_notified_at?: string | null | undefined;
  /** Why: declining, removing personal data, lowering severity below the plan's rule. */
  reason?: string | undefined;
  /** On resolve: post the final public update (default) or keep the incident open. */
  public?: "resolve" | "keep" | undefined;
  final_update?: Partial<Record<string, string>> | undefined;
}

export interface EventInput {
  kind: string;
  text: string;
  data?: unknown;
  /** Idempotency key: the same key on the same crisis lands once (retries, replays). */
  key?: string | undefined;
  keyEvent?: boolean | undefined;
  at?: string | undefined;
  /** A message the public saw (status page, social post, customer e-mail): moves the update clocks. */
  public?: boolean | undefined;
}

export type ImpactDelta = { [K in Exclude<keyof Impact, "currency">]?: number | undefined } & {
  currency?: string | undefined;
};

// A browser's clock may run a little ahead; beyond this a time "in the future" is a typo.
const SKEW_MS = 5 * 60_000;
export function notFuture(iso: string, field: string, now: number): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw invalid(`${field} is not a valid time`, field);
  if (t > now + SKEW_MS) throw invalid(`${field} cannot be in the future`, field);
  return new Date(t).toISOString();
}

// These make the post-mortem's skeleton; the rest can be marked by hand.
const AUTO_KEY = new Set([
  "crisis.opened",
  "status.changed",
  "severity.changed",
  "public_word",
  "role.assigned",
]);

export const publish = (c: OpCtx, id: string, reason: string) =>
  c.app.bus.publish(c.actor.workspaceId, "crisis.changed", { id, reason });

export async function rowOf(trx: Db, actor: Actor, id: string) {
  const row = await store.byId(trx, actor.workspaceId, id);
  if (!row) throw notFound("crisis");
  return row;
}

export async function planOf(app: AppContext, workspaceId: string): Promise<{ plan: Plan; lang: Lang }> {
  const rec = await app.services.plan.record(workspaceId);
  return { plan: rec.plan, lang: rec.language };
}

/** Records with their tasks, roles and (unless left out for lighter lists) timeline and links. */
export async function loadMany(
  app: AppContext,
  workspaceId: string,
  rows: CrisesTable[],
  now: number,
  withTimeline = true,
): Promise<CrisisRecord[]> {
  const { plan, lang } = await planOf(app, workspaceId);
  const ids = rows.map((r) => r.id);
  const [tasks, events, links, roles] = await Promise.all([
    store.tasksOf(app.db, ids),
    withTimeline ? store.eventsOf(app.db, ids) : [],
    withTimeline ? store.linksOf(app.db, ids) : [],
    store.rolesOf(app.db, ids),
  ]);
  return rows.map((r) =>
    assemble(
      r,
      plan,
      lang,
      {
        tasks: tasks.filter((t) => t.crisis_id === r.id),
        events: events.filter((e) => e.crisis_id === r.id),
        links: links.filter((l) => l.crisis_id === r.id),
        roles: roles.filter((x) => x.crisis_id === r.id),
      },
      now,
    ),
  );
}

/** The record with its clocks as they stand at `now`. */
export async function getRecord(
  c: OpCtx,
  id: string,
  now = c.app.clock.now().getTime(),
): Promise<CrisisRecord> {
  const row = await rowOf(c.app.db, c.actor, id);
  return (await loadMany(c.app, c.actor.workspaceId, [row], now))[0] as CrisisRecord;
}

export async function event(
  trx: Db,
  actor: Actor,
  crisisId: string,
  e: EventInput & { at: string },
): Promise<CrisisEvent | null> {
  const row = {
    id: newId(),
    workspace_id: actor.workspaceId,
    crisis_id: crisisId,
    at: e.at,
    kind: e.kind,
    text: e.text,
    data: e.data === undefined ? null : JSON.stringify(e.data),
    actor: actor.label,
    actor_user_id: actor.userId,
    key_event: (e.keyEvent ?? AUTO_KEY.has(e.kind)) ? 1 : 0,
    idem_key: e.key ?? null,
  };
  return (await store.insertEvent(trx, row)) ? eventOf(row) : null;
}

export async function emitWebhook(
  app: AppContext,
  trx: Db,
  workspaceId: string,
  type: string,
  rec: CrisisRecord,
) {
  // A drill rehearses the team, not the outside world: no status page or chat tool hears of it.
  if (rec.drill) return;
  // Absent only when a test builds the app with fewer modules.
  const webhooks = app.services.webhooks as typeof app.services.webhooks | undefined;
  await webhooks?.emit(workspaceId, type, webhookData(rec), { db: trx });
}

/**
 * Puts each escalation rule the record now proves on the timeline, once per rule (the key makes a
 * later change that proves it again a no-op), so the lead sees "raise to SEV1" where it happened.
 */
export async function noteEscalations(
  trx: Db,
  actor: Actor,
  row: CrisesTable,
  plan: Plan,
  lang: Lang,
  at: string,
) {
  const type = plan.crisisTypes.find((t) => t.id === row.type);
  for (const e of pendingEscalations(evaluateEscalation(row, type, lang, Date.parse(at)))) {
    await event(trx, actor, row.id, {
      kind: "escalation.triggered",
      text: `Escalation rule met: ${e.text} (now ${row.severity})`,
      data: { rule: e.id, rule_text: e.text, raise_to: e.raise_to, from: row.severity },
      key: `escalation:${e.id}`,
      keyEvent: true,
      at,
    });
  }
}

/** Runs a change in one transaction, then tells everyone in the room. */
export async function change<T>(
  c: OpCtx,
  id: string,
  reason: string,
  body: (trx: Db, row: CrisesTable) => Promise<T>,
) {
  const out = await c.app.db.transaction().execute(async (trx) => body(trx, await rowOf(trx, c.actor, id)));
  publish(c, id, reason);
  return out;
}

export { assemble };
