import { type Migration as KyselyMigration, Migrator, sql } from "kysely";
import type { Store } from "./database.js";
import { migrations } from "./migrations/index.js";

export interface MigrateResult {
  applied: string[];
}

/** Brings the schema up to date. Safe to run from several processes: Kysely takes a lock. */
export async function migrate<DB>(store: Store<DB>): Promise<MigrateResult> {
  const provided: Record<string, KyselyMigration> = {};
  for (const m of migrations) provided[m.name] = { up: (db) => m.up(db, store.dialect) };
  // Kysely looks for its bookkeeping tables in every schema unless told which; pin it to ours.
  const schema =
    store.dialect === "postgres"
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0]?.s
      : undefined;
  const migrator = new Migrator({
    ...(schema ? { migrationTableSchema: schema } : {}),
    db: store.db,
    provider: { getMigrations: async () => provided },
    migrationTableName: "firebreak_migrations",
    migrationLockTableName: "firebreak_migrations_lock",
    // Each part owns a number range (01xx listening, 02xx detection, …), so a release can add 0203 after
    // a store already has 0401: every migration is independent of the later ranges' tables.
    allowUnorderedMigrations: true,
  });
  let { error, results } = await migrator.migrateToLatest();
  // Kysely's migrator introspects every schema of the database (and asks pg_get_serial_sequence about
  // each column); when another schema is dropped at that moment (tests give each file its own),
  // PostgreSQL answers "schema … does not exist" or "column … of relation … does not exist" about a
  // table that is not ours. Such an error comes before any migration ran (no result is "Error"), and a
  // failed migration rolls back in its transaction, so trying again is safe.
  for (let i = 0; i < 5 && raceOfOtherSchema(error, results, schema); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50 * (i + 1)));
    ({ error, results } = await migrator.migrateToLatest());
  }
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    const why = error instanceof Error ? error.message : String(error ?? "unknown error");
    throw new Error(`migration ${failed?.migrationName ?? ""} failed: ${why}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName) };
}

export function raceOfOtherSchema(
  error: unknown,
  results: { status: string }[] | undefined,
  ours: string | undefined,
): boolean {
  if (!(error instanceof Error) || results?.some((r) => r.status === "Error")) return false;
  const schema = /schema "([^"]+)" does not exist/.exec(error.message);
  if (schema) return schema[1] !== ours;
  return /^(column "[^"]+" of )?relation "[^"]+" does not exist/.test(error.message);
}
