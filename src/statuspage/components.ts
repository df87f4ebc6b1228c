import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { invalid, notFound } from "../core/errors.js";
import { newId } from "../core/ids.js";
import { LANGS, type Lang } from "../plan/default-plan/index.js";
import { PAGE_TEXT } from "./i18n.js";
import { type ComponentRecord, type ComponentState, DEFAULT_COMPONENT_IDS, type I18n } from "./model.js";
import { statusStore as store } from "./store.js";
import type { StatusComponentsTable } from "./tables.js";

export interface ComponentCreate {
  name: I18n;
  group?: boolean | undefined;
  group_id?: string | null | undefined;
  position?: number | undefined;
}

export interface ComponentPatch {
  name?: I18n | undefined;
  group_id?: string | null | undefined;
  position?: number | undefined;
}

const clean = (t: I18n): I18n =>
  Object.fromEntries(
    Object.entries(t)
      .filter(([, v]) => typeof v === "string" && v.trim() !== "")
      .map(([l, v]) => [l, (v as string).trim()]),
  ) as I18n;

export const toRecord = (r: StatusComponentsTable): ComponentRecord => ({
  id: r.component,
  name: JSON.parse(r.name) as I18n,
  group: r.is_group === 1,
  group_id: r.group_id,
  position: r.position,
  state: r.state as ComponentState,
  note: r.note,
  updated_at: r.updated_at,
});

/** Groups and top-level components by position, each group followed by its own components. */
export function displayOrder<T extends { id: string; group_id: string | null; position: number }>(
  rows: T[],
): T[] {
  const byPos = (a: T, b: T) => a.position - b.position;
  const ids = new Set(rows.map((r) => r.id));
  // A component whose group is gone shows at the top level rather than nowhere.
  const top = rows.filter((r) => !r.group_id || !ids.has(r.group_id)).sort(byPos);
  return top.flatMap((t) => [t, ...rows.filter((r) => r.group_id === t.id).sort(byPos)]);
}

/** What the component operations share: the app, the "something changed" hook, the seeded workspaces. */
interface Deps {
  ctx: AppContext;
  changed: (workspaceId: string) => Promise<void>;
  seeded: Set<string>;
}

/** The five default components, given once per workspace (a marker row keeps them from coming back). */
async function ensure(d: Deps, workspaceId: string) {
  if (d.seeded.has(workspaceId)) return;
  const at = d.ctx.clock.now().toISOString();
  await d.ctx.db.transaction().execute(async (trx) => {
    if (!(await store.markSeeded(trx, workspaceId, at))) return;
    for (const [i, id] of DEFAULT_COMPONENT_IDS.entries()) {
      const name = Object.fromEntries(LANGS.map((l) => [l, PAGE_TEXT[l].components[id] ?? id]));
      await trx
        .insertInto("status_components")
        .values({
          workspace_id: workspaceId,
          component: id,
          state: "operational",
          note: null,
          updated_at: at,
          name: JSON.stringify(name),
          position: i + 1,
          group_id: null,
          is_group: 0,
          created_at: at,
        })
        .onConflict((oc) => oc.columns(["workspace_id", "component"]).doNothing())
        .execute();
    }
  });
  d.seeded.add(workspaceId);
}

async function rows(d: Deps, workspaceId: string) {
  await ensure(d, workspaceId);
  return store.components(d.ctx.db, workspaceId);
}

async function get(d: Deps, workspaceId: string, id: string) {
  await ensure(d, workspaceId);
  const r = await store.component(d.ctx.db, workspaceId, id);
  if (!r) throw notFound("component");
  return toRecord(r);
}

/** A name in every language the shop speaks (400 naming `name.<lang>`), like every public text. */
async function requireNames(d: Deps, workspaceId: string, name: I18n) {
  const { languages } = await d.ctx.services.accounts.settings(workspaceId);
  const missing = languages.filter((l) => !name[l as Lang]?.trim());
  if (missing.length)
    throw invalid(
      `the shop writes to customers in ${languages.join(", ")}: name the component in ${missing.join(", ")} too`,
      `name.${missing[0]}`,
    );
}

async function requireGroup(d: Deps, workspaceId: string, groupId: string, self?: string) {
  const g = await store.component(d.ctx.db, workspaceId, groupId);
  if (g?.is_group !== 1 || groupId === self)
    throw invalid("group_id must name a group of this status page", "group_id");
}

const nextPosition = (all: StatusComponentsTable[], groupId: string | null) =>
  Math.max(0, ...all.filter((r) => (r.group_id ?? null) === groupId).map((r) => r.position)) + 1;

async function create(d: Deps, actor: Actor, input: ComponentCreate) {
  const ws = actor.workspaceId;
  const name = clean(input.name);
  await requireNames(d, ws, name);
  const groupId = input.group_id ?? null;
  if (groupId) {
    if (input.group) throw invalid("a group cannot be placed in another group", "group_id");
    await requireGroup(d, ws, groupId);
  }
  const all = await rows(d, ws);
  const at = d.ctx.clock.now().toISOString();
  const id = newId();
  await store.insertComponent(d.ctx.db, {
    workspace_id: ws,
    component: id,
    state: "operational",
    note: null,
    updated_at: at,
    name: JSON.stringify(name),
    position: input.position ?? nextPosition(all, groupId),
    group_id: groupId,
    is_group: input.group ? 1 : 0,
    created_at: at,
  });
  await d.changed(ws);
  return get(d, ws, id);
}

