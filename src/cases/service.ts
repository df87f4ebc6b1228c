import type { Kysely } from "kysely";
import type { AppContext } from "../app/context.js";
import { checkTone } from "../comms/tone/index.js";
import { type Actor, roleAtLeast, systemActor } from "../core/actor.js";
import { conflict, forbidden, invalid, notFound, ServiceError } from "../core/errors.js";
import { newId } from "../core/ids.js";
import type { Database } from "../db/schema.js";
import type { MentionOut } from "../listening/schema.js";
import { classify } from "../nlp/index.js";
import { type CaseContext, caseTopic, languageOf, toCaseOut } from "./assemble.js";
import type { InboundEmail } from "./inbound.js";
import {
  CASE_LANGUAGES,
  type CaseLang,
  defaultPolicy,
  keepSecrets,
  maskPolicy,
  mergePolicy,
  type RemedyPolicy,
} from "./policy.js";
import { dueDates, type Priority, priorityOf } from "./priority.js";
import { createRemedies } from "./remedies.js";
import { followUpPrivate, followUpPublic, remedyPhrase } from "./replies.js";
import type { CaseOut, CaseStatus, CreateCaseInput, ReplyChannel } from "./schema.js";
import { casesStore as store } from "./store.js";
import type { CasesTable } from "./tables.js";

type Db = Kysely<Database>;
export type CasesService = ReturnType<typeof createCasesService>;

export const ESCALATE_QUEUE = "cases.escalate";
export type EscalationReason = "high_reach" | "overdue" | "overdue_resolution" | "priority" | "manual";
export const RULE_QUEUE = "cases.mention";
export const CRISIS_QUEUE = "cases.crisis-opened";
export const SPREAD_QUEUE = "cases.spread";
/** One job per ingested batch: the rules for its negative originals, the spread for its copies. */
export const BATCH_QUEUE = "cases.mentions";

export interface MentionBatchJob {
  /** Originals that may open a case or join their author's open case, in ingest order. */
  mentionIds: string[];
  /** Originals (in a case or not yet) that gained copies in the batch. */
  originalIds: string[];
}

/** What a batch of new mentions asks of the cases, or null when it asks nothing. */
export function mentionBatchOf(mentions: MentionOut[]): MentionBatchJob | null {
  const mentionIds: string[] = [];
  const originals = new Set<string>();
  for (const m of mentions) {
    if (m.duplicate_of) originals.add(m.duplicate_of);
    else if (m.complaint || m.sentiment === "negative") mentionIds.push(m.id);
  }
  return mentionIds.length || originals.size ? { mentionIds, originalIds: [...originals] } : null;
}
const OPEN: CaseStatus[] = ["new", "answered", "waiting"];

/** Where a status may move; "new" again is a reopening (the customer wrote back). */
const NEXT: Record<CaseStatus, CaseStatus[]> = {
  new: ["answered", "waiting", "resolved", "closed"],
  answered: ["new", "waiting", "resolved", "closed"],
  waiting: ["new", "answered", "resolved", "closed"],
  resolved: ["new", "closed"],
  closed: ["new"],
};

export interface IncomingMessage {
  text: string;
  subject?: string | null | undefined;
  customer: {
    name?: string | null | undefined;
    email?: string | null | undefined;
    handle?: string | null | undefined;
  };
  source: string;
  channel: ReplyChannel;
  language?: string | undefined;
  followers?: number | undefined;
  spread?: number | undefined;
  mention?: MentionOut | undefined;
  email?: { messageId: string | null; threadIds: string[] } | undefined;
}

