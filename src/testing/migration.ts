import { migrations } from "../db/migrations/index.js";
import type { TestStore } from "./store.js";

/**
 * A fresh store migrated up to, not including, migration `name`, holding these workspaces: the state a
 * migration test fills with old rows before `apply` runs that migration on them.
 */
export async function storeBefore(t: TestStore, name: string, workspaces: string[]) {
  const at = migrations.findIndex((m) => m.name === name);
  const migration = migrations[at];
  if (!migration) throw new Error(`no migration named ${name}`);
  // biome-ignore lint/suspicious/noExplicitAny: the schema as it was before the migration, not as typed now.
  const db = t.store.db as any;
  for (const m of migrations.slice(0, at)) await m.up(db, t.store.dialect);
  const now = new Date().toISOString();
  for (const id of workspaces)
    await db.insertInto("workspaces").values({ id, slug: id, name: id, created_at: now }).execute();
  return { at, db, now, apply: () => migration.up(db, t.store.dialect) };
}
