import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Database } from "../app/database.js";
import { openStore } from "../db/database.js";
import { runCli, startServerProcess } from "../testing/process.js";
import { testDialect } from "../testing/store.js";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "firebreak-backup-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe.runIf(testDialect() === "sqlite")("backup and restore of the embedded store", () => {
  it("copies a running store consistently; nothing written before the backup is lost", async () => {
    const live = tempDir();
    const env = { FIREBREAK_DATA_DIR: live, DATABASE_URL: "" };
    const server = await startServerProcess(env);
    const token = (await runCli(["token", "create", "--name", "w", "--role", "admin"], env)).stdout.trim();
    const before: string[] = [];
    let writing = true;
    const write = async (into: string[] | null) => {
      const res = await fetch(`${server.url}/api/v1/tokens`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ name: "row", role: "viewer" }),
      });
      if (res.status === 201 && into) into.push(((await res.json()) as { id: string }).id);
    };
    for (let i = 0; i < 200; i++) await write(before);
    // Keep writing while the backup runs.
    const during = (async () => {
      while (writing) await write(null);
    })();
    const file = join(tempDir(), "store.backup");
    const backup = await runCli(["backup", file], env);
    writing = false;
    await during;
    await server.stop();
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout.trim()).toBe(file);

    const restoredDir = tempDir();
    const restore = await runCli(["restore", file, "--data-dir", restoredDir], { DATABASE_URL: "" });
    expect(restore.code, restore.stderr).toBe(0);
    const store = openStore<Database>({ dataDir: restoredDir });
    const ids = new Set((await store.db.selectFrom("api_tokens").select("id").execute()).map((r) => r.id));
    await store.close();
    expect(before.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("refuses a file that is not a Firebreak backup, with a one-line reason", async () => {
    const dir = tempDir();
    const bogus = join(dir, "bogus.db");
    const s = openStore({ dataDir: dir, fileName: "bogus.db" });
    await s.close();
    const res = await runCli(["restore", bogus, "--data-dir", tempDir()], { DATABASE_URL: "" });
    expect(res.code).not.toBe(0);
    expect(res.stderr.trim().split("\n")).toHaveLength(1);
    expect(res.stderr).toMatch(/not a Firebreak backup/);
  });
});

describe("backup on PostgreSQL", () => {
  it("explains that pg_dump is the tool", async () => {
    const res = await runCli(["backup", join(tempDir(), "x")], {
      DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres",
    });
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/pg_dump/);
  });
});
