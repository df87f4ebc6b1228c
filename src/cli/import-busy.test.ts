import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Database } from "../app/database.js";
import { runCli, type ServerProcess, startServerProcess } from "../testing/process.js";
import { freshStore, type TestStore } from "../testing/store.js";

const ROWS = 10_000;
const dir = mkdtempSync(join(tmpdir(), "fb-import-busy-"));
let t: TestStore | undefined;
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop();
  await t?.drop();
  rmSync(dir, { recursive: true, force: true });
});

const WORDS = ["parcel", "late", "refund", "courier", "broken", "great", "support", "size", "colour", "box"];
const textOf = (i: number) =>
  `${WORDS[i % 10]} ${WORDS[(i >> 3) % 10]} ${WORDS[(i >> 6) % 10]} order ${i} arrived on day ${i % 31}`;

describe("firebreak import beside a running server", () => {
  it("finishes every row while the server writes to the same store", async () => {
    t = await freshStore();
    await t.store.close();
    server = await startServerProcess(t.env);
    const token = (await runCli(["token", "create", "--name", "w", "--role", "admin"], t.env)).stdout.trim();
    const file = join(dir, "mentions.csv");
    const lines = ["id,text,date"];
    for (let i = 0; i < ROWS; i++) lines.push(`imp-${i},"${textOf(i)}",2026-11-0${1 + (i % 9)}T10:00:00Z`);
    writeFileSync(file, `${lines.join("\n")}\n`);

    // The server's own writes: batches of mentions for as long as the import runs.
    let writing = true;
    let served = 0;
    const writer = (async () => {
      for (let b = 0; writing; b++) {
        const mentions = Array.from({ length: 200 }, (_, i) => ({
          source: "api",
          external_id: `srv-${b}-${i}`,
          text: textOf(b * 200 + i),
        }));
        const res = await fetch(`${server?.url}/api/v1/mentions`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ mentions }),
        });
        if (res.status === 202) served += 200;
        else {
          const body = await res.text();
          await new Promise((r) => setTimeout(r, 300));
          throw new Error(`the server answered ${res.status}: ${body}\n${server?.output()}`);
        }
      }
    })();

    const imported = await runCli(["import", file, "--source", "export"], t.env);
    writing = false;
    await writer;
    expect(imported.stderr).not.toMatch(/locked|busy/i);
    expect(imported.code, imported.stderr).toBe(0);
    const totals = JSON.parse(imported.stdout);
    expect(totals.rows).toBe(ROWS);
    expect(totals.bad).toBe(0);
    expect(totals.accepted + totals.duplicates + totals.filtered).toBe(ROWS);
    expect(served).toBeGreaterThan(0);

    const check = await freshCount(t, "export");
    expect(check).toBe(totals.accepted);
  });
});

/** Counts through the CLI's store options, so the same store is read on either engine. */
async function freshCount(store: TestStore, source: string): Promise<number> {
  const { openStore } = await import("../db/database.js");
  const url = store.env["DATABASE_URL"];
  const s = openStore<Database>({ databaseUrl: url, dataDir: store.dataDir });
  try {
    const r = await s.db
      .selectFrom("mentions")
      .select((e) => e.fn.countAll<number>().as("n"))
      .where("source", "=", source)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  } finally {
    await s.close();
  }
}
