import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { ruleInput, rulePatch } from "../schema.js";
import { alertsStore as store } from "../store.js";
import type { AlertRulesTable } from "../tables.js";
import { now, ruleColumns, ruleOf } from "./internal.js";

export const listRules = async (ctx: AppContext, actor: Actor) =>
  (await store.rules(ctx.db, actor.workspaceId)).map(ruleOf);

export async function getRule(ctx: AppContext, actor: Actor, id: string) {
  const r = await store.rule(ctx.db, actor.workspaceId, id);
  if (!r) throw notFound("alert rule");
  return ruleOf(r);
}

export async function createRule(ctx: AppContext, actor: Actor, raw: unknown) {
  const input = ruleInput.parse(raw);
  const at = now(ctx);
  const row: AlertRulesTable = {
    id: newId(),
    workspace_id: actor.workspaceId,
    ...ruleColumns(input),
    created_at: at,
    updated_at: at,
  };
  await store.insertRule(ctx.db, row);
  return ruleOf(row);
}

export async function updateRule(ctx: AppContext, actor: Actor, id: string, raw: unknown) {
  const current = await getRule(ctx, actor, id);
  const merged = ruleInput.parse({ ...current, ...rulePatch.parse(raw ?? {}) });
  await store.updateRule(ctx.db, actor.workspaceId, id, { ...ruleColumns(merged), updated_at: now(ctx) });
  return getRule(ctx, actor, id);
}

export async function deleteRule(ctx: AppContext, actor: Actor, id: string) {
  const r = await store.deleteRule(ctx.db, actor.workspaceId, id);
  if (!Number(r.numDeletedRows)) throw notFound("alert rule");
}
