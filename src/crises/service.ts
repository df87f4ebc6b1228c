import type { Kysely } from "kysely";
import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { conflict, invalid, notFound } from "../core/errors.js";
import { newId } from "../core/ids.js";
import type { Database } from "../db/schema.js";
import { type Lang, localize, type Plan } from "../plan/default-plan/index.js";
import { assemble, eventOf, webhookData } from "./assemble.js";
import { computeClocks, isOpen, NEXT, STATUS_COLUMN, scoreDrill } from "./clocks.js";
import { replayDrillBurst } from "./drill.js";
import { evaluateEscalation, pendingEscalations } from "./escalation.js";
import { pagesFor } from "./paging.js";
import type { CrisisEvent, CrisisRecord, CrisisStatus, Impact, LinkKind } from "./schema.js";
import { OPEN_STATUSES, crisesStore as store } from "./store.js";
import type { CrisesTable, CrisisTasksTable } from "./tables.js";

type Db = Kysely<Database>;
// A browser's clock may run a little ahead; beyond this a time "in the future" is a typo.
const SKEW_MS = 5 * 60_000;
function notFuture(iso: string, field: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw invalid(`${field} is not a valid time`, field);
  if (t > Date.now() + SKEW_MS) throw invalid(`${field} cannot be in the future`, field);
  return new Date(t).toISOString();
}
export type CrisesService = ReturnType<typeof createCrisesService>;

