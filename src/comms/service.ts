import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { type CrisisTypeId, LANGS, type Lang, type MessageKind } from "../plan/default-plan/index.js";
import type { IncidentStatus } from "../statuspage/model.js";
import { createContacts } from "./contacts.js";
import { create, edit, type MessageEdit } from "./ops/draft.js";
import { audit, load, type MessageInput, rendered, template, translations } from "./ops/internal.js";
import { pendingApproval } from "./ops/pending.js";
import { auditLog, get, list, type MessageListFilter, segments } from "./ops/read.js";
import { approve, cancel, reject, submit } from "./ops/review.js";
import { send } from "./ops/send.js";
import { putTemplate, resetTemplate, type TemplateKey, templates } from "./ops/templates.js";
import { createReminders } from "./reminders.js";
import type { SendInput } from "./schema.js";
import { createSender } from "./send.js";
import { statusPagePreview } from "./status-page-plan.js";
import { checkTone } from "./tone/index.js";

export type { MessageInput, MessageOut } from "./ops/internal.js";

export type CommsService = ReturnType<typeof createCommsService>;

/** Crisis messages: the operations live in `ops/`, one file each; this only assembles them. */
export function createCommsService(ctx: AppContext) {
  const contacts = createContacts(ctx);
  const sender = createSender(ctx, {
    audit: (trx, actor, messageId, action, data) => audit(ctx, trx, actor, messageId, action, data),
    rendered: (actor, row, customer) => rendered(ctx, actor, row, customer),
    translations,
    contacts,
  });

  return {
    contacts,
    reminders: createReminders(ctx),
    template: (workspaceId: string, kind: MessageKind, type: CrisisTypeId, lang: Lang) =>
      template(ctx, workspaceId, kind, type, lang),
    templates: (
      actor: Actor,
      f: {
        kind?: MessageKind | undefined;
        crisis_type?: CrisisTypeId | undefined;
        language?: Lang | undefined;
      },
    ) => templates(ctx, actor, f),
    putTemplate: (actor: Actor, key: TemplateKey, t: { subject: string; body: string }) =>
      putTemplate(ctx, actor, key, t),
    resetTemplate: (actor: Actor, key: TemplateKey) => resetTemplate(ctx, actor, key),
    create: (actor: Actor, input: MessageInput) => create(ctx, actor, input),
    get: (actor: Actor, id: string) => get(ctx, actor, id),
    list: (actor: Actor, f: MessageListFilter) => list(ctx, actor, f),
    edit: (actor: Actor, id: string, p: MessageEdit) => edit(ctx, actor, id, p),
    submit: (actor: Actor, id: string) => submit(ctx, actor, id),
    approve: (actor: Actor, id: string) => approve(ctx, actor, id),
    reject: (actor: Actor, id: string, reason: string) => reject(ctx, actor, id, reason),
    cancel: (actor: Actor, id: string) => cancel(ctx, actor, id),
    send: (actor: Actor, id: string, input: SendInput) => send(ctx, sender, actor, id, input),
    /** What sending this message to the status page would change there: see ./status-page-plan.ts. */
    statusPagePreview: async (
      actor: Actor,
      id: string,
      o: { status?: IncidentStatus | undefined; language?: string | undefined },
    ) => statusPagePreview(ctx, actor, await load(ctx, actor, id), o),
    audit: (
      actor: Actor,
      f: { message_id?: string | undefined; limit: number; cursor?: string | undefined },
    ) => auditLog(ctx, actor, f),
    segments: (actor: Actor) => segments(ctx, actor),
    pendingApproval: (actor: Actor, limit?: number) => pendingApproval(ctx, actor, limit),
    /**
     * A template of the plan rendered for a crisis without storing a message: what the status page's
     * update editor offers for a language the team has not written yet.
     */
    suggest: async (
      actor: Actor,
      o: { kind: MessageKind; crisis_type: CrisisTypeId; crisis_id: string | null; language: Lang },
    ) => {
      const t = await template(ctx, actor.workspaceId, o.kind, o.crisis_type, o.language);
      const row = {
        workspace_id: actor.workspaceId,
        language: o.language,
        crisis_type: o.crisis_type,
        crisis_id: o.crisis_id,
        vars: "{}",
        subject: t.subject,
        body: t.body,
      } as Parameters<typeof rendered>[2];
      return rendered(ctx, actor, row);
    },
    /** A stateless check for the editor: the same rules the draft shows. */
    tone: (text: string, language: Lang, o: { expectApology?: boolean; expectNextStep?: boolean }) =>
      checkTone(text, (LANGS as readonly string[]).includes(language) ? language : "en", o),
  };
}
