import type { AppContext } from "../app/context.js";
import { type Actor, systemActor } from "../core/actor.js";
import type { DetectionRound } from "../detection/live.js";
import { type OpenCrisisInput, openCrisis } from "./ops/crisis.js";
import type { Db } from "./ops/internal.js";
import { registerAlertJobs } from "./ops/jobs.js";
import { linkCrisis } from "./ops/link-crisis.js";
import { deliveryProblems } from "./ops/problems.js";
import { get, list } from "./ops/read.js";
import { type RaiseInput, raise, record } from "./ops/record.js";
import { createRule, deleteRule, getRule, listRules, updateRule } from "./ops/rule-crud.js";
import { acknowledge, close, snooze } from "./ops/transition.js";
import { alertsStore as store } from "./store.js";

export { ALERT_CHANGED, toAlertOut } from "./ops/internal.js";
export type { RaiseInput } from "./ops/record.js";

export type AlertsService = ReturnType<typeof createAlertsService>;

/** Alerts: the operations live in `ops/`, one file each; this only assembles them. */
export function createAlertsService(ctx: AppContext) {
  registerAlertJobs(ctx);
  return {
    record: (workspaceId: string, round: DetectionRound, trx: Db) => record(ctx, workspaceId, round, trx),
    raise: (workspaceId: string, input: RaiseInput) => raise(ctx, workspaceId, input),
    list: (actor: Actor, raw: unknown) => list(ctx, actor, raw),
    get: (actor: Actor, id: string) => get(ctx, actor, id),
    acknowledge: (actor: Actor, id: string) => acknowledge(ctx, actor, id),
    snooze: (actor: Actor, id: string, input: { until?: string | undefined; minutes?: number | undefined }) =>
      snooze(ctx, actor, id, input),
    close: (actor: Actor, id: string) => close(ctx, actor, id),
    openCrisis: (actor: Actor, id: string, input: OpenCrisisInput) => openCrisis(ctx, actor, id, input),
    /** The alert belongs to a crisis already open (POST /api/v1/alerts/{id}/crisis lives in crises). */
    linkCrisis: (actor: Actor, id: string, crisisId: string) => linkCrisis(ctx, actor, id, crisisId),
    countUnresolved: (workspaceId: string) => store.countUnresolved(ctx.db, workspaceId),
    deliveryProblems: (actor: Actor) => deliveryProblems(ctx, actor),
    listRules: (actor: Actor) => listRules(ctx, actor),
    getRule: (actor: Actor, id: string) => getRule(ctx, actor, id),
    createRule: (actor: Actor, raw: unknown) => createRule(ctx, actor, raw),
    updateRule: (actor: Actor, id: string, raw: unknown) => updateRule(ctx, actor, id, raw),
    deleteRule: (actor: Actor, id: string) => deleteRule(ctx, actor, id),
    /** For workers acting on their own (demo data, tests). */
    systemActor,
  };
}
