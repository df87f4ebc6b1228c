import type { Kysely } from "kysely";
import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { conflict, forbidden, invalid, notFound } from "../core/errors.js";
import { newId } from "../core/ids.js";
import type { Database } from "../db/schema.js";
import {
  type CrisisType,
  type CrisisTypeId,
  LANGS,
  type Lang,
  type MessageKind,
} from "../plan/default-plan/index.js";
import { createContacts } from "./contacts.js";
import { createReminders } from "./reminders.js";
import type { SendInput } from "./schema.js";
import { createSender } from "./send.js";
import { commsStore as store } from "./store.js";
import type { CommsMessagesTable } from "./tables.js";
import { checkTemplate, defaultTemplate, renderTemplate } from "./templates/index.js";
import { checkTone, type ToneResult } from "./tone/index.js";
import { messageVariables } from "./variables.js";

type Db = Kysely<Database>;

export type CommsService = ReturnType<typeof createCommsService>;

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
  status: string;
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

export function createCommsService(ctx: AppContext) {
  const db = ctx.db;
  const contacts = createContacts(ctx);

  async function audit(
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
      at: new Date().toISOString(),
      actor: actor.label,
      actor_user_id: actor.userId,
      action,
      data: JSON.stringify(data),
    });
  }

  async function template(workspaceId: string, kind: MessageKind, type: CrisisTypeId, lang: Lang) {
    const own = await store.template(db, workspaceId, kind, type, lang);
    return own
      ? { subject: own.subject, body: own.body, customized: true, updated_by: own.updated_by }
      : { ...defaultTemplate(kind, type, lang), customized: false, updated_by: null };
  }

  async function crisisTypeOf(workspaceId: string, id: string): Promise<CrisisType | null> {
    return ctx.services.plan.crisisType(workspaceId, id);
  }

  /** The plan's rule for this message; a breach notice always needs a second pair of eyes. */
  async function approvalRule(row: { workspace_id: string; crisis_type: string; kind: string }) {
    const type = await crisisTypeOf(row.workspace_id, row.crisis_type);
    const required = (type?.approval.required ?? true) || row.kind === "breach_notice";
    return { required, approvers: type?.approval.approvers ?? [], type };
  }

  /** The message's translations as rows of their own language, so they render and check like it. */
  function translations(row: CommsMessagesTable): CommsMessagesTable[] {
    const t = (JSON.parse(row.vars) as { translations?: Record<string, { subject?: string; body: string }> })
      .translations;
    return Object.entries(t ?? {})
      .filter(([lang, v]) => lang !== row.language && v?.body?.trim())
      .map(([lang, v]) => ({
        ...row,
        language: lang,
        subject: v.subject?.trim() ? v.subject : row.subject,
        body: v.body,
      }));
  }

  async function rendered(actor: Actor, row: CommsMessagesTable, customer: Record<string, unknown> = {}) {
    const vars = await messageVariables(ctx, actor, row, customer);
    return {
      subject: (await renderTemplate(row.subject, vars, "subject")).trim(),
      body: (await renderTemplate(row.body, vars, "body")).trim(),
    };
  }

  async function out(actor: Actor, row: CommsMessagesTable): Promise<MessageOut> {
    const rule = await approvalRule(row);
    const preview = await rendered(actor, row).catch((err: Error) => ({
      subject: row.subject,
      body: `⚠ ${err.message}`,
    }));
    const kind = row.kind as MessageKind;
    const tone = checkTone(preview.body, row.language as Lang, {
      expectApology: PUBLIC_KINDS.has(kind) && (rule.type?.apologyExpected ?? true),
      expectNextStep: PUBLIC_KINDS.has(kind),
    });
    const translated: MessageOut["translations"] = {};
    for (const t of translations(row)) {
      const p = await rendered(actor, t).catch((err: Error) => ({
        subject: t.subject,
        body: `⚠ ${err.message}`,
      }));
      translated[t.language] = {
        preview: p,
        tone: checkTone(p.body, t.language as Lang, {
          expectApology: PUBLIC_KINDS.has(kind) && (rule.type?.apologyExpected ?? true),
          expectNextStep: PUBLIC_KINDS.has(kind),
        }),
      };
    }
    return {
      id: row.id,
      crisis_id: row.crisis_id,
      kind,
      crisis_type: row.crisis_type as CrisisTypeId,
      language: row.language as Lang,
      status: row.status,
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

  async function load(actor: Actor, id: string) {
    const row = await store.message(db, actor.workspaceId, id);
    if (!row) throw notFound("message");
    return row;
  }

  /** Moves a message between states with the audit entry in the same transaction. */
  async function move(
    actor: Actor,
    row: CommsMessagesTable,
    from: string[],
    set: Partial<CommsMessagesTable>,
    action: string,
    data: Record<string, unknown> = {},
  ) {
    await db.transaction().execute(async (trx) => {
      const r = await store.updateMessage(trx, actor.workspaceId, row.id, from, {
        ...set,
        updated_at: new Date().toISOString(),
      });
      if (!Number(r.numUpdatedRows))
        throw conflict(`the message is ${row.status}; reload and try again`, "status");
      await audit(trx, actor, row.id, action, data);
    });
    ctx.bus.publish(actor.workspaceId, "message.changed", { id: row.id, action });
    return out(actor, await load(actor, row.id));
  }

  const checkBreachParts = (row: CommsMessagesTable) => {
    if (row.kind !== "breach_notice") return;
    const breach = (JSON.parse(row.vars) as { breach?: Record<string, string> }).breach ?? {};
    // GDPR Art. 34(2) with Art. 33(3)(b)-(d): the notice must say these in clear and plain language.
    for (const part of ["data", "consequences", "measures", "contact"])
      if (!breach[part]?.trim())
        throw invalid(`a breach notice must say ${part} (GDPR Art. 34)`, `vars.breach.${part}`);
  };

  const sender = createSender(ctx, { audit, rendered, translations, contacts });

  return {
    contacts,
    reminders: createReminders(ctx),
    template,

    async templates(
      actor: Actor,
      f: {
        kind?: MessageKind | undefined;
        crisis_type?: CrisisTypeId | undefined;
        language?: Lang | undefined;
      },
    ) {
      const own = await store.templates(db, actor.workspaceId);
      const { allDefaultTemplates } = await import("./templates/index.js");
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
    },

    async putTemplate(
      actor: Actor,
      key: { kind: MessageKind; crisis_type: CrisisTypeId; language: Lang },
      t: { subject: string; body: string },
    ) {
      checkTemplate(t.subject, "subject");
      checkTemplate(t.body, "body");
      await db.transaction().execute(async (trx) => {
        await store.putTemplate(trx, {
          workspace_id: actor.workspaceId,
          ...key,
          subject: t.subject,
          body: t.body,
          updated_by: actor.label,
          updated_at: new Date().toISOString(),
        });
        await audit(trx, actor, null, "template.edited", key);
      });
      return template(actor.workspaceId, key.kind, key.crisis_type, key.language);
    },

    async resetTemplate(actor: Actor, key: { kind: MessageKind; crisis_type: CrisisTypeId; language: Lang }) {
      await db.transaction().execute(async (trx) => {
        await store.deleteTemplate(trx, actor.workspaceId, key.kind, key.crisis_type, key.language);
        await audit(trx, actor, null, "template.reset", key);
      });
      return template(actor.workspaceId, key.kind, key.crisis_type, key.language);
    },

    /** A draft from the workspace's template for the crisis's type, unless the writer gives the text. */
    async create(actor: Actor, input: MessageInput): Promise<MessageOut> {
      let type = input.crisis_type;
      let lang = input.language;
      if (input.crisis_id) {
        const c = await ctx.services.crises.get(actor, input.crisis_id);
        type = c.type as CrisisTypeId;
      }
      if (!type) throw invalid("give crisis_id or crisis_type", "crisis_type");
      if (!(await crisisTypeOf(actor.workspaceId, type)))
        throw invalid(`the plan has no crisis type "${type}"`, "crisis_type");
      lang ??= await ctx.services.plan.language(actor.workspaceId);
      const t = await template(actor.workspaceId, input.kind, type, lang);
      const subject = input.subject ?? t.subject;
      const body = input.body ?? t.body;
      checkTemplate(subject, "subject");
      checkTemplate(body, "body");
      const at = new Date().toISOString();
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
        created_at: at,
        updated_at: at,
        submitted_by: null,
        submitted_at: null,
        approved_by: null,
        approved_by_user: null,
        approved_at: null,
        sent_by: null,
        sent_at: null,
        sends: "[]",
      };
      await db.transaction().execute(async (trx) => {
        await store.insertMessage(trx, row);
        await audit(trx, actor, row.id, "draft.created", {
          kind: row.kind,
          language: lang,
          from_template: input.body === undefined,
        });
      });
      ctx.bus.publish(actor.workspaceId, "message.changed", { id: row.id, action: "created" });
      return out(actor, row);
    },

    get: async (actor: Actor, id: string) => out(actor, await load(actor, id)),

    async list(
      actor: Actor,
      f: {
        crisis_id?: string | undefined;
        status?: string | undefined;
        limit: number;
        cursor?: string | undefined;
      },
    ) {
      const rows = await store.messages(db, actor.workspaceId, {
        crisisId: f.crisis_id,
        status: f.status,
        before: f.cursor,
        limit: f.limit + 1,
      });
      const page = rows.slice(0, f.limit);
      return {
        items: await Promise.all(page.map((r) => out(actor, r))),
        next_cursor: rows.length > f.limit ? (page.at(-1)?.id ?? null) : null,
      };
    },

    /** Editing voids an approval: what was approved is what goes out, nothing else. */
    async edit(
      actor: Actor,
      id: string,
      p: {
        subject?: string | undefined;
        body?: string | undefined;
        language?: Lang | undefined;
        vars?: Record<string, unknown> | undefined;
      },
    ) {
      const row = await load(actor, id);
      if (!["draft", "review", "approved"].includes(row.status))
        throw conflict(`a ${row.status} message cannot be edited; start a new one`, "status");
      if (p.subject !== undefined) checkTemplate(p.subject, "subject");
      if (p.body !== undefined) checkTemplate(p.body, "body");
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
      return move(actor, row, ["draft", "review", "approved"], set, "draft.edited", {
        fields: Object.keys(p),
        approval_voided: row.status === "approved",
      });
    },

    async submit(actor: Actor, id: string) {
      const row = await load(actor, id);
      checkBreachParts(row);
      await rendered(actor, row);
      for (const t of translations(row)) await rendered(actor, t);
      return move(
        actor,
        row,
        ["draft"],
        { status: "review", submitted_by: actor.label, submitted_at: new Date().toISOString() },
        "submitted",
      );
    },

    async approve(actor: Actor, id: string) {
      const row = await load(actor, id);
      checkBreachParts(row);
      const rule = await approvalRule(row);
      if (rule.required && row.created_by === actor.label && actor.role !== "admin")
        throw forbidden("the plan asks for someone other than the author to approve this message");
      if (rule.approvers.length > 0 && actor.role !== "admin") {
        const holds = row.crisis_id
          ? (await ctx.services.crises.get(actor, row.crisis_id)).roles.some(
              (r) => r.user_id !== null && r.user_id === actor.userId && rule.approvers.includes(r.role),
            )
          : false;
        if (!holds)
          throw forbidden(`the plan lets only these crisis roles approve it: ${rule.approvers.join(", ")}`);
      }
      return move(
        actor,
        row,
        ["draft", "review"],
        {
          status: "approved",
          approved_by: actor.label,
          approved_by_user: actor.userId,
          approved_at: new Date().toISOString(),
        },
        "approved",
        { required: rule.required },
      );
    },

    async reject(actor: Actor, id: string, reason: string) {
      const row = await load(actor, id);
      return move(
        actor,
        row,
        ["review", "approved"],
        { status: "draft", approved_by: null, approved_at: null },
        "rejected",
        {
          reason,
        },
      );
    },

    async cancel(actor: Actor, id: string) {
      const row = await load(actor, id);
      return move(actor, row, ["draft", "review", "approved"], { status: "cancelled" }, "cancelled");
    },

    /** Sends through one channel; without approval only where the plan allows it for the type. */
    async send(actor: Actor, id: string, input: SendInput) {
      const row = await load(actor, id);
      const rule = await approvalRule(row);
      const sendable = rule.required ? ["approved", "sent"] : ["draft", "review", "approved", "sent"];
      if (!sendable.includes(row.status))
        throw conflict(
          rule.required
            ? `the plan asks for approval before this message leaves (it is ${row.status})`
            : `a ${row.status} message cannot be sent`,
          "status",
        );
      checkBreachParts(row);
      const result = await sender.send(actor, row, input, {
        approved: row.status === "approved" || row.status === "sent",
      });
      return { message: await out(actor, await load(actor, id)), ...result };
    },

    async audit(
      actor: Actor,
      f: { message_id?: string | undefined; limit: number; cursor?: string | undefined },
    ) {
      const rows = await store.audit(db, actor.workspaceId, {
        messageId: f.message_id,
        before: f.cursor,
        limit: f.limit + 1,
      });
      const page = rows.slice(0, f.limit);
      return {
        items: page.map((r) => ({ ...r, data: JSON.parse(r.data) as unknown })),
        next_cursor: rows.length > f.limit ? (page.at(-1)?.id ?? null) : null,
      };
    },

    async segments(actor: Actor) {
      const now = new Date().toISOString();
      const out: Record<string, number> = {};
      for (const s of ["all", "orders_7d", "paid_not_shipped"] as const) {
        let n = 0;
        let after: string | undefined;
        for (;;) {
          const page = await store.segment(db, actor.workspaceId, s, now, { after, limit: 5000 });
          n += page.length;
          if (page.length < 5000) break;
          after = page.at(-1)?.id;
        }
        out[s] = n;
      }
      return out;
    },

    /** A stateless check for the editor: the same rules the draft shows. */
    tone: (text: string, language: Lang, o: { expectApology?: boolean; expectNextStep?: boolean }) =>
      checkTone(text, (LANGS as readonly string[]).includes(language) ? language : "en", o),
  };
}
