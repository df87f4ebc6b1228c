import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { conflict, invalid } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { CrisisTypeId, Lang } from "../../plan/default-plan/index.js";
import { commsStore as store } from "../store.js";
import type { CommsMessagesTable } from "../tables.js";
import { vetTemplate } from "../templates/index.js";
import {
  audit,
  crisisTypeOf,
  load,
  type MessageInput,
  type MessageOut,
  move,
  now,
  out,
  template,
} from "./internal.js";

/** Translations are templates too: each is held to the same budget, named by its own field. */
async function checkTranslations(vars: Record<string, unknown> | undefined) {
  const t = (vars as { translations?: Record<string, { subject?: unknown; body?: unknown }> } | undefined)
    ?.translations;
  for (const [lang, v] of Object.entries(t ?? {})) {
    if (typeof v?.subject === "string") await vetTemplate(v.subject, `vars.translations.${lang}.subject`);
    if (typeof v?.body === "string") await vetTemplate(v.body, `vars.translations.${lang}.body`);
  }
}

/** A draft from the workspace's template for the crisis's type, unless the writer gives the text. */
export async function create(ctx: AppContext, actor: Actor, input: MessageInput): Promise<MessageOut> {
  let type = input.crisis_type;
  let lang = input.language;
  if (input.crisis_id) {
    const c = await ctx.services.crises.get(actor, input.crisis_id);
    type = c.type as CrisisTypeId;
  }
  if (!type) throw invalid("give crisis_id or crisis_type", "crisis_type");
  if (!(await crisisTypeOf(ctx, actor.workspaceId, type)))
    throw invalid(`the plan has no crisis type "${type}"`, "crisis_type");
  lang ??= await ctx.services.plan.language(actor.workspaceId);
  const t = await template(ctx, actor.workspaceId, input.kind, type, lang);
  const subject = input.subject ?? t.subject;
  const body = input.body ?? t.body;
  await vetTemplate(subject, "subject");
  await vetTemplate(body, "body");
  await checkTranslations(input.vars);
  const at = now(ctx);
  const row: CommsMessagesTable = {
    id: newId(),
    workspace_id: actor.workspaceId,
    crisis_id: input.crisis_id ?? null,
    kind: input.kind,
    crisis_type: type,
    language: lang,
    subject,
    body,
    vars: JSON.stringify(input.vars ?? {}),
    status: "draft",
    created_by: actor.label,
    created_by_user: actor.userId,
    created_at: at,
    updated_at: at,
    submitted_by: null,
    submitted_by_user: null,
    submitted_at: null,
    approved_by: null,
    approved_by_user: null,
    approved_at: null,
    sent_by: null,
    sent_at: null,
    sends: "[]",
    rendered: null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await store.insertMessage(trx, row);
    await audit(ctx, trx, actor, row.id, "draft.created", {
      kind: row.kind,
      language: lang,
      from_template: input.body === undefined,
    });
  });
  ctx.bus.publish(actor.workspaceId, "message.changed", { id: row.id, action: "created" });
  return out(ctx, actor, row);
}

export interface MessageEdit {
  subject?: string | undefined;
  body?: string | undefined;
  language?: Lang | undefined;
  vars?: Record<string, unknown> | undefined;
}

/** Editing voids an approval: what was approved is what goes out, nothing else. */
export async function edit(ctx: AppContext, actor: Actor, id: string, p: MessageEdit) {
  const row = await load(ctx, actor, id);
  if (!["draft", "review", "approved"].includes(row.status))
    throw conflict(`a ${row.status} message cannot be edited; start a new one`, "status");
  if (p.subject !== undefined) await vetTemplate(p.subject, "subject");
  if (p.body !== undefined) await vetTemplate(p.body, "body");
  await checkTranslations(p.vars);
  const set: Partial<CommsMessagesTable> = {
    ...(p.subject !== undefined ? { subject: p.subject } : {}),
    ...(p.body !== undefined ? { body: p.body } : {}),
    ...(p.language ? { language: p.language } : {}),
    ...(p.vars ? { vars: JSON.stringify(p.vars) } : {}),
    status: "draft",
    approved_by: null,
    approved_by_user: null,
    approved_at: null,
  };
  return move(ctx, actor, row, ["draft", "review", "approved"], set, "draft.edited", {
    fields: Object.keys(p),
    approval_voided: row.status === "approved",
  });
}
