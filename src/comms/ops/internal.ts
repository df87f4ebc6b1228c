import type { Kysely } from "kysely";
import type { AppContext } from "../../app/context.js";
import type { Database } from "../../app/database.js";
import type { Actor } from "../../core/actor.js";
import { conflict, notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { CrisisType, CrisisTypeId, Lang, MessageKind } from "../../plan/default-plan/index.js";
import type { MESSAGE_STATUSES } from "../schema.js";
import { commsStore as store } from "../store.js";
import type { CommsMessagesTable } from "../tables.js";
import { defaultTemplate, renderTemplate } from "../templates/index.js";
import { checkTone, type ToneResult } from "../tone/index.js";
import { messageVariables } from "../variables.js";

/** Helpers the message operations share; each operation is a `(ctx, ...)` function in its own file. */
export type Db = Kysely<Database>;

/** Messages that speak to the public: they expect an apology (when the type does) and a next step. */
const PUBLIC_KINDS = new Set<MessageKind>([
  "press_release",
  "social_post",
  "customer_email",
  "status_update",
  "breach_notice",
]);

export interface MessageOut {
  id: string;
  crisis_id: string | null;
  kind: MessageKind;
  crisis_type: CrisisTypeId;
  language: Lang;
  status: (typeof MESSAGE_STATUSES)[number];
  subject: string;
  body: string;
  vars: Record<string, unknown>;
  preview: { subject: string; body: string };
  tone: ToneResult;
  /** Per other language: the rendered translation and its own tone check. */
  translations: Record<string, { preview: { subject: string; body: string }; tone: ToneResult }>;
  approval: { required: boolean; approvers: string[] };
  created_by: string;
  created_at: string;
  updated_at: string;
  submitted_by: string | null;
  submitted_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
  sent_by: string | null;
  sent_at: string | null;
  sends: { channel: string; at: string; by: string; target?: string; segment?: string }[];
}

export interface MessageInput {
  kind: MessageKind;
  crisis_id?: string | null | undefined;
  crisis_type?: CrisisTypeId | undefined;
  language?: Lang | undefined;
  subject?: string | undefined;
  body?: string | undefined;
  vars?: Record<string, unknown> | undefined;
}

/** The app clock's now as stored (ISO 8601 UTC). */
export const now = (ctx: Pick<AppContext, "clock">) => ctx.clock.now().toISOString();

export async function audit(
  ctx: Pick<AppContext, "clock">,
  trx: Db,
  actor: Actor,
  messageId: string | null,
  action: string,
  data: Record<string, unknown> = {},
) {
  await store.insertAudit(trx, {
    id: newId(),
    workspace_id: actor.workspaceId,
    message_id: messageId,
    at: now(ctx),
    actor: actor.label,
    actor_user_id: actor.userId,
    action,
    data: JSON.stringify(data),
  });
}

export async function template(
  ctx: AppContext,
  workspaceId: string,
  kind: MessageKind,
  type: CrisisTypeId,
  lang: Lang,
) {
  const own = await store.template(ctx.db, workspaceId, kind, type, lang);
  return own
    ? { subject: own.subject, body: own.body, customized: true, updated_by: own.updated_by }
    : { ...defaultTemplate(kind, type, lang), customized: false, updated_by: null };
}

export async function crisisTypeOf(
  ctx: AppContext,
  workspaceId: string,
  id: string,
): Promise<CrisisType | null> {
  return ctx.services.plan.crisisType(workspaceId, id);
}

/** The plan's rule for this message; a breach notice always needs a second pair of eyes. */
export async function approvalRule(
  ctx: AppContext,
  row: { workspace_id: string; crisis_type: string; kind: string },
) {
  const type = await crisisTypeOf(ctx, row.workspace_id, row.crisis_type);
  const required = (type?.approval.required ?? true) || row.kind === "breach_notice";
  return { required, approvers: type?.approval.approvers ?? [], type };
}

type Breach = Record<string, string | undefined>;
type Translation = { subject?: string; body: string; breach?: Breach };

/**
 * The message's translations as rows of their own language, so they render and check like it. Each
 * reads its own breach parts: the shop's would put "names and e-mail addresses" after "Welche Daten
 * betroffen sind:". Only the contact (an address, a number) is the shop's when a translation has none.
 */
export function translations(row: CommsMessagesTable): CommsMessagesTable[] {
  const vars = JSON.parse(row.vars) as { translations?: Record<string, Translation>; breach?: Breach };
  return Object.entries(vars.translations ?? {})
    .filter(([lang, v]) => lang !== row.language && v?.body?.trim())
    .map(([lang, v]) => ({
      ...row,
      language: lang,
      subject: v.subject?.trim() ? v.subject : row.subject,
      body: v.body,
      vars: v.breach
        ? JSON.stringify({ ...vars, breach: { contact: vars.breach?.["contact"], ...v.breach } })
        : row.vars,
    }));
}

export async function rendered(
  ctx: AppContext,
  actor: Actor,
  row: CommsMessagesTable,
  customer: Record<string, unknown> = {},
) {
  const vars = await messageVariables(ctx, actor, row, customer);
  return {
    subject: (await renderTemplate(row.subject, vars, "subject")).trim(),
    body: (await renderTemplate(row.body, vars, "body")).trim(),
  };
}

type Rendering = Pick<MessageOut, "preview" | "tone" | "translations">;

/** Renders the message and its translations with their tone checks; a template error shows in the preview. */
async function renderAll(
  ctx: AppContext,
  actor: Actor,
  row: CommsMessagesTable,
  expect: { expectApology: boolean; expectNextStep: boolean },
): Promise<Rendering> {
  const preview = await rendered(ctx, actor, row).catch((err: Error) => ({
    subject: row.subject,
    body: `⚠ ${err.message}`,
  }));
  const tone = checkTone(preview.body, row.language as Lang, expect);
  const translated: MessageOut["translations"] = {};
  for (const t of translations(row)) {
    const p = await rendered(ctx, actor, t).catch((err: Error) => ({
      subject: t.subject,
      body: `⚠ ${err.message}`,
    }));
    translated[t.language] = { preview: p, tone: checkTone(p.body, t.language as Lang, expect) };
  }
  return { preview, tone, translations: translated };
}

/** The stored rendering when it was made for this version of the message (same `updated_at`). */
function storedRendering(row: CommsMessagesTable): Rendering | null {
  if (!row.rendered) return null;
  const r = JSON.parse(row.rendered) as Rendering & { for: string };
  return r.for === row.updated_at ? { preview: r.preview, tone: r.tone, translations: r.translations } : null;
}

/**
 * The message as the API shows it. `stored`: lists take the stored rendering instead of rendering every
 * template again (a message renders once per edit); the detail view renders fresh and stores it.
 */
export async function out(
  ctx: AppContext,
  actor: Actor,
  row: CommsMessagesTable,
  opts: { stored?: boolean } = {},
): Promise<MessageOut> {
  const rule = await approvalRule(ctx, row);
  const kind = row.kind as MessageKind;
  const expect = {
    expectApology: PUBLIC_KINDS.has(kind) && (rule.type?.apologyExpected ?? true),
    expectNextStep: PUBLIC_KINDS.has(kind),
  };
  let r = opts.stored ? storedRendering(row) : null;
  if (!r) {
    r = await renderAll(ctx, actor, row, expect);
    await store.saveRendering(
      ctx.db,
      row.workspace_id,
      row.id,
      JSON.stringify({ ...r, for: row.updated_at }),
    );
  }
  const { preview, tone, translations: translated } = r;
  return {
    id: row.id,
    crisis_id: row.crisis_id,
    kind,
    crisis_type: row.crisis_type as CrisisTypeId,
    language: row.language as Lang,
    status: row.status as MessageOut["status"],
    subject: row.subject,
    body: row.body,
    vars: JSON.parse(row.vars) as Record<string, unknown>,
    preview,
    tone,
    translations: translated,
    approval: { required: rule.required, approvers: rule.approvers },
    created_by: row.created_by,
    created_at: row.created_at,
    updated_at: row.updated_at,
    submitted_by: row.submitted_by,
    submitted_at: row.submitted_at,
    approved_by: row.approved_by,
    approved_at: row.approved_at,
    sent_by: row.sent_by,
    sent_at: row.sent_at,
    sends: JSON.parse(row.sends),
  };
}

export async function load(ctx: AppContext, actor: Actor, id: string) {
  const row = await store.message(ctx.db, actor.workspaceId, id);
  if (!row) throw notFound("message");
  return row;
}

/** Moves a message between states with the audit entry in the same transaction. */
export async function move(
  ctx: AppContext,
  actor: Actor,
  row: CommsMessagesTable,
  from: string[],
  set: Partial<CommsMessagesTable>,
  action: string,
  data: Record<string, unknown> = {},
) {
  await ctx.db.transaction().execute(async (trx) => {
    const r = await store.updateMessage(trx, actor.workspaceId, row.id, from, {
      ...set,
      updated_at: now(ctx),
    });
    if (!Number(r.numUpdatedRows))
      throw conflict(`the message is ${row.status}; reload and try again`, "status");
    await audit(ctx, trx, actor, row.id, action, data);
  });
  ctx.bus.publish(actor.workspaceId, "message.changed", { id: row.id, action });
  return out(ctx, actor, await load(ctx, actor, row.id));
}
