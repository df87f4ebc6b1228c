import type { Kysely } from "kysely";
import type { AppContext } from "../app/context.js";
import { type Actor, roleAtLeast } from "../core/actor.js";
import { conflict, forbidden, invalid, notFound, ServiceError } from "../core/errors.js";
import { newId } from "../core/ids.js";
import type { Database } from "../db/schema.js";
import { caseTopic, toRemedyOut } from "./assemble.js";
import { csvLine, generateCode } from "./codes.js";
import { type RemedyKind, type RemedyPolicy, topicPolicyOf } from "./policy.js";
import type { ReplyChannel } from "./schema.js";
import { casesStore as store } from "./store.js";
import type { CaseRemediesTable, CasesTable } from "./tables.js";

type Db = Kysely<Database>;

interface Deps {
  policy(workspaceId: string): Promise<RemedyPolicy>;
  event(trx: Db, actor: Actor, caseId: string, kind: string, text: string, data?: unknown): Promise<void>;
  rowOf(trx: Db, workspaceId: string, id: string): Promise<CasesTable>;
  changed(workspaceId: string, id: string, reason: string): void;
  /** Who hears that a remedy waits for approval (the policy's senior people, else the admins). */
  approvers(workspaceId: string): Promise<string[]>;
}

const NO_MONEY = new Set<RemedyKind>(["apology"]);
const month = (iso: string) => iso.slice(0, 7);

