import type { Kysely } from "kysely";
import type { AppContext } from "../../app/context.js";
import type { Database } from "../../app/database.js";
import { type Actor, systemActor } from "../../core/actor.js";
import { notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { type CaseContext, toCaseOut } from "../assemble.js";
import { defaultPolicy, mergePolicy, openPolicySecrets, type RemedyPolicy } from "../policy.js";
import type { CaseOut, CaseStatus } from "../schema.js";
import { casesStore as store } from "../store.js";
import type { CasesTable } from "../tables.js";

/** Helpers the case operations share; each operation is a `(ctx, ...)` function in its own file. */
export type Db = Kysely<Database>;

export const OPEN: CaseStatus[] = ["new", "answered", "waiting"];

/** Where a status may move; "new" again is a reopening (the customer wrote back). */
export const NEXT: Record<CaseStatus, CaseStatus[]> = {
  new: ["answered", "waiting", "resolved", "closed"],
  answered: ["new", "waiting", "resolved", "closed"],
  waiting: ["new", "answered", "resolved", "closed"],
  resolved: ["new", "closed"],
  closed: ["new"],
};

/** The app clock's now as stored (ISO 8601 UTC). */
export const now = (ctx: Pick<AppContext, "clock">) => ctx.clock.now().toISOString();

export async function policy(ctx: AppContext, workspaceId: string): Promise<RemedyPolicy> {
  const ws = await ctx.services.accounts.workspace(workspaceId);
  const base = defaultPolicy(ws.language, ws.currency);
  const stored = await store.settings(ctx.db, workspaceId);
  return stored ? mergePolicy(base, openPolicySecrets(JSON.parse(stored.policy))) : base;
}

export async function caseContext(ctx: AppContext, workspaceId: string): Promise<CaseContext> {
  const ws = await ctx.services.accounts.workspace(workspaceId);
  // Customers read reply times in the shop's own zone (workspace settings), with its abbreviation.
  const zone = (await ctx.services.accounts.settings(workspaceId)).time_zone;
  return {
    policy: await policy(ctx, workspaceId),
    shop: ws.name,
    timezone: zone || ws.timezone || "UTC",
    workspaceLanguage: ws.language,
  };
}

export async function event(
  ctx: Pick<AppContext, "clock">,
  trx: Db,
  actor: Actor,
  caseId: string,
  kind: string,
  text: string,
  data?: unknown,
) {
  await store.insertEvent(trx, {
    id: newId(),
    workspace_id: actor.workspaceId,
    case_id: caseId,
    at: now(ctx),
    kind,
    text,
    data: data === undefined ? null : JSON.stringify(data),
    actor: actor.label,
    actor_user_id: actor.userId,
  });
}

export async function rowOf(trx: Db, workspaceId: string, id: string) {
  const row = await store.byId(trx, workspaceId, id);
  if (!row) throw notFound("case");
  return row;
}

export async function load(
  ctx: AppContext,
  workspaceId: string,
  rows: CasesTable[],
  full: boolean,
): Promise<CaseOut[]> {
  const c = await caseContext(ctx, workspaceId);
  const ids = rows.map((r) => r.id);
  const [remedies, messages, events] = await Promise.all([
    store.remediesOf(ctx.db, ids),
    full ? store.messagesOf(ctx.db, ids) : Promise.resolve([]),
    full ? store.eventsOf(ctx.db, ids) : Promise.resolve([]),
  ]);
  return rows.map((r) =>
    toCaseOut(
      r,
      c,
      remedies.filter((x) => x.case_id === r.id),
      full ? messages.filter((m) => m.case_id === r.id) : undefined,
      full ? events.filter((e) => e.case_id === r.id) : undefined,
      ctx.clock.now().getTime(),
    ),
  );
}

export async function get(ctx: AppContext, actor: Actor, id: string): Promise<CaseOut> {
  const row = await rowOf(ctx.db, actor.workspaceId, id);
  return (await load(ctx, actor.workspaceId, [row], true))[0] as CaseOut;
}

export const changed = (ctx: AppContext, workspaceId: string, id: string, reason: string) =>
  ctx.bus.publish(workspaceId, "case.changed", { id, reason });

/** Who hears about escalations and approvals: the policy's senior people, else the admins. */
export async function seniorEmails(ctx: AppContext, workspaceId: string, p: RemedyPolicy): Promise<string[]> {
  if (p.senior_emails.length) return p.senior_emails;
  const members = await ctx.services.accounts.listMembers(systemActor(workspaceId));
  return members.filter((m) => m.role === "admin" && m.email.includes(".")).map((m) => m.email);
}

export const customerLabel = (row: CasesTable) =>
  row.customer_name ?? row.customer_handle ?? row.customer_email ?? "customer";

/** Four eyes: is the actor the person who asked? By user id when both have one, else by their label. */
export function samePerson(actor: Actor, requester: { userId: string | null; label: string }) {
  if (actor.userId && requester.userId) return actor.userId === requester.userId;
  return actor.label === requester.label;
}
