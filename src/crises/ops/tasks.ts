import { notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { crisesStore as store } from "../store.js";
import type { CrisisTasksTable } from "../tables.js";
import { change, event, getRecord, type OpCtx } from "./internal.js";

export interface TaskInput {
  title: string;
  role: string;
  dueMinutes?: number | undefined;
  dueAt?: string | undefined;
}

export interface TaskPatch {
  status?: "open" | "done" | "skipped" | undefined;
  title?: string | undefined;
  role?: string | undefined;
  due_at?: string | null | undefined;
}

export async function addTask(c: OpCtx, input: { crisisId: string; task: TaskInput }) {
  const { crisisId, task } = input;
  await change(c, crisisId, "task", async (trx, row) => {
    const at = c.app.clock.now().toISOString();
    const due = task.dueAt
      ? new Date(task.dueAt).toISOString()
      : task.dueMinutes !== undefined
        ? new Date(Date.parse(row.started_at) + task.dueMinutes * 60_000).toISOString()
        : null;
    await store.insertTasks(trx, [
      {
        id: newId(),
        workspace_id: c.actor.workspaceId,
        crisis_id: crisisId,
        playbook_id: null,
        title: task.title,
        role: task.role,
        due_at: due,
        clock: null,
        status: "open",
        position: (await store.maxTaskPosition(trx, crisisId)) + 1,
        done_at: null,
        done_by: null,
        created_at: at,
      },
    ]);
    await event(trx, c.actor, crisisId, {
      kind: "task.added",
      text: `Task added: ${task.title}`,
      data: { role: task.role, title: task.title },
      at,
    });
  });
  return getRecord(c, crisisId);
}

const STATUS_TEXT = { done: "Done", skipped: "Skipped", open: "Reopened" } as const;

export async function updateTask(c: OpCtx, input: { crisisId: string; taskId: string; patch: TaskPatch }) {
  const { crisisId, taskId, patch } = input;
  await change(c, crisisId, "task", async (trx) => {
    const task = await store.taskById(trx, crisisId, taskId);
    if (!task) throw notFound("task");
    const at = c.app.clock.now().toISOString();
    const set: Partial<CrisisTasksTable> = {};
    if (patch.title !== undefined) set.title = patch.title;
    if (patch.role !== undefined) set.role = patch.role;
    if (patch.due_at !== undefined) set.due_at = patch.due_at ? new Date(patch.due_at).toISOString() : null;
    if (patch.status !== undefined && patch.status !== task.status) {
      set.status = patch.status;
      set.done_at = patch.status === "open" ? null : at;
      set.done_by = patch.status === "open" ? null : c.actor.label;
    }
    if (Object.keys(set).length === 0) return;
    await store.updateTask(trx, crisisId, taskId, set);
    const title = set.title ?? task.title;
    const status = set.status as keyof typeof STATUS_TEXT | undefined;
    await event(trx, c.actor, crisisId, {
      kind: status ? `task.${status}` : "task.updated",
      text: status ? `${STATUS_TEXT[status]}: ${title}` : `Task changed: ${title}`,
      data: { task_id: taskId, title, ...patch },
      keyEvent: status === "done" && task.clock !== null,
      at,
    });
  });
  return getRecord(c, crisisId);
}
