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

/**
 * The shop's own components: add, rename per language, order, group, remove. Every workspace starts with
 * the five the page always had (seeded once, on first use; migration 0430 did it for older workspaces).
 */
export function createComponents(ctx: AppContext, changed: (workspaceId: string) => Promise<void>) {
  const db = ctx.db;
  const seeded = new Set<string>();

  async function ensure(workspaceId: string) {
    if (seeded.has(workspaceId)) return;
    const at = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
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
    seeded.add(workspaceId);
  }

  async function rows(workspaceId: string) {
    await ensure(workspaceId);
    return store.components(db, workspaceId);
  }

  /** A name in every language the shop speaks (400 naming `name.<lang>`), like every public text. */
  async function requireNames(workspaceId: string, name: I18n) {
    const { languages } = await ctx.services.accounts.settings(workspaceId);
    const missing = languages.filter((l) => !name[l as Lang]?.trim());
    if (missing.length)
      throw invalid(
        `the shop writes to customers in ${languages.join(", ")}: name the component in ${missing.join(", ")} too`,
        `name.${missing[0]}`,
      );
  }

  async function requireGroup(workspaceId: string, groupId: string, self?: string) {
    const g = await store.component(db, workspaceId, groupId);
    if (g?.is_group !== 1 || groupId === self)
      throw invalid("group_id must name a group of this status page", "group_id");
  }

  const nextPosition = (all: StatusComponentsTable[], groupId: string | null) =>
    Math.max(0, ...all.filter((r) => (r.group_id ?? null) === groupId).map((r) => r.position)) + 1;

  const api = {
    ensure,
    list: async (workspaceId: string) => displayOrder((await rows(workspaceId)).map(toRecord)),

    async get(workspaceId: string, id: string) {
      await ensure(workspaceId);
      const r = await store.component(db, workspaceId, id);
      if (!r) throw notFound("component");
      return toRecord(r);
    },

    /**
     * Incidents, updates and maintenance name components that exist and are not groups: a typo must not
     * leave customers reading about a component the page never shows (400 naming `<field>.<index>`).
     */
    async requireKnown(workspaceId: string, ids: readonly string[], field: string) {
      const all = await rows(workspaceId);
      ids.forEach((id, i) => {
        const r = all.find((c) => c.component === id);
        if (!r) throw invalid(`no component "${id}" on this status page`, `${field}.${i}`);
        if (r.is_group === 1) throw invalid(`"${id}" is a group: name the components in it`, `${field}.${i}`);
      });
    },

    /** One component a monitor moves: it must exist and not be a group (400 naming `field`). */
    async requireOne(workspaceId: string, id: string, field: string) {
      const r = (await rows(workspaceId)).find((c) => c.component === id);
      if (!r) throw invalid(`no component "${id}" on this status page`, field);
      if (r.is_group === 1) throw invalid(`"${id}" is a group: name one of its components`, field);
    },

    async create(actor: Actor, input: ComponentCreate) {
      const ws = actor.workspaceId;
      const name = clean(input.name);
      await requireNames(ws, name);
      const groupId = input.group_id ?? null;
      if (groupId) {
        if (input.group) throw invalid("a group cannot be placed in another group", "group_id");
        await requireGroup(ws, groupId);
      }
      const all = await rows(ws);
      const at = new Date().toISOString();
      const id = newId();
      await store.insertComponent(db, {
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
      await changed(ws);
      return api.get(ws, id);
    },

    async update(actor: Actor, id: string, patch: ComponentPatch) {
      const ws = actor.workspaceId;
      const current = await api.get(ws, id);
      const set: Partial<StatusComponentsTable> = { updated_at: new Date().toISOString() };
      if (patch.name) {
        const name = clean(patch.name);
        await requireNames(ws, name);
        set.name = JSON.stringify(name);
      }
      if (patch.group_id !== undefined) {
        if (patch.group_id && current.group)
          throw invalid("a group cannot be placed in another group", "group_id");
        if (patch.group_id) await requireGroup(ws, patch.group_id, id);
        set.group_id = patch.group_id;
        // Moved into another group without a position: it goes last there.
        if (patch.position === undefined) set.position = nextPosition(await rows(ws), patch.group_id);
      }
      if (patch.position !== undefined) set.position = patch.position;
      await store.updateComponent(db, ws, id, set);
      await changed(ws);
      return api.get(ws, id);
    },

    /** Positions 1, 2, 3… in the order given; the others keep theirs. */
    async reorder(actor: Actor, ids: string[]) {
      const ws = actor.workspaceId;
      const all = await rows(ws);
      ids.forEach((id, i) => {
        if (!all.some((c) => c.component === id)) throw invalid(`no component "${id}"`, `ids.${i}`);
      });
      const at = new Date().toISOString();
      await db.transaction().execute(async (trx) => {
        for (const [i, id] of ids.entries())
          await store.updateComponent(trx, ws, id, { position: i + 1, updated_at: at });
      });
      await changed(ws);
      return api.list(ws);
    },

    /** Removing a group keeps its components: they move to the top level, after the others. */
    async remove(actor: Actor, id: string) {
      const ws = actor.workspaceId;
      const current = await api.get(ws, id);
      await db.transaction().execute(async (trx) => {
        if (current.group) {
          const all = await store.components(trx, ws);
          let next = nextPosition(all, null);
          for (const child of all.filter((c) => c.group_id === id))
            await store.updateComponent(trx, ws, child.component, { group_id: null, position: next++ });
        }
        await store.deleteComponent(trx, ws, id);
      });
      await changed(ws);
    },

    async setState(actor: Actor, id: string, state: ComponentState, note: string | null) {
      const current = await api.get(actor.workspaceId, id);
      if (current.group)
        throw invalid("a group shows the worst state of its components: set theirs", "component");
      await store.setComponent(db, actor.workspaceId, id, state, note, new Date().toISOString());
      await changed(actor.workspaceId);
    },
  };
  return api;
}

export type Components = ReturnType<typeof createComponents>;
