import type { AppContext } from "../../app/context.js";
import { type LearnedModel, learnedFromJson } from "../../nlp/learn/model.js";
import { classifierStore as store } from "../store.js";

/** Another process's training is picked up within this. */
const TTL_MS = 10_000;
/** A loaded model is a few MB per language: at most this many workspaces' models stay in memory. */
const MAX_CACHED = 32;

interface Entry {
  model: LearnedModel | null;
  at: number;
}

export type ModelCache = ReturnType<typeof createModelCache>;

/** Each workspace's active learned model, read from the store and kept for a few seconds. */
export function createModelCache(ctx: AppContext) {
  const cache = new Map<string, Entry>();
  const loading = new Map<string, Promise<LearnedModel | null>>();

  function remember(workspaceId: string, model: LearnedModel | null) {
    cache.delete(workspaceId);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    cache.set(workspaceId, { model, at: ctx.clock.now().getTime() });
  }

  async function load(workspaceId: string): Promise<LearnedModel | null> {
    const row = await store.current(ctx.db, workspaceId);
    const cached = cache.get(workspaceId)?.model ?? null;
    // Parsing a model costs milliseconds: only a new version is parsed again.
    if (cached && row?.model && cached.version === row.version) return cached;
    let model: LearnedModel | null = null;
    if (row?.model) {
      try {
        model = learnedFromJson(row.model);
      } catch (err) {
        // A model that cannot be read must not stop classification: the shipped one reads instead.
        ctx.log.error({ err, workspaceId, version: row.version }, "stored classifier model unreadable");
      }
    }
    return model;
  }

  return {
    async get(workspaceId: string): Promise<LearnedModel | null> {
      const e = cache.get(workspaceId);
      if (e && ctx.clock.now().getTime() - e.at < TTL_MS) return e.model;
      let p = loading.get(workspaceId);
      if (!p) {
        p = load(workspaceId).finally(() => loading.delete(workspaceId));
        loading.set(workspaceId, p);
      }
      const model = await p;
      remember(workspaceId, model);
      return model;
    },
    /** A training in this process: its model is in use here at once. */
    set: remember,
  };
}
