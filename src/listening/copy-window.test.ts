import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrations } from "../db/migrations/index.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { NEGATIVE_ROW } from "../testing/mention-row.js";
import { storeBefore } from "../testing/migration.js";
import { runCli } from "../testing/process.js";
import { freshStore } from "../testing/store.js";
import { COPY_WINDOW_MS, copyDay, type Original } from "./copy-window.js";
import { fingerprint } from "./normalize.js";
import { listeningStore } from "./store.js";
import { mentionClient } from "./test-mention-client.js";

let h: Harness;
let dir: string;
beforeAll(async () => {
  h = await createHarness();
  dir = mkdtempSync(join(tmpdir(), "fb-copy-window-"));
});
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const { post, bySource } = mentionClient(() => h);
const at = (iso: string, plusMs = 0) => new Date(Date.parse(iso) + plusMs).toISOString();
const DAY = 86_400_000;

describe("copies are found within a week of their original", () => {
  it("links a copy inside the window and makes one outside it a new original", async () => {
    const text = "Acme charged my card twice for order 7781 and support never answers";
    const t0 = "2024-03-01T09:00:00.000Z";
    await post([{ source: "w", external_id: "orig", text, created_at: t0 }]);
    await post([{ source: "w", external_id: "in", text: `RT @cy: ${text}`, created_at: at(t0, 6 * DAY) }]);
    await post([{ source: "w", external_id: "edge", text, created_at: at(t0, COPY_WINDOW_MS) }]);
    // Eight days on: a new voice saying it again, and the original of what follows it.
    await post([{ source: "w", external_id: "out", text, created_at: at(t0, 8 * DAY) }]);
    await post([{ source: "w", external_id: "late", text: `${text} #acme`, created_at: at(t0, 9 * DAY) }]);
    const m = await bySource("w");
    const orig = m.get("orig");
    expect(m.get("in")?.duplicate_of).toBe(orig?.id);
    expect(m.get("edge")?.duplicate_of).toBe(orig?.id);
    expect(orig?.copies).toBe(2);
    expect(m.get("out")?.duplicate_of).toBeNull();
    expect(m.get("late")?.duplicate_of).toBe(m.get("out")?.id);
    expect(m.get("out")?.copies).toBe(1);
  });

  it("in one batch too, whatever the batch's order", async () => {
    const text = "The Acme courier left my parcel in the rain again this morning";
    const t0 = "2024-05-10T12:00:00.000Z";
    await post([
      { source: "b", external_id: "far", text, created_at: at(t0, 20 * DAY) },
      { source: "b", external_id: "first", text, created_at: t0 },
      { source: "b", external_id: "near-far", text, created_at: at(t0, 16 * DAY) },
      { source: "b", external_id: "near-first", text, created_at: at(t0, 2 * DAY) },
    ]);
    const m = await bySource("b");
    expect(m.get("first")?.duplicate_of).toBeNull();
    expect(m.get("far")?.duplicate_of).toBeNull();
    expect(m.get("near-first")?.duplicate_of).toBe(m.get("first")?.id);
    expect(m.get("near-far")?.duplicate_of).toBe(m.get("far")?.id);
  });

  it("firebreak import of old rows out of order finds copies among themselves", async () => {
    const text = "Acme refund for order 5521 still missing after three weeks of waiting";
    const other = "Acme checkout page shows an error when I pay with my card today";
    // Batches of two: the copies of a row arrive in later batches, before and after its time.
    const rows = [
      ["r1", text, "2019-05-10T10:00:00Z"],
      ["r2", other, "2019-04-01T08:00:00Z"],
      ["r3", text, "2019-05-03T10:00:00Z"],
      ["r4", text, "2019-04-20T10:00:00Z"],
      ["r5", `RT @ann: ${other}`, "2019-04-02T08:00:00Z"],
      ["r6", text, "2019-04-25T10:00:00Z"],
    ];
    const csv = join(dir, "old.csv");
    writeFileSync(csv, ["id,text,date", ...rows.map(([id, t, d]) => `${id},"${t}",${d}`)].join("\n"));
    const res = await runCli(["import", csv, "--source", "old", "--batch", "2"], h.test.env);
    expect(res.code, res.stderr).toBe(0);
    const m = await bySource("old");
    expect(m.size).toBe(6);
    expect(m.get("r1")?.duplicate_of).toBeNull();
    expect(m.get("r3")?.duplicate_of).toBe(m.get("r1")?.id);
    // 13 days before r3 and 20 before r1: a new original, and r6 five days after it is its copy.
    expect(m.get("r4")?.duplicate_of).toBeNull();
    expect(m.get("r6")?.duplicate_of).toBe(m.get("r4")?.id);
    expect(m.get("r5")?.duplicate_of).toBe(m.get("r2")?.id);
  }, 120_000);

  // Changed on purpose by migration 0180: the index is (copy_day, copy_key), the rest checked on the row.
  it("looks originals up through the day-first index (SQLite's plan)", async () => {
    if (h.ctx.store.dialect !== "sqlite") return;
    const plan = await sql<{ detail: string }>`explain query plan
      select id, fingerprint, created_at from mentions indexed by mentions_day_original_key
      where copy_day in (1, 2, 3) and copy_key in (7, 8) and workspace_id = 'w'
        and fingerprint in ('a', 'b') and duplicate_of is null`.execute(h.ctx.db);
    expect(plan.rows.map((r) => r.detail).join("\n")).toMatch(
      /USING INDEX mentions_day_original_key \(copy_day=\? AND copy_key=\?\)/,
    );
  });
});