export interface OpenInput {
  title: string;
  type: string;
  severity: CrisisRecord["severity"];
  summary?: string | undefined;
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
  personal_data?: boolean | undefined;
  aware_at?: string | undefined;
  authority_notified_at?: string | null | undefined;
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

const IMPACT_KEYS = [
  "orders_affected",
  "revenue_at_risk",
  "customers_affected",
  "remedies_given",
  "remedies_cost",
] as const;
// These make the post-mortem's skeleton; the rest can be marked by hand.
const AUTO_KEY = new Set([
  "crisis.opened",
  "status.changed",
  "severity.changed",
  "public_word",
  "role.assigned",
]);

export function createCrisesService(ctx: AppContext) {
  const db = ctx.db;
  const plans = () => ctx.services.plan;
  // Absent only when a test builds the app with fewer modules.
  const webhooks = () => ctx.services.webhooks as typeof ctx.services.webhooks | undefined;

  const publish = (workspaceId: string, id: string, reason: string) =>
    ctx.bus.publish(workspaceId, "crisis.changed", { id, reason });

  async function rowOf(trx: Db, actor: Actor, id: string) {
    const row = await store.byId(trx, actor.workspaceId, id);
    if (!row) throw notFound("crisis");
    return row;
  }

  async function loadMany(
    workspaceId: string,
    rows: CrisesTable[],
    now = Date.now(),
    withTimeline = true,
  ): Promise<CrisisRecord[]> {
    const rec = await plans().record(workspaceId);
    const ids = rows.map((r) => r.id);
    const [tasks, events, links, roles] = await Promise.all([
      store.tasksOf(db, ids),
      withTimeline ? store.eventsOf(db, ids) : [],
      withTimeline ? store.linksOf(db, ids) : [],
      store.rolesOf(db, ids),
    ]);
    return rows.map((r) =>
      assemble(
        r,
        rec.plan,
        rec.language,
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

  async function get(actor: Actor, id: string): Promise<CrisisRecord> {
    const row = await rowOf(db, actor, id);
    return (await loadMany(actor.workspaceId, [row]))[0] as CrisisRecord;
  }

  /** The record with its clocks as they stand at `now` (the clock watch, tests). */
  async function getAt(actor: Actor, id: string, now: number): Promise<CrisisRecord> {
    const row = await rowOf(db, actor, id);
    return (await loadMany(actor.workspaceId, [row], now))[0] as CrisisRecord;
  }

  async function event(trx: Db, actor: Actor, crisisId: string, e: EventInput): Promise<CrisisEvent | null> {
    const row = {
      id: newId(),
      workspace_id: actor.workspaceId,
      crisis_id: crisisId,
      at: e.at ?? new Date().toISOString(),
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

  async function emitWebhook(trx: Db, workspaceId: string, type: string, rec: CrisisRecord) {
    // A drill rehearses the team, not the outside world: no status page or chat tool hears of it.
    if (rec.drill) return;
    await webhooks()?.emit(workspaceId, type, webhookData(rec), { db: trx });
  }

  /**
   * Puts each escalation rule the record now proves on the timeline, once per rule (the key makes a
   * later change that proves it again a no-op), so the lead sees "raise to SEV1" where it happened.
   */
  async function noteEscalations(trx: Db, actor: Actor, row: CrisesTable, plan: Plan, lang: Lang) {
    const type = plan.crisisTypes.find((t) => t.id === row.type);
    for (const e of pendingEscalations(evaluateEscalation(row, type, lang))) {
      await event(trx, actor, row.id, {
        kind: "escalation.triggered",
        text: `Escalation rule met: ${e.text} (now ${row.severity})`,
        data: { rule: e.id, raise_to: e.raise_to, from: row.severity },
        key: `escalation:${e.id}`,
        keyEvent: true,
      });
    }
  }

  /**
   * Calls the team the plan names for the roles this severity pages (its `page` list): one e-mail per
   * contact, in the same transaction as the change that asked for it, and one timeline event that
   * says who was called and which roles have nobody to call.
   */
  async function pageTeam(
    trx: Db,
    actor: Actor,
    row: CrisesTable,
    plan: Plan,
    lang: Lang,
    roles: readonly string[],
    reason: string,
  ) {
    // Absent only when a test builds the app without mail.
    const mail = ctx.services.mail as typeof ctx.services.mail | undefined;
    if (roles.length === 0 || !mail) return;
    const { pages, unreachable } = pagesFor(plan, lang, roles);
    const url = `${ctx.config.publicUrl}/crises/${row.id}`;
    const prefix = row.drill ? "[Drill] " : "";
    for (const p of pages) {
      await mail.send(
        {
          workspaceId: actor.workspaceId,
          to: p.email,
          subject: `${prefix}[${row.severity}] ${reason}: ${row.title}`,
          text: [
            `${p.name}, you are on the crisis team as ${p.roleName}.`,
            `${reason}: ${row.title} (${row.severity}, ${row.status}).`,
            row.summary,
            `Join the crisis room: ${url}`,
          ]
            .filter(Boolean)
            .join("\n\n"),
        },
        { key: `crisis-page:${row.id}:${row.severity}:${p.role}:${p.email}`, db: trx },
      );
    }
    const called = pages.map((p) => `${p.roleName} (${p.name})`).join(", ");
    await event(trx, actor, row.id, {
      kind: "team.paged",
      text: [
        called ? `Paged ${called}` : "",
        unreachable.length ? `${called ? "no" : "No"} contact in the plan for ${unreachable.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("; "),
      data: { paged: pages.map((p) => ({ role: p.role, email: p.email })), unreachable },
      key: `paged:${row.severity}`,
      keyEvent: unreachable.length > 0,
    });
  }

  /** Runs a change in one transaction, then tells everyone in the room. */
  async function change<T>(
    actor: Actor,
    id: string,
    reason: string,
    body: (trx: Db, row: CrisesTable) => Promise<T>,
  ) {
    const out = await db.transaction().execute(async (trx) => body(trx, await rowOf(trx, actor, id)));
    publish(actor.workspaceId, id, reason);
    return out;
  }

  async function planOf(workspaceId: string): Promise<{ plan: Plan; lang: Lang }> {
    const rec = await plans().record(workspaceId);
    return { plan: rec.plan, lang: rec.language };
  }

  async function publicWord(
    actor: Actor,
    id: string,
    at: string,
    text: string | undefined,
    key: string | undefined,
  ) {
    return change(actor, id, "public_word", async (trx, row) => {
      const first = !row.first_public_word_at || at < row.first_public_word_at;
      const set: Partial<CrisesTable> = { updated_at: new Date().toISOString() };
      if (first) set.first_public_word_at = at;
      if (!row.last_public_update_at || at > row.last_public_update_at) set.last_public_update_at = at;
      await store.update(trx, actor.workspaceId, id, set);
      await event(trx, actor, id, {
        kind: "public_word",
        text: text ?? (first ? "First public word" : "Public update"),
        at,
        key,
      });
    });
  }

  const service = {
    get,
    getAt,

    async list(
      actor: Actor,
      f: {
        status?: CrisisStatus | "open" | undefined;
        drill?: boolean | undefined;
        type?: string | undefined;
        /** false: records without timeline and links (lighter lists). */
        timeline?: boolean | undefined;
        limit?: number;
        cursor?: string | undefined;
      } = {},
    ) {
      const limit = f.limit ?? 50;
      const statuses = f.status === "open" ? OPEN_STATUSES : f.status ? [f.status] : undefined;
      const rows = await store.list(db, actor.workspaceId, {
        statuses,
        drill: f.drill,
        type: f.type,
        limit: limit + 1,
        before: f.cursor,
      });
      const page = rows.slice(0, limit);
      return {
        items: await loadMany(actor.workspaceId, page, Date.now(), f.timeline !== false),
        next_cursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
      };
    },

    async open(actor: Actor, input: OpenInput): Promise<CrisisRecord> {
      const { plan, lang } = await planOf(actor.workspaceId);
      const type = plan.crisisTypes.find((t) => t.id === input.type);
      if (!type) {
        throw invalid(
          `type "${input.type}" is not in the plan's catalogue (${plan.crisisTypes.map((t) => t.id).join(", ")})`,
          "type",
        );
      }
      if (!plan.severities.some((s) => s.id === input.severity))
        throw invalid("unknown severity", "severity");
      const ws = await ctx.services.accounts.workspace(actor.workspaceId);
      // Read before the transaction: on the embedded store it holds the only connection.
      const opener = actor.userId
        ? (await ctx.services.accounts.listMembers(actor)).find((m) => m.id === actor.userId)
        : undefined;
      const at = new Date().toISOString();
      const startedAt = input.startedAt ? notFuture(input.startedAt, "started_at") : at;
      const awareAt = input.awareAt ? notFuture(input.awareAt, "aware_at") : startedAt;
      const id = newId();
      const row: CrisesTable = {
        id,
        workspace_id: actor.workspaceId,
        title: input.title,
        type: type.id,
        severity: input.severity,
        status: "detected",
        summary: input.summary ?? "",
        drill: input.drill ? 1 : 0,
        personal_data: (input.personalData ?? type.personal_data) ? 1 : 0,
        started_at: startedAt,
        aware_at: awareAt,
        acknowledged_at: null,
        mitigating_at: null,
        monitoring_at: null,
        resolved_at: null,
        closed_at: null,
        first_public_word_at: null,
        last_public_update_at: null,
        authority_notified_at: null,
        orders_affected: 0,
        revenue_at_risk: 0,
        customers_affected: 0,
        remedies_given: 0,
        remedies_cost: 0,
        currency: ws.currency,
        drill_score: null,
        created_by: actor.label,
        created_at: at,
        updated_at: at,
      };
      const tasks: CrisisTasksTable[] = type.playbook.map((p, i) => ({
        id: newId(),
        workspace_id: actor.workspaceId,
        crisis_id: id,
        playbook_id: p.id,
        title: localize(p.title, lang),
        role: p.role,
        due_at: new Date(Date.parse(p.clock ? awareAt : startedAt) + p.dueMinutes * 60_000).toISOString(),
        clock: p.clock ?? null,
        status: "open",
        position: i + 1,
        done_at: null,
        done_by: null,
        created_at: at,
      }));
      await db.transaction().execute(async (trx) => {
        await store.insert(trx, row);
        await store.insertTasks(trx, tasks);
        await event(trx, actor, id, {
          kind: "crisis.opened",
          text: `${input.drill ? "Drill" : "Crisis"} opened: ${input.title} (${localize(type.name, lang)}, ${input.severity})`,
          data: { type: type.id, severity: input.severity, drill: !!input.drill },
          at,
        });
        for (const ev of input.evidence ?? []) {
          await store.insertLink(trx, {
            id: newId(),
            workspace_id: actor.workspaceId,
            crisis_id: id,
            kind: ev.kind,
            ref_id: ev.refId,
            note: ev.note ?? null,
            created_by: actor.label,
            created_at: at,
          });
          await event(trx, actor, id, {
            kind: `link.${ev.kind}`,
            text: `Linked ${ev.kind} ${ev.refId}`,
            data: ev,
            at,
          });
        }
        await noteEscalations(trx, actor, row, plan, lang);
        const severity = plan.severities.find((x) => x.id === row.severity);
        await pageTeam(trx, actor, row, plan, lang, severity?.page ?? [], "New crisis");
        // Whoever opens it leads until they hand over: a crisis never starts without a lead.
        const leadRole = plan.roles.find((r) => r.id === "crisis_lead");
        if (leadRole && opener) {
          await store.setRole(trx, {
            crisis_id: id,
            workspace_id: actor.workspaceId,
            role: leadRole.id,
            user_id: opener.id,
            user_name: opener.name,
            since: at,
          });
          await event(trx, actor, id, {
            kind: "role.assigned",
            text: `${localize(leadRole.name, lang)}: ${opener.name}`,
            data: { role: leadRole.id, from: null, to: opener.id },
            at,
          });
        }
        const rec = assemble(row, plan, lang, { tasks, events: [], links: [], roles: [] });
        await emitWebhook(trx, actor.workspaceId, "crisis.opened", rec);
      });
      ctx.bus.publish(actor.workspaceId, "crisis.opened", { id });
      publish(actor.workspaceId, id, "opened");
      return get(actor, id);
    },

    async update(actor: Actor, id: string, patch: CrisisPatch): Promise<CrisisRecord> {
      const { plan, lang } = await planOf(actor.workspaceId);
      await change(actor, id, "updated", async (trx, row) => {
        const at = new Date().toISOString();
        const set: Partial<CrisesTable> = { updated_at: at };
        const notes: EventInput[] = [];
        if (patch.status !== undefined && patch.status !== row.status) {
          const from = row.status as CrisisStatus;
          const allowed = NEXT[from];
          if (!allowed.includes(patch.status)) {
            throw invalid(
              `status cannot move from ${from} to ${patch.status}; from ${from} it can go to ${allowed.join(" or ") || "nowhere (closed)"}`,
              "status",
            );
          }
          set.status = patch.status;
          const col = STATUS_COLUMN[patch.status as keyof typeof STATUS_COLUMN];
          if (col && !row[col]) set[col] = at;
          notes.push({
            kind: "status.changed",
            text: `Status: ${from} → ${patch.status}`,
            data: { from, to: patch.status },
          });
        }
        if (patch.severity !== undefined && patch.severity !== row.severity) {
          if (!plan.severities.some((s) => s.id === patch.severity))
            throw invalid("unknown severity", "severity");
          set.severity = patch.severity;
          notes.push({
            kind: "severity.changed",
            text: `Severity: ${row.severity} → ${patch.severity}`,
            data: { from: row.severity, to: patch.severity },
          });
        }
        if (patch.title !== undefined && patch.title !== row.title) {
          set.title = patch.title;
          notes.push({
            kind: "title.changed",
            text: `Title: ${patch.title}`,
            data: { from: row.title, to: patch.title },
          });
        }
        if (patch.summary !== undefined && patch.summary !== row.summary) {
          set.summary = patch.summary;
          notes.push({ kind: "summary.changed", text: "Summary updated", data: { summary: patch.summary } });
        }
        if (patch.personal_data !== undefined && (patch.personal_data ? 1 : 0) !== row.personal_data) {
          set.personal_data = patch.personal_data ? 1 : 0;
          notes.push({
            kind: "personal_data.changed",
            text: patch.personal_data
              ? "Personal data involved: the GDPR 72-hour clock runs"
              : "No personal data involved",
            keyEvent: true,
          });
        }
        if (patch.aware_at !== undefined) {
          set.aware_at = notFuture(patch.aware_at, "aware_at");
          notes.push({ kind: "aware_at.changed", text: `Aware since ${set.aware_at}`, keyEvent: true });
        }
        if (patch.authority_notified_at !== undefined) {
          set.authority_notified_at = patch.authority_notified_at
            ? notFuture(patch.authority_notified_at, "authority_notified_at")
            : null;
          notes.push({
            kind: "authority.notified",
            text: set.authority_notified_at
              ? "Supervisory authority notified"
              : "Authority notification withdrawn",
            keyEvent: true,
          });
        }
        if (notes.length === 0) return;
        if (set.status === "resolved" && row.drill) {
          const after = { ...row, ...set };
          const tasks = await store.tasksOf(trx, [id]);
          const art33 = tasks.find((t) => t.clock === "gdpr_art33_72h" && t.status === "done");
          const severity = plan.severities.find((s) => s.id === after.severity) ?? null;
          const score = scoreDrill(
            computeClocks(after, severity, art33?.done_at ?? null, Date.parse(at)),
            tasks,
          );
          set.drill_score = JSON.stringify(score);
          notes.push({
            kind: "drill.scored",
            text: `Drill score: ${score.score}/100; tasks on time ${score.tasks?.on_time ?? 0}/${score.tasks?.total ?? 0}`,
            data: score,
            keyEvent: true,
          });
        }
        // Compare-and-set on the status read above: two people pressing "resolve" at once move it once.
        const r = await trx
          .updateTable("crises")
          .set(set)
          .where("workspace_id", "=", actor.workspaceId)
          .where("id", "=", id)
          .where("status", "=", row.status)
          .executeTakeFirst();
        if (Number(r.numUpdatedRows) === 0)
          throw conflict("the crisis changed at the same moment; reload and try again", "status");
        for (const n of notes) await event(trx, actor, id, { ...n, at });
        await noteEscalations(trx, actor, { ...row, ...set }, plan, lang);
        if (set.severity && isOpen(set.status ?? row.status)) {
          // A raise brings in the roles the new severity pages that the old one did not.
          const before = new Set(plan.severities.find((x) => x.id === row.severity)?.page ?? []);
          const now = plan.severities.find((x) => x.id === set.severity)?.page ?? [];
          const added = now.filter((r) => !before.has(r));
          await pageTeam(trx, actor, { ...row, ...set }, plan, lang, added, `Raised to ${set.severity}`);
        }
        const rec = assemble({ ...row, ...set }, plan, lang, { tasks: [], events: [], links: [], roles: [] });
        await emitWebhook(trx, actor.workspaceId, "crisis.updated", rec);
      });
      return get(actor, id);
    },

    /** Adds a timeline event; with a key it is idempotent and returns the event already there. */
    async addEvent(actor: Actor, crisisId: string, input: EventInput): Promise<CrisisEvent> {
      if (input.public)
        await publicWord(
          actor,
          crisisId,
          input.at ?? new Date().toISOString(),
          undefined,
          input.key ? `${input.key}:public` : undefined,
        );
      const out = await change(actor, crisisId, "event", async (trx) => {
        const made = await event(trx, actor, crisisId, input);
        if (made) return made;
        const existing = input.key ? await store.eventByKey(trx, crisisId, input.key) : undefined;
        if (!existing) throw new Error("event neither inserted nor found");
        return eventOf(existing);
      });
      return out;
    },

    addNote: (actor: Actor, crisisId: string, text: string, keyEvent = false) =>
      change(
        actor,
        crisisId,
        "event",
        async (trx) => (await event(trx, actor, crisisId, { kind: "note", text, keyEvent })) as CrisisEvent,
      ),

    async setKeyEvent(actor: Actor, crisisId: string, eventId: string, key: boolean) {
      await change(actor, crisisId, "event", async (trx) => {
        const r = await store.setKeyEvent(trx, crisisId, eventId, key);
        if (!Number(r.numUpdatedRows)) throw notFound("event");
      });
    },

    /** The first (or a later) public word; the earliest time given wins as "first". */
    markFirstPublicWord: (actor: Actor, crisisId: string, at: string | Date = new Date(), text?: string) =>
      publicWord(actor, crisisId, new Date(at).toISOString(), text, undefined).then(() =>
        get(actor, crisisId),
      ),

    async link(
      actor: Actor,
      crisisId: string,
      input: { kind: LinkKind; refId: string; note?: string | undefined },
    ) {
      return change(actor, crisisId, "link", async (trx) => {
        const at = new Date().toISOString();
        const added = await store.insertLink(trx, {
          id: newId(),
          workspace_id: actor.workspaceId,
          crisis_id: crisisId,
          kind: input.kind,
          ref_id: input.refId,
          note: input.note ?? null,
          created_by: actor.label,
          created_at: at,
        });
        if (added) {
          await event(trx, actor, crisisId, {
            kind: `link.${input.kind}`,
            text: `Linked ${input.kind} ${input.refId}${input.note ? `: ${input.note}` : ""}`,
            data: { kind: input.kind, ref_id: input.refId },
            at,
          });
        }
        return { added };
      });
    },

    async unlink(actor: Actor, crisisId: string, linkId: string) {
      await change(actor, crisisId, "link", async (trx) => {
        const r = await store.deleteLink(trx, crisisId, linkId);
        if (!Number(r.numDeletedRows)) throw notFound("link");
        await event(trx, actor, crisisId, {
          kind: "link.removed",
          text: "Removed a linked item",
          data: { link_id: linkId },
        });
      });
    },

    /** Crises an alert, mention, monitor or case belongs to. */
    async linkedTo(actor: Actor, kind: LinkKind, refId: string): Promise<string[]> {
      return (await store.crisesLinkedTo(db, actor.workspaceId, kind, refId)).map((r) => r.crisis_id);
    },

    /** Adds to the business impact (cases call this for every remedy given). */
    recordImpact: (actor: Actor, crisisId: string, delta: ImpactDelta) =>
      impact(actor, crisisId, delta, "add"),
    /** Replaces the figures (the crisis room's impact form). */
    setImpact: (actor: Actor, crisisId: string, values: ImpactDelta) =>
      impact(actor, crisisId, values, "set"),

    async assignRole(actor: Actor, crisisId: string, role: string, userId: string | null) {
      const { plan, lang } = await planOf(actor.workspaceId);
      const planRole = plan.roles.find((r) => r.id === role);
      if (!planRole) throw invalid(`the plan has no role "${role}"`, "role");
      const member = userId
        ? (await ctx.services.accounts.listMembers(actor)).find((m) => m.id === userId)
        : null;
      if (userId && !member) throw invalid("that user is not a member of this workspace", "user_id");
      await change(actor, crisisId, "role", async (trx) => {
        const at = new Date().toISOString();
        const before = await store.role(trx, crisisId, role);
        if ((before?.user_id ?? null) === userId) return;
        const roleName = localize(planRole.name, lang);
        if (member) {
          await store.setRole(trx, {
            crisis_id: crisisId,
            workspace_id: actor.workspaceId,
            role,
            user_id: member.id,
            user_name: member.name,
            since: at,
          });
        } else {
          await store.clearRole(trx, crisisId, role);
        }
        const text = before
          ? member
            ? `${roleName}: handed over from ${before.user_name} to ${member.name}`
            : `${roleName}: ${before.user_name} stepped down`
          : `${roleName}: ${member?.name}`;
        await event(trx, actor, crisisId, {
          kind: before ? "role.handover" : "role.assigned",
          text,
          data: { role, from: before?.user_id ?? null, to: member?.id ?? null },
          keyEvent: true,
          at,
        });
      });
      return get(actor, crisisId);
    },

    async addTask(
      actor: Actor,
      crisisId: string,
      input: { title: string; role: string; dueMinutes?: number | undefined; dueAt?: string | undefined },
    ) {
      await change(actor, crisisId, "task", async (trx, row) => {
        const at = new Date().toISOString();
        const due = input.dueAt
          ? new Date(input.dueAt).toISOString()
          : input.dueMinutes !== undefined
            ? new Date(Date.parse(row.started_at) + input.dueMinutes * 60_000).toISOString()
            : null;
        await store.insertTasks(trx, [
          {
            id: newId(),
            workspace_id: actor.workspaceId,
            crisis_id: crisisId,
            playbook_id: null,
            title: input.title,
            role: input.role,
            due_at: due,
            clock: null,
            status: "open",
            position: (await store.maxTaskPosition(trx, crisisId)) + 1,
            done_at: null,
            done_by: null,
            created_at: at,
          },
        ]);
        await event(trx, actor, crisisId, {
          kind: "task.added",
          text: `Task added: ${input.title}`,
          data: { role: input.role },
          at,
        });
      });
      return get(actor, crisisId);
    },

    async updateTask(
      actor: Actor,
      crisisId: string,
      taskId: string,
      patch: {
        status?: "open" | "done" | "skipped" | undefined;
        title?: string | undefined;
        role?: string | undefined;
        due_at?: string | null | undefined;
      },
    ) {
      await change(actor, crisisId, "task", async (trx) => {
        const task = await store.taskById(trx, crisisId, taskId);
        if (!task) throw notFound("task");
        const at = new Date().toISOString();
        const set: Partial<CrisisTasksTable> = {};
        if (patch.title !== undefined) set.title = patch.title;
        if (patch.role !== undefined) set.role = patch.role;
        if (patch.due_at !== undefined)
          set.due_at = patch.due_at ? new Date(patch.due_at).toISOString() : null;
        if (patch.status !== undefined && patch.status !== task.status) {
          set.status = patch.status;
          set.done_at = patch.status === "open" ? null : at;
          set.done_by = patch.status === "open" ? null : actor.label;
        }
        if (Object.keys(set).length === 0) return;
        await store.updateTask(trx, crisisId, taskId, set);
        const title = set.title ?? task.title;
        await event(trx, actor, crisisId, {
          kind: set.status ? `task.${set.status}` : "task.updated",
          text:
            set.status === "done"
              ? `Done: ${title}`
              : set.status === "skipped"
                ? `Skipped: ${title}`
                : set.status === "open"
                  ? `Reopened: ${title}`
                  : `Task changed: ${title}`,
          data: { task_id: taskId, ...patch },
          keyEvent: set.status === "done" && task.clock !== null,
          at,
        });
      });
      return get(actor, crisisId);
    },

    /** Moves whenever the crisis changes, whichever process changed it (the live stream polls it). */
    version: (actor: Actor, id: string) => store.version(db, actor.workspaceId, id),

    /** Open crises, drills left out: the home page figure. */
    countOpen: (workspaceId: string) => store.countOpen(db, workspaceId),
    isOpen,

    /**
     * A rehearsal: a crisis marked drill, opened from a type. With `replay`, a synthetic burst of
     * complaints about the type's topic runs through the detectors and what they raise lands on the
     * timeline, as it would from the live alerts. Resolving it scores the team against the plan.
     */
    async startDrill(
      actor: Actor,
      input: {
        type: string;
        severity?: CrisisRecord["severity"] | undefined;
        title?: string | undefined;
        replay?: boolean | undefined;
      },
    ): Promise<CrisisRecord> {
      const { plan, lang } = await planOf(actor.workspaceId);
      const type = plan.crisisTypes.find((t) => t.id === input.type);
      if (!type) throw invalid(`type "${input.type}" is not in the plan's catalogue`, "type");
      const rec = await service.open(actor, {
        title: input.title ?? `Drill: ${localize(type.name, lang)}`,
        type: type.id,
        severity: input.severity ?? type.defaultSeverity,
        drill: true,
        summary: "Exercise. Nothing is happening to customers; no message leaves Firebreak.",
      });
      const topic = type.topics[0];
      if (input.replay !== false && topic) {
        const detection = ctx.services.detection as typeof ctx.services.detection | undefined;
        const settings = detection ? await detection.settings(actor.workspaceId) : {};
        const { alerts, mentions } = replayDrillBurst(topic, Date.now(), 7, settings);
        await service.addEvent(actor, rec.id, {
          kind: "drill.replay",
          text: `Replayed ${mentions} synthetic mentions with a burst about ${topic}: the detectors raised ${alerts.length} alert(s)`,
          data: { mentions, alerts: alerts.length, topic },
          key: "drill.replay",
        });
        for (const a of alerts) {
          await service.addEvent(actor, rec.id, {
            kind: "drill.alert",
            text: `Detector: ${a.kind}${a.topic ? ` on ${a.topic}` : ""}, observed ${a.observed} against ${a.expected.toFixed(1)} expected`,
            data: a,
            key: `drill.alert:${a.episodeId}`,
            keyEvent: true,
          });
        }
      }
      return service.get(actor, rec.id);
    },
  };
  return service;

  async function impact(actor: Actor, crisisId: string, values: ImpactDelta, mode: "add" | "set") {
    const fields: Partial<Record<(typeof IMPACT_KEYS)[number], number>> = {};
    for (const k of IMPACT_KEYS) {
      const v = values[k];
      if (v === undefined) continue;
      if (!Number.isInteger(v)) throw invalid(`${k} must be a whole number (money in minor units)`, k);
      if (mode === "set" && v < 0) throw invalid(`${k} cannot be negative`, k);
      fields[k] = v;
    }
    const { plan, lang } = await planOf(actor.workspaceId);
    await change(actor, crisisId, "impact", async (trx, row) => {
      const at = new Date().toISOString();
      // A correction may subtract, but never below zero: a negative count would poison the post-mortem.
      if (mode === "add")
        for (const [k, v] of Object.entries(fields) as [(typeof IMPACT_KEYS)[number], number][])
          if (row[k] + v < 0) throw invalid(`${k} would go below zero (it is ${row[k]})`, k);
      if (values.currency && values.currency !== row.currency) {
        if (row.revenue_at_risk !== 0 || row.remedies_cost !== 0) {
          throw invalid(`amounts are already in ${row.currency}; convert before recording`, "currency");
        }
        await store.update(trx, actor.workspaceId, crisisId, { currency: values.currency });
      }
      if (mode === "add") await store.addImpact(trx, actor.workspaceId, crisisId, fields, at);
      else await store.update(trx, actor.workspaceId, crisisId, { ...fields, updated_at: at });
      const currency = values.currency ?? row.currency;
      const show = (k: string, v: number) =>
        k === "revenue_at_risk" || k === "remedies_cost" ? `${(v / 100).toFixed(2)} ${currency}` : String(v);
      const parts = Object.entries(fields).map(
        ([k, v]) => `${k.replaceAll("_", " ")} ${mode === "add" && v >= 0 ? "+" : ""}${show(k, v)}`,
      );
      if (parts.length) {
        await event(trx, actor, crisisId, {
          kind: "impact.updated",
          text: `Impact: ${parts.join(", ")}`,
          data: { mode, ...fields },
          at,
        });
      }
      const after = await store.byId(trx, actor.workspaceId, crisisId);
      if (after) await noteEscalations(trx, actor, after, plan, lang);
    });
    return get(actor, crisisId);
  }
}
