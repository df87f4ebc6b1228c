import type { AppContext } from "../app/context.js";
import { REMEDY_KINDS } from "../cases/policy.js";
import type { Actor } from "../core/actor.js";
import { invalid, notFound } from "../core/errors.js";
import { newId } from "../core/ids.js";
import { localize, MESSAGE_KINDS } from "../plan/default-plan/index.js";
import { checkOverdue, remindOwner, UNFINISHED } from "./ops/action-reminders.js";
import { latestToday, ownerToday } from "./ops/owner-day.js";
import type { ActionInput, ActionOut, ActionPatch, ActionStatus, PlanPart } from "./schema.js";
import { reviewStore as store } from "./store.js";
import type { ActionItemsTable } from "./tables.js";

export { ACTION_REMINDER_QUEUE } from "./ops/action-reminders.js";

/** `today`: the day it is where the item's owner lives (ops/owner-day.ts), which decides `overdue`. */
export function toActionOut(r: ActionItemsTable, label: string, today: string): ActionOut {
  return {
    id: r.id,
    crisis_id: r.crisis_id,
    title: r.title,
    owner_user_id: r.owner_user_id,
    owner_name: r.owner_name,
    owner_email: r.owner_email,
    due_date: r.due_date,
    status: r.status as ActionStatus,
    overdue: UNFINISHED.includes(r.status) && r.due_date < today,
    plan_part: r.plan_part as PlanPart,
    plan_ref: r.plan_ref,
    plan_label: label,
    created_by: r.created_by,
    created_at: r.created_at,
    updated_at: r.updated_at,
    done_at: r.done_at,
  };
}

/** Checks the reference against the plan (or the monitors) and answers it in words. */
async function planLabel(ctx: AppContext, actor: Actor, part: string, ref: string): Promise<string> {
  if (part === "other") return ref;
  if (!ref) throw invalid(`say which ${part.replace("_", " ")} this changes`, "plan_ref");
  const rec = await ctx.services.plan.record(actor.workspaceId);
  const lang = rec.language;
  switch (part) {
    case "playbook": {
      for (const t of rec.plan.crisisTypes) {
        if (t.id === ref) return localize(t.name, lang);
        const task = t.playbook.find((p) => p.id === ref);
        if (task) return `${localize(t.name, lang)}: ${localize(task.title, lang)}`;
      }
      throw invalid(`the plan has no playbook or playbook step "${ref}"`, "plan_ref");
    }
    case "template":
      if ((MESSAGE_KINDS as readonly string[]).includes(ref)) return ref.replaceAll("_", " ");
      throw invalid(`no message template kind "${ref}" (${MESSAGE_KINDS.join(", ")})`, "plan_ref");
    case "supplier": {
      const s = rec.plan.suppliers.find((x) => x.id === ref);
      if (!s) throw invalid(`the plan has no supplier "${ref}"`, "plan_ref");
      return s.name;
    }
    case "remedy_rule":
      if ((REMEDY_KINDS as readonly string[]).includes(ref)) return ref.replaceAll("_", " ");
      throw invalid(`no remedy kind "${ref}" (${REMEDY_KINDS.join(", ")})`, "plan_ref");
    case "monitor": {
      try {
        return (await ctx.services.monitoring.get(actor, ref)).name;
      } catch {
        throw invalid(`no monitor "${ref}" in this workspace`, "plan_ref");
      }
    }
  }
  throw invalid(`unknown plan part "${part}"`, "plan_part");
}

/** Who owns an action item: a member of the workspace, or a name (and e-mail) from outside it. */
async function ownerOf(
  ctx: AppContext,
  actor: Actor,
  input: {
    owner_user_id?: string | undefined;
    owner_name?: string | undefined;
    owner_email?: string | null | undefined;
  },
) {
  if (input.owner_user_id) {
    const m = (await ctx.services.accounts.listMembers(actor)).find((x) => x.id === input.owner_user_id);
    if (!m) throw invalid("that user is not a member of this workspace", "owner_user_id");
    return { owner_user_id: m.id, owner_name: m.name || m.email, owner_email: m.email };
  }
  if (!input.owner_name)
    throw invalid("an action item needs an owner: owner_user_id or owner_name", "owner_name");
  return { owner_user_id: null, owner_name: input.owner_name, owner_email: input.owner_email ?? null };
}