/** Replies, remedies and discount codes: the part of a case that reaches the customer and costs money. */
export function createRemedies(ctx: AppContext, d: Deps) {
  const db = ctx.db;
  const now = () => new Date().toISOString();

  /** Adds a given remedy to its crisis's impact; outside any transaction (the crisis has its own). */
  async function recordCrisisCost(actor: Actor, r: CaseRemediesTable) {
    if (!r.crisis_id) return;
    try {
      await ctx.services.crises.recordImpact(actor, r.crisis_id, {
        remedies_given: 1,
        remedies_cost: Number(r.cost),
        ...(Number(r.cost) ? { currency: r.currency } : {}),
      });
    } catch (err) {
      if (!(err instanceof ServiceError)) throw err;
      ctx.log.warn({ err, crisisId: r.crisis_id }, "remedy cost not added to crisis");
    }
  }

  /** Everything that happens when a remedy is given: a code if it is a discount, webhooks, the timeline. */
  async function give(trx: Db, actor: Actor, row: CasesTable, r: CaseRemediesTable, p: RemedyPolicy) {
    if (r.kind === "discount") {
      for (let tries = 0; ; tries++) {
        const code = generateCode(p.code_pattern);
        const ok = await store.insertCode(trx, {
          id: newId(),
          workspace_id: actor.workspaceId,
          code,
          case_id: row.id,
          remedy_id: r.id,
          amount: Number(r.amount),
          currency: r.currency,
          status: "issued",
          created_at: now(),
          redeemed_at: null,
        });
        if (ok) {
          r.code = code;
          break;
        }
        if (tries > 20) throw new Error("could not find a free discount code; widen the pattern");
      }
      await trx.updateTable("case_remedies").set({ code: r.code }).where("id", "=", r.id).execute();
      if (p.shop_webhook) {
        await ctx.services.webhooks.deliver(
          actor.workspaceId,
          { url: p.shop_webhook.url, secret: p.shop_webhook.secret, channel: "shop" },
          "discount_code.created",
          { code: r.code, amount: Number(r.amount), currency: r.currency, single_use: true, case_id: row.id },
          { key: `discount:${r.id}`, db: trx },
        );
      }
    }
    await d.event(
      trx,
      actor,
      row.id,
      "remedy.given",
      `Remedy given: ${r.kind}${Number(r.amount) ? ` ${(Number(r.amount) / 100).toFixed(2)} ${r.currency}` : ""}${r.code ? ` (code ${r.code})` : ""}`,
      {
        remedy_id: r.id,
      },
    );
    await ctx.services.webhooks.emit(
      actor.workspaceId,
      "remedy.given",
      { ...toRemedyOut(r), crisis_id: r.crisis_id },
      { db: trx, key: `remedy.given:${r.id}` },
    );
  }

  async function reply(
    actor: Actor,
    id: string,
    input: { text: string; channel?: ReplyChannel | undefined; waiting?: boolean | undefined },
  ) {
    const p = await d.policy(actor.workspaceId);
    return db.transaction().execute(async (trx) => {
      const row = await d.rowOf(trx, actor.workspaceId, id);
      let channel: ReplyChannel = input.channel ?? (row.channel as ReplyChannel);
      if (channel === "email" && !row.customer_email)
        throw invalid("this customer has no e-mail address", "channel");
      if (channel === "webhook" && !p.reply_webhook) channel = "clipboard";
      const at = now();
      const msgId = newId();
      const host = new URL(ctx.config.publicUrl).hostname || "firebreak.local";
      const messageId = channel === "email" ? `<case.${msgId}@${host}>` : null;
      if (channel === "email") {
        const thread = (await store.messagesOf(trx, [id]))
          .map((m) => m.email_message_id)
          .filter((x): x is string => !!x);
        const lastIn = (await store.messagesOf(trx, [id]))
          .filter((m) => m.direction === "in" && m.email_message_id)
          .pop();
        const subject = row.subject
          ? /^re:/i.test(row.subject)
            ? row.subject
            : `Re: ${row.subject}`
          : "Your message";
        await ctx.services.mail.send(
          {
            workspaceId: actor.workspaceId,
            to: row.customer_email as string,
            subject,
            text: input.text,
            messageId: messageId ?? undefined,
            inReplyTo: lastIn?.email_message_id ?? undefined,
            references: thread.length ? thread : undefined,
          },
          { key: `case-reply:${msgId}`, db: trx },
        );
      } else if (channel === "webhook" && p.reply_webhook) {
        await ctx.services.webhooks.deliver(
          actor.workspaceId,
          { url: p.reply_webhook.url, secret: p.reply_webhook.secret, channel: "case_reply" },
          "case.reply",
          {
            case_id: id,
            source: row.source,
            external_id: row.external_id,
            mention_id: row.mention_id,
            to: row.customer_handle,
            text: input.text,
          },
          { key: `case-reply:${msgId}`, db: trx },
        );
      }
      await trx
        .insertInto("case_messages")
        .values({
          id: msgId,
          workspace_id: actor.workspaceId,
          case_id: id,
          direction: "out",
          channel,
          text: input.text,
          author: actor.label,
          mention_id: null,
          email_message_id: messageId,
          at,
        })
        .execute();
      const status = input.waiting ? "waiting" : "answered";
      await store.update(trx, actor.workspaceId, id, {
        status: row.status === "resolved" || row.status === "closed" ? row.status : status,
        first_response_at: row.first_response_at ?? at,
        updated_at: at,
      });
      await d.event(
        trx,
        actor,
        id,
        "reply.sent",
        channel === "clipboard"
          ? "Reply copied to send by hand (recorded as sent)"
          : `Reply sent by ${channel === "email" ? "e-mail" : "webhook"}`,
        {
          message_id: msgId,
          channel,
        },
      );
      return { message_id: msgId, channel, text: input.text, sent_at: at };
    });
  }

  async function sendFollowUp(actor: Actor, row: CasesTable) {
    const follow = row.follow_up ? (JSON.parse(row.follow_up) as { private_text: string }) : null;
    if (!follow) return;
    const p = await d.policy(actor.workspaceId);
    // Asking to update a post is for posts; and only a channel that really sends records it as sent
    // (a clipboard follow-up waits in the case for someone to copy it).
    if (!row.mention_id || row.channel === "clipboard") return;
    if (row.channel === "webhook" && !p.reply_webhook) return;
    await reply(actor, row.id, { text: follow.private_text, channel: row.channel as ReplyChannel });
  }

  const api = {
    sendFollowUp,

    async addRemedy(
      actor: Actor,
      caseId: string,
      input: { kind: RemedyKind; amount?: number | undefined; currency?: string | undefined },
    ) {
      const p = await d.policy(actor.workspaceId);
      // Read before the transaction: the store may have a single connection.
      const approvers = ctx.services.mail.configured() ? await d.approvers(actor.workspaceId) : [];
      const out = await db.transaction().execute(async (trx) => {
        const row = await d.rowOf(trx, actor.workspaceId, caseId);
        const tp = topicPolicyOf(p, caseTopic(JSON.parse(row.topics)));
        const amount = NO_MONEY.has(input.kind) ? 0 : (input.amount ?? tp.amount);
        const currency = input.currency ?? p.currency;
        if (currency !== p.currency && amount > 0)
          throw invalid(
            `the policy counts money in ${p.currency}; give the amount in ${p.currency}`,
            "currency",
          );
        const limit = p.limits[input.kind] ?? 0;
        // Above the limit it always waits, even for the approver: giving and approving are two deliberate steps.
        const needsApproval = amount > limit;
        const at = now();
        const r: CaseRemediesTable = {
          id: newId(),
          workspace_id: actor.workspaceId,
          case_id: caseId,
          crisis_id: row.crisis_id,
          kind: input.kind,
          status: needsApproval ? "awaiting_approval" : "given",
          amount,
          currency,
          cost: amount,
          code: null,
          requested_by: actor.label,
          decided_by: needsApproval ? null : actor.label,
          decided_at: needsApproval ? null : at,
          month: needsApproval ? null : month(at),
          created_at: at,
        };
        await store.insertRemedy(trx, r);
        if (needsApproval) {
          await d.event(
            trx,
            actor,
            caseId,
            "remedy.requested",
            `Remedy ${input.kind} of ${(amount / 100).toFixed(2)} ${currency} is above the limit of ${(limit / 100).toFixed(2)}: waiting for an approver (${p.approver_role})`,
            { remedy_id: r.id },
          );
          if (approvers.length) {
            const who = row.customer_name ?? row.customer_handle ?? row.customer_email ?? "a customer";
            await ctx.services.mail.send(
              {
                workspaceId: actor.workspaceId,
                to: approvers,
                subject: `Approve a remedy: ${input.kind} of ${(amount / 100).toFixed(2)} ${currency} for ${who}`,
                text: `${actor.label} asks to give ${input.kind} of ${(amount / 100).toFixed(2)} ${currency} to ${who}; the policy's limit is ${(limit / 100).toFixed(2)} ${currency}.\n\nApprove or reject it here: ${ctx.config.publicUrl}/cases/${caseId}`,
              },
              { key: `remedy-approval:${r.id}`, db: trx },
            );
          }
        } else {
          await give(trx, actor, row, r, p);
        }
        return r;
      });
      if (out.status === "given") await recordCrisisCost(actor, out);
      d.changed(actor.workspaceId, caseId, "remedy");
      return toRemedyOut(out);
    },

    async decideRemedy(actor: Actor, caseId: string, remedyId: string, approve: boolean) {
      const p = await d.policy(actor.workspaceId);
      if (!roleAtLeast(actor.role, p.approver_role))
        throw forbidden(`approving a remedy needs the ${p.approver_role} role`);
      const out = await db.transaction().execute(async (trx) => {
        const row = await d.rowOf(trx, actor.workspaceId, caseId);
        const r = await store.remedyById(trx, actor.workspaceId, remedyId);
        if (!r || r.case_id !== caseId) throw notFound("remedy");
        const at = now();
        const set = {
          status: approve ? "given" : "rejected",
          decided_by: actor.label,
          decided_at: at,
          month: approve ? month(at) : null,
          crisis_id: row.crisis_id,
        };
        if (!(await store.decideRemedy(trx, actor.workspaceId, remedyId, set)))
          throw conflict(`this remedy is ${r.status.replace("_", " ")} already`, "status");
        const next = { ...r, ...set };
        if (approve) await give(trx, actor, row, next, p);
        else
          await d.event(trx, actor, caseId, "remedy.rejected", `Remedy ${r.kind} rejected`, {
            remedy_id: r.id,
          });
        return next;
      });
      if (out.status === "given") await recordCrisisCost(actor, out);
      d.changed(actor.workspaceId, caseId, "remedy");
      return toRemedyOut(out);
    },

    async codesCsv(actor: Actor) {
      const rows = await store.codes(db, actor.workspaceId);
      return (
        csvLine([
          "code",
          "amount",
          "currency",
          "single_use",
          "status",
          "case_id",
          "created_at",
          "redeemed_at",
        ]) +
        rows
          .map((r) =>
            csvLine([
              r.code,
              (Number(r.amount) / 100).toFixed(2),
              r.currency,
              "true",
              r.status,
              r.case_id,
              r.created_at,
              r.redeemed_at,
            ]),
          )
          .join("")
      );
    },

    /** The shop reports a code used: it works once. */
    async redeemCode(actor: Actor, code: string) {
      const at = now();
      if (await store.redeemCode(db, actor.workspaceId, code, at))
        return { code, status: "redeemed", redeemed_at: at };
      const c = await store.codeByValue(db, actor.workspaceId, code);
      if (!c) throw notFound("discount code");
      throw conflict("this code was used already", "code");
    },

    async monthly(actor: Actor, months = 12) {
      const since = new Date();
      since.setUTCMonth(since.getUTCMonth() - months + 1);
      const rows = await store.monthly(db, actor.workspaceId, month(since.toISOString()));
      return rows.map((r) => ({
        month: r.month ?? "",
        currency: r.currency,
        kind: r.kind,
        count: Number(r.count),
        cost: Number(r.cost),
      }));
    },
  };

  return { reply, sendFollowUp, api };
}
