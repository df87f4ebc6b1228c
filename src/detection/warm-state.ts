import type { AppContext } from "../app/context.js";
import type { DetectorStatesTable } from "./tables.js";

/**
 * The detectors a round of this process saved last, kept in memory for its next round. Loading them from
 * the store meant parsing the saved state, cloning it and rebuilding what it derives (the copies' index
 * holds an hour's texts): under a rush that was every round, and the largest single cost on the main
 * thread after the garbage collector (bench:load profile, 2026-12-05). The stored row stays the truth:
 * an entry is used only while the row still carries the `updated_at` this process wrote and the engine's
 * config and the shop's zone are unchanged, so another process's round or a settings change always wins. An entry is taken, not read: a round that
 * fails after changing the engine leaves nothing behind, and the next round loads from the store.
 */
export interface Warm<T> {
  row: DetectorStatesTable;
  /** What else the engine was built from: the row's config and the shop's zone. */
  key: string;
  value: T;
}

/** Workspaces kept: the busiest are the ones that gain, and each entry is one workspace's detectors. */
const MAX_WORKSPACES = 64;

const byContext = new WeakMap<AppContext, Map<string, Warm<unknown>>>();

function entries(ctx: AppContext): Map<string, Warm<unknown>> {
  let m = byContext.get(ctx);
  if (!m) {
    m = new Map();
    byContext.set(ctx, m);
  }
  return m;
}

/** The kept detectors when the stored row is still the one this process wrote; removed either way. */
export function takeWarm<T>(
  ctx: AppContext,
  workspaceId: string,
  updatedAt: string,
  key: string,
): Warm<T> | undefined {
  const m = entries(ctx);
  const hit = m.get(workspaceId) as Warm<T> | undefined;
  m.delete(workspaceId);
  if (!hit || hit.row.updated_at !== updatedAt || hit.key !== key) return undefined;
  return hit;
}

/** Keeps what a round just saved (as `row`) for the next round of this process. */
export function keepWarm<T>(ctx: AppContext, workspaceId: string, warm: Warm<T>): void {
  const m = entries(ctx);
  m.delete(workspaceId);
  m.set(workspaceId, warm as Warm<unknown>);
  // Insertion order is use order: the least recently saved go first.
  for (const id of m.keys()) {
    if (m.size <= MAX_WORKSPACES) break;
    m.delete(id);
  }
}