describe("migration 0170: the copy-finding index by day", () => {
  it("gives stored originals their day and finds them afterwards, links unchanged", async () => {
    const t = await freshStore();
    try {
      const { db, now, apply, at: index } = await storeBefore(t, "0170_copy_window", ["ws-a"]);
      const text = "Acme lost my order and nobody from support answers the phone";
      const fp = fingerprint(text) as string;
      const row = (id: string, created_at: string, duplicate_of: string | null) => ({
        id,
        workspace_id: "ws-a",
        source: "s",
        external_id: id,
        text,
        created_at,
        received_at: now,
        ...NEGATIVE_ROW,
        fingerprint: fp,
        duplicate_of,
      });
      await db
        .insertInto("mentions")
        .values([
          row("o1", "2023-12-31T23:59:59.999Z", null),
          row("c1", "2024-01-20T10:00:00.000Z", "o1"),
          row("o2", "1999-01-01T00:00:00.000Z", null),
          { ...row("short", "2024-01-01T00:00:00.000Z", null), text: "ok", fingerprint: null },
        ])
        .execute();
      await apply();
      const stored = await db.selectFrom("mentions").select(["id", "copy_day", "duplicate_of"]).execute();
      const day = new Map(stored.map((r: { id: string; copy_day: number | null }) => [r.id, r.copy_day]));
      expect(day.get("o1")).toBe(copyDay("2023-12-31T23:59:59.999Z", fp));
      expect(day.get("o2")).toBe(copyDay("1999-01-01T00:00:00.000Z", fp));
      expect(day.get("c1")).toBe(copyDay("2024-01-20T10:00:00.000Z", fp));
      expect(day.get("short")).toBeNull();
      expect(stored.find((r: { id: string }) => r.id === "c1")?.duplicate_of).toBe("o1");
      // Today's lookup needs 0180's key: the migrations after 0170 run as a release would run them.
      for (const m of migrations.slice(index + 1)) await m.up(db, t.store.dialect);
      for (const [id, iso] of [
        ["o1", "2024-01-05T00:00:00.000Z"],
        ["o2", "1998-12-27T00:00:00.000Z"],
      ] as const) {
        const found = new Map<string, Original[]>();
        const d = copyDay(iso, fp) as number;
        await listeningStore.originalsNear(t.store.db, t.store.dialect, "ws-a", d, [fp], found);
        expect(found.get(fp)?.map((o) => o.id)).toEqual([id]);
      }
    } finally {
      await t.drop();
    }
  });
});
