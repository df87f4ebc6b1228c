import type { AppContext } from "../app/context.js";
import { checkTone } from "../comms/tone/index.js";
import type { Actor } from "../core/actor.js";
import type { InboundEmail } from "./inbound.js";
import { approvalCount, approvals } from "./ops/approvals.js";
import { onMentionBatch } from "./ops/batch.js";
import { codesCsv, monthly, redeemCode } from "./ops/codes.js";
import { crisisSummary, onCrisisOpened } from "./ops/crisis.js";
import { escalate, escalateByHand } from "./ops/escalate.js";
import { fromEmail, onCopy, onMention, open } from "./ops/intake.js";
import { get, policy } from "./ops/internal.js";
import { type CaseListFilter, list } from "./ops/list.js";
import { assertApprover, policyView, putPolicy } from "./ops/policy.js";
import { type PostUpdateInput, postUpdate } from "./ops/post.js";
import {
  BATCH_QUEUE,
  CRISIS_QUEUE,
  ESCALATE_QUEUE,
  type EscalationReason,
  type MentionBatchJob,
  RULE_QUEUE,
  SPREAD_QUEUE,
} from "./ops/queues.js";
import { type IncomingMessage, receive } from "./ops/receive.js";
import { addRemedy, decideRemedy, type RemedyInput } from "./ops/remedy.js";
import { markSent, type ReplyInput, reply, sendFollowUp } from "./ops/reply.js";
import { type CasePatch, update } from "./ops/update.js";
import { CASE_LANGUAGES, type CaseLang, type RemedyPolicy } from "./policy.js";
import type { CreateCaseInput } from "./schema.js";
import { casesStore as store } from "./store.js";
import type { CasesTable } from "./tables.js";

export {
  BATCH_QUEUE,
  CRISIS_QUEUE,
  ESCALATE_QUEUE,
  type EscalationReason,
  type MentionBatchJob,
  mentionBatchOf,
  RULE_QUEUE,
  SPREAD_QUEUE,
} from "./ops/queues.js";
export type { IncomingMessage } from "./ops/receive.js";

export type CasesService = ReturnType<typeof createCasesService>;

function registerJobs(ctx: AppContext) {
  ctx.jobs.register<{ workspaceId: string; caseId: string; reason: EscalationReason }>(
    ESCALATE_QUEUE,
    async (p) => {
      await escalate(ctx, p.workspaceId, p.caseId, p.reason);
    },
    { maxAttempts: 8 },
  );
  ctx.jobs.register<{ workspaceId: string; crisisId: string }>(
    CRISIS_QUEUE,
    async (p) => {
      await onCrisisOpened(ctx, p.workspaceId, p.crisisId);
    },
    { maxAttempts: 5 },
  );
  ctx.jobs.register<{ workspaceId: string; originalId: string; mentionId: string }>(
    SPREAD_QUEUE,
    (p) => onCopy(ctx, p.workspaceId, p.originalId),
    { maxAttempts: 5 },
  );
  ctx.jobs.register<MentionBatchJob & { workspaceId: string }>(BATCH_QUEUE, (p) => onMentionBatch(ctx, p), {
    maxAttempts: 5,
    concurrency: 2,
  });
  // Jobs queued per mention before the batch job existed still run.
  ctx.jobs.register<{ workspaceId: string; mentionId: string }>(
    RULE_QUEUE,
    (p) => onMention(ctx, p.workspaceId, p.mentionId),
    { maxAttempts: 5, concurrency: 4 },
  );
}

/** Complaint cases: the operations live in `ops/`, one file each; this only assembles them. */
export function createCasesService(ctx: AppContext) {
  registerJobs(ctx);
  return {
    policy: (workspaceId: string): Promise<RemedyPolicy> => policy(ctx, workspaceId),
    policyView: (workspaceId: string) => policyView(ctx, workspaceId),
    putPolicy: (actor: Actor, input: Partial<RemedyPolicy>) => putPolicy(ctx, actor, input),
    get: (actor: Actor, id: string) => get(ctx, actor, id),
    list: (actor: Actor, f: CaseListFilter) => list(ctx, actor, f),
    open: (actor: Actor, input: CreateCaseInput) => open(ctx, actor, input),
    receive: (actor: Actor, m: IncomingMessage) => receive(ctx, actor, m),
    onMention: (workspaceId: string, mentionId: string) => onMention(ctx, workspaceId, mentionId),
    onCrisisOpened: (workspaceId: string, crisisId: string) => onCrisisOpened(ctx, workspaceId, crisisId),
    fromEmail: (actor: Actor, mail: InboundEmail) => fromEmail(ctx, actor, mail),
    escalate: (workspaceId: string, caseId: string, reason: EscalationReason, by?: Actor, note?: string) =>
      escalate(ctx, workspaceId, caseId, reason, by, note),
    escalateByHand: (actor: Actor, id: string, note?: string) => escalateByHand(ctx, actor, id, note),
    update: (actor: Actor, id: string, patch: CasePatch) => update(ctx, actor, id, patch),
    async reply(actor: Actor, id: string, input: ReplyInput) {
      const out = await reply(ctx, actor, id, input);
      ctx.bus.publish(actor.workspaceId, "case.changed", { id, reason: "replied" });
      return { ...out, case: await get(ctx, actor, id) };
    },
    /** A person marks a copied reply sent by hand: only then is the case answered. */
    async markSent(actor: Actor, id: string, messageId: string, input: { waiting?: boolean | undefined }) {
      const out = await markSent(ctx, actor, id, messageId, input);
      ctx.bus.publish(actor.workspaceId, "case.changed", { id, reason: "replied" });
      return { ...out, case: await get(ctx, actor, id) };
    },
    tone(text: string, language: string, fault = true) {
      const lang = (CASE_LANGUAGES as readonly string[]).includes(language) ? (language as CaseLang) : "en";
      return checkTone(text, lang, { expectApology: fault, expectNextStep: true });
    },
    postUpdate: (actor: Actor, input: PostUpdateInput) => postUpdate(ctx, actor, input),
    sendFollowUp: (actor: Actor, row: CasesTable) => sendFollowUp(ctx, actor, row),
    addRemedy: (actor: Actor, caseId: string, input: RemedyInput) => addRemedy(ctx, actor, caseId, input),
    decideRemedy: (actor: Actor, caseId: string, remedyId: string, approve: boolean) =>
      decideRemedy(ctx, actor, caseId, remedyId, approve),
    codesCsv: (actor: Actor) => codesCsv(ctx, actor),
    redeemCode: (actor: Actor, code: string) => redeemCode(ctx, actor, code),
    monthly: (actor: Actor, months?: number) => monthly(ctx, actor, months),
    countOpen: (workspaceId: string) => store.countOpen(ctx.db, workspaceId),
    crisisSummary: (actor: Actor, crisisId: string) => crisisSummary(ctx, actor, crisisId),
    assertApprover: (actor: Actor) => assertApprover(ctx, actor),
    approvals: (actor: Actor) => approvals(ctx, actor),
    approvalCount: (actor: Actor) => approvalCount(ctx, actor),
  };
}
