import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import type { CrisisTypeId, Lang, MessageKind } from "../../plan/default-plan/index.js";
import { commsStore as store } from "../store.js";
import { allDefaultTemplates, vetTemplate } from "../templates/index.js";
import { audit, now, template } from "./internal.js";

export interface TemplateKey {
  kind: MessageKind;
  crisis_type: CrisisTypeId;
  language: Lang;
}

export async function templates(
  ctx: AppContext,
  actor: Actor,
  f: { kind?: MessageKind | undefined; crisis_type?: CrisisTypeId | undefined; language?: Lang | undefined },
) {
  const own = await store.templates(ctx.db, actor.workspaceId);
  const items = [];
  for (const t of allDefaultTemplates()) {
    if (f.kind && t.kind !== f.kind) continue;
    if (f.crisis_type && t.crisis_type !== f.crisis_type) continue;
    if (f.language && t.language !== f.language) continue;
    const o = own.find(
      (x) => x.kind === t.kind && x.crisis_type === t.crisis_type && x.language === t.language,
    );
    items.push({
      kind: t.kind,
      crisis_type: t.crisis_type,
      language: t.language,
      subject: o?.subject ?? t.template.subject,
      body: o?.body ?? t.template.body,
      customized: Boolean(o),
      updated_by: o?.updated_by ?? null,
      updated_at: o?.updated_at ?? null,
    });
  }
  return items;
}

export async function putTemplate(
  ctx: AppContext,
  actor: Actor,
  key: TemplateKey,
  t: { subject: string; body: string },
) {
  await vetTemplate(t.subject, "subject");
  await vetTemplate(t.body, "body");
  await ctx.db.transaction().execute(async (trx) => {
    await store.putTemplate(trx, {
      workspace_id: actor.workspaceId,
      ...key,
      subject: t.subject,
      body: t.body,
      updated_by: actor.label,
      updated_at: now(ctx),
    });
    await audit(ctx, trx, actor, null, "template.edited", { ...key });
  });
  return template(ctx, actor.workspaceId, key.kind, key.crisis_type, key.language);
}

export async function resetTemplate(ctx: AppContext, actor: Actor, key: TemplateKey) {
  await ctx.db.transaction().execute(async (trx) => {
    await store.deleteTemplate(trx, actor.workspaceId, key.kind, key.crisis_type, key.language);
    await audit(ctx, trx, actor, null, "template.reset", { ...key });
  });
  return template(ctx, actor.workspaceId, key.kind, key.crisis_type, key.language);
}