export function createCasesService(ctx: AppContext) {
  const db = ctx.db;
  const now = () => new Date().toISOString();

  async function policy(workspaceId: string): Promise<RemedyPolicy> {
    const ws = await ctx.services.accounts.workspace(workspaceId);
    const base = defaultPolicy(ws.language, ws.currency);
    const stored = await store.settings(db, workspaceId);
    return stored ? mergePolicy(base, JSON.parse(stored.policy)) : base;
  }

  async function caseContext(workspaceId: string): Promise<CaseContext> {
    const ws = await ctx.services.accounts.workspace(workspaceId);
    return {
      policy: await policy(workspaceId),
      shop: ws.name,
      timezone: ws.timezone || "UTC",
      workspaceLanguage: ws.language,
    };
  }

  async function event(trx: Db, actor: Actor, caseId: string, kind: string, text: string, data?: unknown) {
    await store.insertEvent(trx, {
      id: newId(),
      workspace_id: actor.workspaceId,
      case_id: caseId,
      at: now(),
      kind,
      text,
      data: data === undefined ? null : JSON.stringify(data),
      actor: actor.label,
      actor_user_id: actor.userId,
    });
  }

  async function rowOf(trx: Db, workspaceId: string, id: string) {
    const row = await store.byId(trx, workspaceId, id);
    if (!row) throw notFound("case");
    return row;
  }

  async function load(workspaceId: string, rows: CasesTable[], full: boolean): Promise<CaseOut[]> {
    const c = await caseContext(workspaceId);
    const ids = rows.map((r) => r.id);
    const [remedies, messages, events] = await Promise.all([
      store.remediesOf(db, ids),
      full ? store.messagesOf(db, ids) : Promise.resolve([]),
      full ? store.eventsOf(db, ids) : Promise.resolve([]),
    ]);
    return rows.map((r) =>
      toCaseOut(
        r,
        c,
        remedies.filter((x) => x.case_id === r.id),
        full ? messages.filter((m) => m.case_id === r.id) : undefined,
        full ? events.filter((e) => e.case_id === r.id) : undefined,
      ),
    );
  }

  async function get(actor: Actor, id: string): Promise<CaseOut> {
    return (await load(actor.workspaceId, [await rowOf(db, actor.workspaceId, id)], true))[0] as CaseOut;
  }

  const changed = (workspaceId: string, id: string, reason: string) =>
    ctx.bus.publish(workspaceId, "case.changed", { id, reason });

  async function seniorEmails(workspaceId: string, p: RemedyPolicy): Promise<string[]> {
    if (p.senior_emails.length) return p.senior_emails;
    const members = await ctx.services.accounts.listMembers(systemActor(workspaceId));
    return members.filter((m) => m.role === "admin" && m.email.includes(".")).map((m) => m.email);
  }

  /** Hands a case to a senior person: on the timeline, and by e-mail when mail is set up. */
  async function escalate(
    workspaceId: string,
    caseId: string,
    reason: EscalationReason,
    by: Actor = systemActor(workspaceId),
    note?: string,
  ) {
    const p = await policy(workspaceId);
    const to = await seniorEmails(workspaceId, p);
    const actor = by;
    const done = await db.transaction().execute(async (trx) => {
      const row = await rowOf(trx, workspaceId, caseId);
      if (row.escalated_at) return false;
      const at = now();
      if (reason === "overdue") {
        // The clock may have moved (a priority changed): only a clock that really ran out escalates.
        const late = row.status === "new" && !row.first_response_at && row.first_response_due_at <= at;
        if (!late) return false;
      }
      if (reason === "overdue_resolution") {
        const late = OPEN.includes(row.status as CaseStatus) && row.resolve_due_at <= at;
        if (!late) return false;
      }
      await store.update(trx, workspaceId, caseId, {
        escalated_at: at,
        escalated_to: to.join(", ") || null,
        updated_at: at,
      });
      const why =
        reason === "overdue"
          ? "no first response before the clock ran out"
          : reason === "overdue_resolution"
            ? "not resolved before the resolution clock ran out"
            : reason === "high_reach"
              ? `the author reaches ${row.reach} people`
              : reason === "manual"
                ? `asked by ${actor.label}${note ? `: ${note}` : ""}`
                : `priority ${row.priority}`;
      await event(trx, actor, caseId, "escalated", `Escalated to ${to.join(", ") || "the admins"}: ${why}`, {
        reason,
        to,
      });
      if (to.length && ctx.services.mail.configured()) {
        await ctx.services.mail.send(
          {
            workspaceId,
            to,
            subject: `[${row.priority}] Complaint case needs a senior answer: ${row.customer_name ?? row.customer_handle ?? row.customer_email ?? "customer"}`,
            text: `A complaint case was escalated to you (${why}).\n\nCustomer: ${row.customer_name ?? ""} ${row.customer_email ?? ""} ${row.customer_handle ?? ""}\nSource: ${row.source}\nFirst response due: ${row.first_response_due_at}\n\n${row.text.slice(0, 2000)}\n\nOpen it: ${ctx.config.publicUrl}/cases/${caseId}\n\nA customer answered by a manager feels heard, and the case moves faster.`,
          },
          { key: `case-escalate:${caseId}`, db: trx },
        );
      }
      return true;
    });
    if (done) changed(workspaceId, caseId, "escalated");
    return done;
  }

  ctx.jobs.register<{ workspaceId: string; caseId: string; reason: EscalationReason }>(
    ESCALATE_QUEUE,
    async (p) => {
      await escalate(p.workspaceId, p.caseId, p.reason);
    },
    { maxAttempts: 8 },
  );

  /**
   * Queues the escalation checks for a case's clocks: at once when high-reach or P1, else when the
   * first-response clock runs out, and when the resolution clock runs out. Keyed by the due time, so a
   * priority change that moves a clock queues a fresh check and the stale one finds nothing to do.
   */
  async function scheduleEscalation(trx: Db, row: CasesTable, p: RemedyPolicy) {
    const ws = row.workspace_id;
    const highReach = row.reach >= p.high_reach_followers;
    if (highReach || row.priority === "P1") {
      await ctx.jobs.enqueue(
        ESCALATE_QUEUE,
        { workspaceId: ws, caseId: row.id, reason: highReach ? "high_reach" : "priority" },
        { key: `escalate:${row.id}:${highReach ? "reach" : "p1"}` },
        trx,
      );
    }
    await ctx.jobs.enqueue(
      ESCALATE_QUEUE,
      { workspaceId: ws, caseId: row.id, reason: "overdue" },
      {
        key: `escalate:${row.id}:first:${row.first_response_due_at}`,
        runAt: new Date(row.first_response_due_at),
      },
      trx,
    );
    await ctx.jobs.enqueue(
      ESCALATE_QUEUE,
      { workspaceId: ws, caseId: row.id, reason: "overdue_resolution" },
      { key: `escalate:${row.id}:resolve:${row.resolve_due_at}`, runAt: new Date(row.resolve_due_at) },
      trx,
    );
  }

  /** Cases share a crisis when they share its cause: one open crisis whose type covers the topic. */
  async function crisisFor(workspaceId: string, topic: string): Promise<string | null> {
    if (topic === "general") return null;
    const actor = systemActor(workspaceId);
    const open = (await ctx.services.crises.list(actor, { status: "open", drill: false, limit: 20 })).items;
    if (!open.length) return null;
    const plan = await ctx.services.plan.getPlan(workspaceId);
    const matching = open.filter((c) =>
      plan.crisisTypes.find((t) => t.id === c.type)?.topics.includes(topic as never),
    );
    return matching.length === 1 ? (matching[0]?.id ?? null) : null;
  }

  /** Links a case to a crisis (or unlinks it), moving its count and remedy costs with it. */
  async function setCrisis(actor: Actor, row: CasesTable, crisisId: string | null) {
    if ((row.crisis_id ?? null) === crisisId) return;
    if (crisisId) await ctx.services.crises.get(actor, crisisId);
    const given = (await store.remediesOf(db, [row.id])).filter((r) => r.status === "given");
    const cost = given.reduce((s, r) => s + Number(r.cost), 0);
    const p = await policy(actor.workspaceId);
    const move = async (id: string, sign: 1 | -1) => {
      try {
        await ctx.services.crises.recordImpact(actor, id, {
          customers_affected: sign,
          remedies_given: sign * given.length,
          remedies_cost: sign * cost,
          ...(cost ? { currency: given[0]?.currency ?? p.currency } : {}),
        });
      } catch (err) {
        if (!(err instanceof ServiceError)) throw err;
        ctx.log.warn({ err, crisisId: id }, "case cost not added to crisis");
      }
    };
    if (row.crisis_id) await move(row.crisis_id, -1);
    if (crisisId) {
      await ctx.services.crises.link(actor, crisisId, {
        kind: "case",
        refId: row.id,
        note: `${row.priority} ${row.customer_name ?? row.customer_handle ?? row.customer_email ?? ""}`.trim(),
      });
      await move(crisisId, 1);
    }
    await db.transaction().execute(async (trx) => {
      await store.update(trx, actor.workspaceId, row.id, { crisis_id: crisisId, updated_at: now() });
      await event(
        trx,
        actor,
        row.id,
        "crisis.linked",
        crisisId ? `Linked to crisis ${crisisId}` : "Unlinked from its crisis",
        {
          crisis_id: crisisId,
        },
      );
    });
  }

  /**
   * A crisis opened after its complaints arrived: its open cases that share the cause join it (only
   * when this crisis is the one open crisis for their topic, as for a new case).
   */
  async function onCrisisOpened(workspaceId: string, crisisId: string) {
    const actor = systemActor(workspaceId, "Firebreak (same cause)");
    const crisis = await ctx.services.crises.get(actor, crisisId).catch(() => null);
    if (!crisis || crisis.drill) return 0;
    const plan = await ctx.services.plan.getPlan(workspaceId);
    const covered = new Set<string>(plan.crisisTypes.find((t) => t.id === crisis.type)?.topics ?? []);
    if (!covered.size) return 0;
    let linked = 0;
    const owner = new Map<string, string | null>();
    let cursor: string | undefined;
    for (;;) {
      const rows = await store.list(db, workspaceId, { statuses: OPEN }, 500, cursor);
      for (const row of rows) {
        const topic = caseTopic(JSON.parse(row.topics));
        if (row.crisis_id || !covered.has(topic)) continue;
        if (!owner.has(topic)) owner.set(topic, await crisisFor(workspaceId, topic));
        if (owner.get(topic) !== crisisId) continue;
        await setCrisis(actor, row, crisisId);
        changed(workspaceId, row.id, "crisis");
        linked++;
      }
      if (rows.length < 500) break;
      cursor = rows[rows.length - 1]?.id;
    }
    return linked;
  }

  ctx.jobs.register<{ workspaceId: string; crisisId: string }>(
    CRISIS_QUEUE,
    async (p) => {
      await onCrisisOpened(p.workspaceId, p.crisisId);
    },
    { maxAttempts: 5 },
  );

  /**
   * One customer's messages gather in one case: by e-mail thread, then e-mail address, then the
   * handle on the same source. Otherwise a new case opens. Returns the case and whether it is new.
   */
  async function receive(actor: Actor, m: IncomingMessage): Promise<{ id: string; created: boolean }> {
    const ws = actor.workspaceId;
    const c = classify({ text: m.text, language: m.language });
    const topics = m.mention ? m.mention.topics : c.topics;
    const score = m.mention ? (m.mention.score ?? c.score) : c.score;
    const email = m.customer.email?.toLowerCase() ?? null;
    const handle = m.customer.handle ?? null;
    const p = await policy(ws);
    const wsLanguage = (await ctx.services.accounts.workspace(ws)).language;
    const at = now();

    const result = await db.transaction().execute(async (trx) => {
      // The same e-mail again (a forwarder's retry) is the message we have, not a new one.
      if (m.email?.messageId) {
        const seen = await store.caseByEmailMessageIds(trx, ws, [m.email.messageId]);
        if (seen) return { id: seen.case_id, created: false, duplicate: true } as const;
      }
      let existing: CasesTable | undefined;
      if (m.email?.threadIds.length) {
        const hit = await store.caseByEmailMessageIds(trx, ws, m.email.threadIds);
        if (hit) existing = await store.byId(trx, ws, hit.case_id);
      }
      existing ??= await store.openCaseFor(trx, ws, { email, source: m.source, handle });
      const message = {
        id: newId(),
        workspace_id: ws,
        direction: "in",
        channel: m.channel,
        text: m.text,
        author: m.customer.name ?? handle ?? email ?? "customer",
        mention_id: m.mention?.id ?? null,
        email_message_id: m.email?.messageId ?? null,
        at,
      };
      if (existing) {
        if (!(await store.insertMessage(trx, { ...message, case_id: existing.id }))) return null;
        const set: Partial<CasesTable> = { updated_at: at };
        const merged = [...new Set([...(JSON.parse(existing.topics) as string[]), ...topics])];
        set.topics = JSON.stringify(merged);
        set.reach = Math.max(existing.reach, m.followers ?? 0);
        set.spread = Math.max(existing.spread, m.spread ?? 0);
        // A priority rises with new evidence, never falls on its own.
        const pr = priorityOf({
          reach: set.reach,
          topics: merged,
          score: Math.min(score, existing.sentiment_score),
          spread: set.spread,
        });
        set.sentiment_score = Math.min(score, existing.sentiment_score);
        if (pr < (existing.priority as Priority)) {
          set.priority = pr;
          // A higher priority runs on shorter clocks, counted from when the case opened.
          Object.assign(set, dueDates(pr, Date.parse(existing.created_at)));
        }
        if (email && !existing.customer_email) set.customer_email = email;
        if (existing.status !== "new") {
          set.status = "new";
          set.resolved_at = null;
          set.closed_at = null;
        }
        await store.update(trx, ws, existing.id, set);
        if (set.priority) await scheduleEscalation(trx, { ...existing, ...set } as CasesTable, p);
        await event(
          trx,
          actor,
          existing.id,
          "message.received",
          `${m.channel === "email" ? "E-mail" : "Message"} from the customer${existing.status !== "new" ? "; case reopened" : ""}`,
          {
            message_id: message.id,
            mention_id: message.mention_id,
          },
        );
        return { id: existing.id, created: false, row: { ...existing, ...set } as CasesTable };
      }
      const language = languageOf(m.language ?? m.mention?.language ?? c.language, p, wsLanguage);
      const reach = m.followers ?? 0;
      const spread = m.spread ?? 0;
      const priority = priorityOf({ reach, topics, score, spread });
      const row: CasesTable = {
        id: newId(),
        workspace_id: ws,
        status: "new",
        priority,
        language,
        topics: JSON.stringify(topics),
        sentiment_score: score,
        customer_name: m.customer.name ?? null,
        customer_email: email,
        customer_handle: handle,
        source: m.source,
        channel: m.channel,
        subject: m.subject ?? null,
        text: m.text,
        mention_id: m.mention?.id ?? null,
        external_id: m.mention?.external_id ?? null,
        reach,
        spread,
        crisis_id: null,
        ...dueDates(priority, Date.parse(at)),
        first_response_at: null,
        resolved_at: null,
        closed_at: null,
        escalated_at: null,
        escalated_to: null,
        post_status: m.mention ? "unchanged" : "unknown",
        follow_up: null,
        created_by: actor.label,
        created_at: at,
        updated_at: at,
      };
      await store.insert(trx, row);
      if (!(await store.insertMessage(trx, { ...message, case_id: row.id }))) {
        throw conflict("this mention is in a case already", "mention_id");
      }
      await event(trx, actor, row.id, "case.opened", `Case opened (${priority}) from ${m.source}`, {
        priority,
        topics,
        reach,
        spread,
      });
      await scheduleEscalation(trx, row, p);
      await ctx.services.webhooks.emit(
        ws,
        "case.opened",
        {
          id: row.id,
          priority,
          status: "new",
          language,
          topics,
          source: row.source,
          mention_id: row.mention_id,
          first_response_due_at: row.first_response_due_at,
        },
        { db: trx, key: `case.opened:${row.id}` },
      );
      return { id: row.id, created: true, row };
    });
    if (!result) {
      const prior = m.mention ? await store.caseOfMention(db, ws, m.mention.id) : undefined;
      if (prior) return { id: prior.case_id, created: false };
      throw conflict("this message is in a case already");
    }
    if ("duplicate" in result) return { id: result.id, created: false };
    if (result.created) {
      const crisisId = await crisisFor(ws, caseTopic(JSON.parse(result.row.topics)));
      if (crisisId) await setCrisis(systemActor(ws, "Firebreak (same cause)"), result.row, crisisId);
    }
    changed(ws, result.id, result.created ? "opened" : "message");
    return { id: result.id, created: result.created };
  }

  function fromMention(actor: Actor, mention: MentionOut) {
    return receive(actor, {
      text: mention.text,
      customer: { handle: mention.author ?? null, name: mention.author ?? null },
      source: mention.source,
      channel: "webhook",
      language: mention.language,
      followers: mention.author_followers ?? 0,
      spread: mention.copies,
      mention,
    });
  }

  /** Applies the workspace's rules to a new mention; also gathers it into its author's open case. */
  async function onMention(workspaceId: string, mentionId: string) {
    const mention = await ctx.services.listening.get(workspaceId, mentionId).catch(() => null);
    if (!mention) return;
    const actor = systemActor(workspaceId, "Firebreak (rule)");
    if (mention.author) {
      const open = await store.openCaseFor(db, workspaceId, {
        source: mention.source,
        handle: mention.author,
      });
      if (open && open.status !== "resolved") {
        await fromMention(actor, mention);
        return;
      }
    }
    const p = await policy(workspaceId);
    const hit = p.rules.find(
      (r) =>
        (r.source === null || r.source === mention.source) &&
        (!r.complaint_only || mention.complaint) &&
        (!r.negative_only || mention.sentiment === "negative"),
    );
    if (hit) await fromMention(actor, mention);
  }

  /**
   * A copy or repost of a post that is in a case: the case is spreading. Re-reads the original's copy
   * count (so a retried job counts once) and raises the priority when the spread calls for it.
   */
  async function onCopy(workspaceId: string, originalId: string) {
    const hit = await store.caseOfMention(db, workspaceId, originalId);
    if (!hit) return;
    const original = await ctx.services.listening.get(workspaceId, originalId).catch(() => null);
    if (!original) return;
    const p = await policy(workspaceId);
    const actor = systemActor(workspaceId, "Firebreak (spreading)");
    const raised = await db.transaction().execute(async (trx) => {
      const row = await rowOf(trx, workspaceId, hit.case_id);
      if (!OPEN.includes(row.status as CaseStatus) || original.copies <= row.spread) return false;
      const set: Partial<CasesTable> = { spread: original.copies, updated_at: now() };
      const pr = priorityOf({
        reach: row.reach,
        topics: JSON.parse(row.topics) as string[],
        score: row.sentiment_score,
        spread: original.copies,
      });
      if (pr < (row.priority as Priority)) {
        set.priority = pr;
        Object.assign(set, dueDates(pr, Date.parse(row.created_at)));
      }
      await store.update(trx, workspaceId, row.id, set);
      await event(
        trx,
        actor,
        row.id,
        "spreading",
        `The post is spreading: ${original.copies} cop${original.copies === 1 ? "y" : "ies"}${set.priority ? `; priority ${row.priority} → ${set.priority}` : ""}`,
        { copies: original.copies },
      );
      if (set.priority) await scheduleEscalation(trx, { ...row, ...set } as CasesTable, p);
      return true;
    });
    if (raised) changed(workspaceId, hit.case_id, "spreading");
  }

  ctx.jobs.register<{ workspaceId: string; originalId: string; mentionId: string }>(
    SPREAD_QUEUE,
    (p) => onCopy(p.workspaceId, p.originalId),
    { maxAttempts: 5 },
  );

  // Each step is idempotent (a mention already in a case answers that case; the spread re-reads the
  // copy count), so a retried batch redoes only what had not finished.
  ctx.jobs.register<MentionBatchJob & { workspaceId: string }>(
    BATCH_QUEUE,
    async (p) => {
      for (const id of p.mentionIds) await onMention(p.workspaceId, id);
      for (const id of p.originalIds) await onCopy(p.workspaceId, id);
    },
    { maxAttempts: 5, concurrency: 2 },
  );

  // Jobs queued per mention before the batch job existed still run.
  ctx.jobs.register<{ workspaceId: string; mentionId: string }>(
    RULE_QUEUE,
    (p) => onMention(p.workspaceId, p.mentionId),
    {
      maxAttempts: 5,
      concurrency: 4,
    },
  );

  const remedies = createRemedies(ctx, {
    policy,
    event,
    rowOf,
    changed,
    approvers: async (workspaceId) => seniorEmails(workspaceId, await policy(workspaceId)),
  });

  const service = {
    policy,
    /** The policy as readers see it: webhook secrets are write-only. */
    async policyView(workspaceId: string) {
      return maskPolicy(await policy(workspaceId));
    },
    async putPolicy(actor: Actor, input: Partial<RemedyPolicy>) {
      const current = await policy(actor.workspaceId);
      const next = mergePolicy(current, keepSecrets(current, input));
      await store.saveSettings(db, actor.workspaceId, JSON.stringify(next), actor.label, now());
      return maskPolicy(next);
    },

    get,
    async list(
      actor: Actor,
      f: {
        status?: string | undefined;
        priority?: string | undefined;
        topic?: string | undefined;
        crisis_id?: string | undefined;
        overdue?: "true" | "false" | undefined;
        limit: number;
        cursor?: string | undefined;
      },
    ) {
      const statuses = f.status === "open" ? OPEN : f.status ? [f.status] : undefined;
      const rows = await store.list(
        db,
        actor.workspaceId,
        {
          statuses,
          priority: f.priority,
          topic: f.topic,
          crisisId: f.crisis_id,
          overdueAt: f.overdue === "true" ? now() : undefined,
        },
        f.limit + 1,
        f.cursor,
      );
      const page = rows.slice(0, f.limit);
      return {
        items: await load(actor.workspaceId, page, false),
        next_cursor: rows.length > f.limit ? (page[page.length - 1]?.id ?? null) : null,
      };
    },

    /** Opens (or gathers into) a case by hand or through the API. */
    async open(actor: Actor, input: CreateCaseInput) {
      if (input.mention_id) {
        const mention = await ctx.services.listening.get(actor.workspaceId, input.mention_id);
        const r = await fromMention(actor, mention);
        return { case: await get(actor, r.id), created: r.created };
      }
      if (!input.customer || !input.text) throw invalid("name the customer and give the text", "text");
      const r = await receive(actor, {
        text: input.text,
        subject: input.subject,
        customer: input.customer,
        source: input.source ?? (input.customer.email ? "email" : "manual"),
        channel: input.customer.email ? "email" : "clipboard",
        language: input.language,
        followers: input.followers,
      });
      return { case: await get(actor, r.id), created: r.created };
    },

    receive,
    onMention,
    onCrisisOpened,

    async fromEmail(actor: Actor, mail: InboundEmail) {
      const r = await receive(actor, {
        text: mail.text,
        subject: mail.subject,
        customer: { name: mail.fromName, email: mail.fromAddress },
        source: "email",
        channel: "email",
        email: { messageId: mail.messageId, threadIds: mail.threadIds },
      });
      return { case: await get(actor, r.id), created: r.created };
    },
    escalate,
    /** A responder hands the case to a senior person by hand. */
    async escalateByHand(actor: Actor, id: string, note?: string) {
      await rowOf(db, actor.workspaceId, id);
      if (!(await escalate(actor.workspaceId, id, "manual", actor, note)))
        throw conflict("this case is escalated already", "escalated_at");
      return get(actor, id);
    },

    async update(
      actor: Actor,
      id: string,
      patch: {
        status?: CaseStatus | undefined;
        priority?: Priority | undefined;
        crisis_id?: string | null | undefined;
        note?: string | undefined;
      },
    ) {
      if (patch.crisis_id !== undefined)
        await setCrisis(actor, await rowOf(db, actor.workspaceId, id), patch.crisis_id);
      const c = await caseContext(actor.workspaceId);
      let resolvedRow: CasesTable | null = null;
      await db.transaction().execute(async (trx) => {
        const row = await rowOf(trx, actor.workspaceId, id);
        const at = now();
        const set: Partial<CasesTable> = { updated_at: at };
        if (patch.status && patch.status !== row.status) {
          const from = row.status as CaseStatus;
          if (!NEXT[from].includes(patch.status)) {
            throw invalid(
              `status cannot move from ${from} to ${patch.status}; it can go to ${NEXT[from].join(", ")}`,
              "status",
            );
          }
          set.status = patch.status;
          if (patch.status === "resolved") set.resolved_at = at;
          if (patch.status === "closed") set.closed_at = at;
          if (patch.status === "new") {
            set.resolved_at = null;
            set.closed_at = null;
          }
          await event(trx, actor, id, "status.changed", `Status: ${from} → ${patch.status}`, {
            from,
            to: patch.status,
          });
        }
        if (patch.priority && patch.priority !== row.priority) {
          set.priority = patch.priority;
          Object.assign(set, dueDates(patch.priority, Date.parse(row.created_at)));
          await event(trx, actor, id, "priority.changed", `Priority: ${row.priority} → ${patch.priority}`);
          await scheduleEscalation(trx, { ...row, ...set } as CasesTable, c.policy);
        }
        if (patch.note) await event(trx, actor, id, "note", patch.note);
        if (set.status === "resolved") {
          const after = { ...row, ...set } as CasesTable;
          const given = (await store.remediesOf(trx, [id])).filter((r) => r.status === "given");
          const lang = after.language as CaseLang;
          const outcome = given.length
            ? given.map((r) => remedyPhrase(r.kind as never, Number(r.amount), r.currency, lang)).join(", ")
            : null;
          const follow = {
            private_text: followUpPrivate(lang, c.shop, after.customer_name),
            public_text: followUpPublic(lang, outcome),
          };
          set.follow_up = JSON.stringify(follow);
          if (after.mention_id) set.post_status = "asked";
          await event(
            trx,
            actor,
            id,
            "follow_up.prepared",
            "Follow-up prepared: ask to update or remove the post, and a public outcome",
            follow,
          );
          resolvedRow = { ...after, ...set } as CasesTable;
        }
        await store.update(trx, actor.workspaceId, id, set);
      });
      if (resolvedRow) await remedies.sendFollowUp(actor, resolvedRow);
      changed(actor.workspaceId, id, "updated");
      return get(actor, id);
    },

    /** Sends a reply the way the case allows and records it as sent. */
    async reply(
      actor: Actor,
      id: string,
      input: { text: string; channel?: ReplyChannel | undefined; waiting?: boolean | undefined },
    ) {
      const out = await remedies.reply(actor, id, input);
      changed(actor.workspaceId, id, "replied");
      return { ...out, case: await get(actor, id) };
    },

    tone(text: string, language: string, fault = true) {
      const lang = (CASE_LANGUAGES as readonly string[]).includes(language) ? (language as CaseLang) : "en";
      return checkTone(text, lang, { expectApology: fault, expectNextStep: true });
    },

    async postUpdate(
      actor: Actor,
      input: {
        source: string;
        external_id: string;
        text?: string | undefined;
        removed?: boolean | undefined;
      },
    ) {
      const rows = await store.casesByExternalId(db, actor.workspaceId, input.source, input.external_id);
      if (!rows.length) throw notFound("case for this post");
      for (const row of rows) {
        const status = input.removed
          ? "removed"
          : input.text !== undefined && input.text.trim() !== row.text.trim()
            ? "updated"
            : "unchanged";
        const tone = input.text ? classify({ text: input.text, language: row.language }).sentiment : null;
        await db.transaction().execute(async (trx) => {
          await store.update(trx, actor.workspaceId, row.id, { post_status: status, updated_at: now() });
          await event(
            trx,
            actor,
            row.id,
            "post.changed",
            status === "removed"
              ? "The customer removed the post"
              : status === "updated"
                ? `The customer updated the post (now ${tone})`
                : "The post is unchanged",
            {
              status,
              sentiment: tone,
              text: input.text,
            },
          );
        });
        changed(actor.workspaceId, row.id, "post");
      }
      return { cases: rows.map((r) => r.id) };
    },

    ...remedies.api,
    countOpen: (workspaceId: string) => store.countOpen(db, workspaceId),

    /** A crisis's cases: how many (and how many still open), remedies given and their cost. */
    async crisisSummary(actor: Actor, crisisId: string) {
      const { byStatus, cost } = await store.crisisFigures(db, actor.workspaceId, crisisId);
      const count = (s?: string[]) =>
        byStatus.filter((r) => !s || s.includes(r.status)).reduce((n, r) => n + Number(r.n), 0);
      return {
        crisis_id: crisisId,
        cases: count(),
        open: count(OPEN),
        remedies_given: cost.reduce((n, r) => n + Number(r.n), 0),
        cost: cost.map((r) => ({ currency: r.currency, amount: Number(r.cost ?? 0) })),
      };
    },

    /** A forbidden error unless the actor holds the policy's approver role. */
    async assertApprover(actor: Actor) {
      const p = await policy(actor.workspaceId);
      if (!roleAtLeast(actor.role, p.approver_role))
        throw forbidden(`approving needs the ${p.approver_role} role`);
    },
  };
  return service;
}