/** Action items: each changes one part of the plan, has an owner and a due date, and reminds when late. */
export function createActions(ctx: AppContext) {
  const db = ctx.db;

  // Labels are re-read on output so a renamed supplier shows its new name; a vanished one shows its id.
  const labelOf = (actor: Actor, r: ActionItemsTable) =>
    planLabel(ctx, actor, r.plan_part, r.plan_ref).catch(() => r.plan_ref);

  async function load(actor: Actor, id: string) {
    const r = await store.action(db, actor.workspaceId, id);
    if (!r) throw notFound("action item");
    return r;
  }

  const todayOf = (actor: Actor) => ownerToday(ctx, actor.workspaceId, ctx.clock.now());
  const out = async (actor: Actor, r: ActionItemsTable, today?: (r: ActionItemsTable) => string) =>
    toActionOut(r, await labelOf(actor, r), (today ?? (await todayOf(actor)))(r));

  return {
    async create(actor: Actor, crisisId: string, input: ActionInput) {
      await ctx.services.crises.get(actor, crisisId);
      const label = await planLabel(ctx, actor, input.plan_part, input.plan_ref);
      const at = ctx.clock.now().toISOString();
      const row: ActionItemsTable = {
        id: newId(),
        workspace_id: actor.workspaceId,
        crisis_id: crisisId,
        title: input.title,
        ...(await ownerOf(ctx, actor, input)),
        due_date: input.due_date,
        status: "open",
        plan_part: input.plan_part,
        plan_ref: input.plan_ref,
        created_by: actor.label,
        created_at: at,
        updated_at: at,
        done_at: null,
        reminded_for: null,
      };
      await store.insertAction(db, row);
      ctx.bus.publish(actor.workspaceId, "action_item.changed", { id: row.id, crisis_id: crisisId });
      return toActionOut(row, label, (await todayOf(actor))(row));
    },

    async update(actor: Actor, id: string, patch: ActionPatch) {
      const r = await load(actor, id);
      const set: Partial<ActionItemsTable> = { updated_at: ctx.clock.now().toISOString() };
      if (patch.title !== undefined) set.title = patch.title;
      if (patch.due_date !== undefined) set.due_date = patch.due_date;
      if (patch.owner_user_id !== undefined || patch.owner_name !== undefined) {
        Object.assign(
          set,
          await ownerOf(ctx, actor, { ...patch, owner_email: patch.owner_email ?? r.owner_email }),
        );
      } else if (patch.owner_email !== undefined) set.owner_email = patch.owner_email;
      const part = patch.plan_part ?? r.plan_part;
      const ref = patch.plan_ref ?? r.plan_ref;
      if (patch.plan_part !== undefined || patch.plan_ref !== undefined) {
        await planLabel(ctx, actor, part, ref);
        set.plan_part = part;
        set.plan_ref = ref;
      }
      if (patch.status !== undefined && patch.status !== r.status) {
        set.status = patch.status;
        set.done_at = patch.status === "done" ? (set.updated_at ?? null) : null;
      }
      await store.updateAction(db, actor.workspaceId, id, set);
      ctx.bus.publish(actor.workspaceId, "action_item.changed", { id, crisis_id: r.crisis_id });
      return out(actor, { ...r, ...set });
    },

    async remove(actor: Actor, id: string) {
      const r = await store.deleteAction(db, actor.workspaceId, id);
      if (!Number(r.numDeletedRows)) throw notFound("action item");
    },

    get: async (actor: Actor, id: string) => out(actor, await load(actor, id)),

    async list(
      actor: Actor,
      f: {
        status?: string | undefined;
        overdue?: boolean | undefined;
        crisisId?: string | undefined;
        limit: number;
        cursor?: string | undefined;
      },
    ) {
      const statuses =
        f.status === "unfinished" || f.overdue ? UNFINISHED : f.status ? [f.status] : undefined;
      const now = ctx.clock.now();
      const rows = await store.actions(
        db,
        actor.workspaceId,
        { statuses, crisisId: f.crisisId, dueBefore: f.overdue ? latestToday(now) : undefined },
        f.limit + 1,
        f.cursor,
      );
      const page = rows.slice(0, f.limit);
      const today = await todayOf(actor);
      // The store kept every item late somewhere on Earth; late on its owner's calendar decides. The
      // cursor follows the store's page, so a page may hold fewer items than the limit.
      const shown = f.overdue ? page.filter((r) => r.due_date < today(r)) : page;
      return {
        items: await Promise.all(shown.map((r) => out(actor, r, today))),
        next_cursor: rows.length > f.limit ? (page[page.length - 1]?.id ?? null) : null,
      };
    },

    /** Queues one reminder per late item and due date; the hourly tick and tests call it. */
    checkOverdue: (now = ctx.clock.now()) => checkOverdue(ctx, now),

    /** The reminder itself: to the owner, only if the item is still late for that due date. */
    remind: (workspaceId: string, actionId: string, due: string, jobKey: string) =>
      remindOwner(ctx, workspaceId, actionId, due, jobKey),
  };
}
export type Actions = ReturnType<typeof createActions>;
