import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { isOpen } from "./clocks.js";
import { addEvent, addNote, markPublicWord, setKeyEvent } from "./ops/events.js";
import { crisisFromAlert, crisisSuggestions, type FromAlertInput } from "./ops/from-alert.js";
import { changeImpact } from "./ops/impact.js";
import type { CrisisPatch, OpenInput } from "./ops/internal.js";
import { type EventInput, getRecord, type ImpactDelta, type OpCtx } from "./ops/internal.js";
import { linkedTo, linkItem, unlinkItem } from "./ops/links.js";
import { type ListInput, listCrises } from "./ops/list.js";
import { openCrisis } from "./ops/open.js";
import { assignRole } from "./ops/roles.js";
import { type DrillInput, startDrill } from "./ops/start-drill.js";
import { addTask, type TaskInput, type TaskPatch, updateTask } from "./ops/tasks.js";
import { updateCrisis } from "./ops/update.js";
import type { LinkKind } from "./schema.js";
import { crisesStore as store } from "./store.js";

export type { CrisisPatch, EventInput, ImpactDelta, OpenInput } from "./ops/internal.js";
export type CrisesService = ReturnType<typeof createCrisesService>;

/** The crises domain's service: each operation lives in ./ops; this only binds them to the app. */
export function createCrisesService(app: AppContext) {
  const c = (actor: Actor): OpCtx => ({ app, actor });
  return {
    get: (actor: Actor, id: string) => getRecord(c(actor), id),
    /** The record with its clocks as they stand at `now` (the clock watch, tests). */
    getAt: (actor: Actor, id: string, now: number) => getRecord(c(actor), id, now),
    list: (actor: Actor, f: ListInput = {}) => listCrises(c(actor), f),
    open: (actor: Actor, input: OpenInput) => openCrisis(c(actor), input),
    update: (actor: Actor, id: string, patch: CrisisPatch) => updateCrisis(c(actor), { id, patch }),
    /** Adds a timeline event; with a key it is idempotent and returns the event already there. */
    addEvent: (actor: Actor, crisisId: string, event: EventInput) => addEvent(c(actor), { crisisId, event }),
    addNote: (actor: Actor, crisisId: string, text: string, keyEvent = false) =>
      addNote(c(actor), { crisisId, text, keyEvent }),
    setKeyEvent: (actor: Actor, crisisId: string, eventId: string, key: boolean) =>
      setKeyEvent(c(actor), { crisisId, eventId, key }),
    /** The first (or a later) public word; the earliest time given wins as "first". */
    markFirstPublicWord: (actor: Actor, crisisId: string, at?: string | Date, text?: string) =>
      markPublicWord(c(actor), { crisisId, at, text }),
    link: (
      actor: Actor,
      crisisId: string,
      input: { kind: LinkKind; refId: string; note?: string | undefined },
    ) => linkItem(c(actor), { crisisId, ...input }),
    unlink: (actor: Actor, crisisId: string, linkId: string) => unlinkItem(c(actor), { crisisId, linkId }),
    /** Crises an alert, mention, monitor or case belongs to. */
    linkedTo: (actor: Actor, kind: LinkKind, refId: string) => linkedTo(c(actor), { kind, refId }),
    /** Adds to the business impact (cases call this for every remedy given). */
    recordImpact: (actor: Actor, crisisId: string, delta: ImpactDelta) =>
      changeImpact(c(actor), { crisisId, values: delta, mode: "add" }),
    /** Replaces the figures (the crisis room's impact form). */
    setImpact: (actor: Actor, crisisId: string, values: ImpactDelta) =>
      changeImpact(c(actor), { crisisId, values, mode: "set" }),
    assignRole: (actor: Actor, crisisId: string, role: string, userId: string | null) =>
      assignRole(c(actor), { crisisId, role, userId }),
    addTask: (actor: Actor, crisisId: string, task: TaskInput) => addTask(c(actor), { crisisId, task }),
    updateTask: (actor: Actor, crisisId: string, taskId: string, patch: TaskPatch) =>
      updateTask(c(actor), { crisisId, taskId, patch }),
    /** Moves whenever the crisis changes, whichever process changed it (the live stream polls it). */
    version: (actor: Actor, id: string) => store.version(app.db, actor.workspaceId, id),
    /** Open crises, drills left out: the home page figure. */
    countOpen: (workspaceId: string) => store.countOpen(app.db, workspaceId),
    isOpen,
    startDrill: (actor: Actor, input: DrillInput) => startDrill(c(actor), input),
    /** POST /api/v1/alerts/{id}/crisis: link the alert to an open crisis or open a new one. */
    fromAlert: (actor: Actor, input: FromAlertInput) => crisisFromAlert(c(actor), input),
    alertSuggestions: (actor: Actor, alertId: string) => crisisSuggestions(c(actor), alertId),
  };
}