async function update(d: Deps, actor: Actor, id: string, patch: ComponentPatch) {
  const ws = actor.workspaceId;
  const current = await get(d, ws, id);
  const set: Partial<StatusComponentsTable> = { updated_at: d.ctx.clock.now().toISOString() };
  if (patch.name) {
    const name = clean(patch.name);
    await requireNames(d, ws, name);
    set.name = JSON.stringify(name);
  }
  if (patch.group_id !== undefined) {
    if (patch.group_id && current.group)
      throw invalid("a group cannot be placed in another group", "group_id");
    if (patch.group_id) await requireGroup(d, ws, patch.group_id, id);
    set.group_id = patch.group_id;
    // Moved into another group without a position: it goes last there.
    if (patch.position === undefined) set.position = nextPosition(await rows(d, ws), patch.group_id);
  }
  if (patch.position !== undefined) set.position = patch.position;
  await store.updateComponent(d.ctx.db, ws, id, set);
  await d.changed(ws);
  return get(d, ws, id);
}

/** Positions 1, 2, 3… in the order given; the others keep theirs. */
async function reorder(d: Deps, actor: Actor, ids: string[]) {
  const ws = actor.workspaceId;
  const all = await rows(d, ws);
  ids.forEach((id, i) => {
    if (!all.some((c) => c.component === id)) throw invalid(`no component "${id}"`, `ids.${i}`);
  });
  const at = d.ctx.clock.now().toISOString();
  await d.ctx.db.transaction().execute(async (trx) => {
    for (const [i, id] of ids.entries())
      await store.updateComponent(trx, ws, id, { position: i + 1, updated_at: at });
  });
  await d.changed(ws);
  return displayOrder((await rows(d, ws)).map(toRecord));
}

/** Removing a group keeps its components: they move to the top level, after the others. */
async function remove(d: Deps, actor: Actor, id: string) {
  const ws = actor.workspaceId;
  const current = await get(d, ws, id);
  await d.ctx.db.transaction().execute(async (trx) => {
    if (current.group) {
      const all = await store.components(trx, ws);
      let next = nextPosition(all, null);
      for (const child of all.filter((c) => c.group_id === id))
        await store.updateComponent(trx, ws, child.component, { group_id: null, position: next++ });
    }
    await store.deleteComponent(trx, ws, id);
  });
  await d.changed(ws);
}

/**
 * Incidents, updates and maintenance name components that exist and are not groups: a typo must not leave
 * customers reading about a component the page never shows (400 naming `<field>.<index>`, or `field`
 * itself for a single id).
 */
async function requireKnown(
  d: Deps,
  workspaceId: string,
  ids: readonly string[],
  field: string,
  one = false,
) {
  const all = await rows(d, workspaceId);
  ids.forEach((id, i) => {
    const r = all.find((c) => c.component === id);
    const at = one ? field : `${field}.${i}`;
    if (!r) throw invalid(`no component "${id}" on this status page`, at);
    if (r.is_group === 1) throw invalid(`"${id}" is a group: name the components in it`, at);
  });
}

/**
 * The shop's own components: add, rename per language, order, group, remove. Every workspace starts with
 * the five the page always had (seeded once, on first use; migration 0430 did it for older workspaces).
 */
export function createComponents(ctx: AppContext, changed: (workspaceId: string) => Promise<void>) {
  const d: Deps = { ctx, changed, seeded: new Set() };
  return {
    ensure: (workspaceId: string) => ensure(d, workspaceId),
    list: async (workspaceId: string) => displayOrder((await rows(d, workspaceId)).map(toRecord)),
    get: (workspaceId: string, id: string) => get(d, workspaceId, id),
    requireKnown: (workspaceId: string, ids: readonly string[], field: string) =>
      requireKnown(d, workspaceId, ids, field),
    /** One component a monitor moves: it must exist and not be a group (400 naming `field`). */
    requireOne: (workspaceId: string, id: string, field: string) =>
      requireKnown(d, workspaceId, [id], field, true),
    create: (actor: Actor, input: ComponentCreate) => create(d, actor, input),
    update: (actor: Actor, id: string, patch: ComponentPatch) => update(d, actor, id, patch),
    reorder: (actor: Actor, ids: string[]) => reorder(d, actor, ids),
    remove: (actor: Actor, id: string) => remove(d, actor, id),
    async setState(actor: Actor, id: string, state: ComponentState, note: string | null) {
      const current = await get(d, actor.workspaceId, id);
      if (current.group)
        throw invalid("a group shows the worst state of its components: set theirs", "component");
      await store.setComponent(ctx.db, actor.workspaceId, id, state, note, ctx.clock.now().toISOString());
      await changed(actor.workspaceId);
    },
  };
}

export type Components = ReturnType<typeof createComponents>;
