import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import SQLite from "better-sqlite3";
import type { Command } from "commander";
import { loadConfig } from "../config/config.js";
import { openSqliteFile, openStore } from "../db/database.js";
import { describeError, fail, withStoreOptions } from "./common.js";

const PG_HINT =
  'the store is PostgreSQL; back it up with pg_dump (e.g. `pg_dump -Fc "$DATABASE_URL" > firebreak.dump`) and restore with pg_restore';

function embeddedFile(flags: { dataDir?: string }): string {
  const config = loadConfig({ dataDir: flags.dataDir });
  if (config.databaseUrl) fail(PG_HINT);
  const store = openStore({ dataDir: config.dataDir });
  const file = store.file as string;
  void store.close();
  return file;
}

/** SQLite's online backup: a consistent snapshot, page by page, while the server goes on writing. */
export async function backupSqlite(
  source: string,
  target: string,
  onProgress?: (done: number, total: number) => void,
) {
  const db = openSqliteFile(source);
  try {
    const tmp = `${target}.partial`;
    rmSync(tmp, { force: true });
    await db.backup(tmp, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.(totalPages - remainingPages, totalPages);
        return 256;
      },
    });
    // Only a complete copy takes the target's name.
    renameSync(tmp, target);
  } finally {
    db.close();
  }
}

export async function restoreSqlite(backup: string, target: string) {
  const src = new SQLite(backup, { readonly: true, fileMustExist: true });
  try {
    const ok = src.pragma("integrity_check", { simple: true });
    if (ok !== "ok") throw new Error(`${backup} is damaged (${String(ok)}); pick another backup`);
    const hasSchema = src
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'firebreak_migrations'")
      .get();
    if (!hasSchema) throw new Error(`${backup} is not a Firebreak backup`);
    // Copying through the backup API respects the live file's locks and WAL, unlike a file copy.
    await src.backup(target);
  } finally {
    src.close();
  }
}

export function registerBackup(program: Command) {
  withStoreOptions(
    program
      .command("backup")
      .description("a consistent copy of the embedded store, safe while it runs")
      .argument("<file>"),
  ).action(async (file: string, flags: { dataDir?: string }) => {
    const source = embeddedFile(flags);
    const target = resolve(file);
    if (resolve(source) === target) fail("the backup file must not be the store itself");
    try {
      await backupSqlite(source, target, (done, total) => {
        if (process.stderr.isTTY) process.stderr.write(`\rbackup: ${done}/${total} pages`);
      });
      if (process.stderr.isTTY) process.stderr.write("\n");
      process.stdout.write(`${target}\n`);
    } catch (err) {
      fail(`backup failed: ${describeError(err)}`);
    }
  });

  withStoreOptions(
    program
      .command("restore")
      .description("bring the embedded store back from a backup (restart the server afterwards)")
      .argument("<file>"),
  ).action(async (file: string, flags: { dataDir?: string }) => {
    const target = embeddedFile(flags);
    const backup = resolve(file);
    if (!existsSync(backup)) fail(`no such backup file: ${backup}`);
    try {
      await restoreSqlite(backup, target);
      process.stdout.write(`restored ${target} from ${backup}; restart Firebreak if it is running\n`);
    } catch (err) {
      fail(`restore failed: ${describeError(err)}`);
    }
  });
}
