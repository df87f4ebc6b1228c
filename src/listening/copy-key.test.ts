import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { NEGATIVE_ROW } from "../testing/mention-row.js";
import { storeBefore } from "../testing/migration.js";
import { freshStore } from "../testing/store.js";
import { copyDay, copyKey, type Original } from "./copy-window.js";
import { fingerprint } from "./normalize.js";
import { listeningStore } from "./store.js";
import { mentionClient } from "./test-mention-client.js";

const TEXTS = Array.from(
  { length: 40 },
  (_, i) => `Acme order ${i * 7919} never arrived and the support line hangs up on me again`,
);
const FPS = TEXTS.map((t) => fingerprint(t) as string);

describe("copyKey", () => {
  it("is the fingerprint hash's 53 bits after its first, a safe integer", () => {
    for (const fp of FPS) {
      const top = Buffer.from(fp, "base64url").readBigUInt64BE(0);
      const want = Number((top >> 10n) & ((1n << 53n) - 1n));
      expect(copyKey(fp)).toBe(want);
      expect(Number.isSafeInteger(copyKey(fp))).toBe(true);
    }
    expect(new Set(FPS.map(copyKey)).size).toBe(FPS.length);
    expect(copyKey(null)).toBeNull();
  });
});

describe("migration 0180: the compact copy key", () => {
  it("gives stored rows the key ingest computes, even odd fingerprints, and finds originals by it", async () => {
    const t = await freshStore();
    try {
      const { db, now, apply } = await storeBefore(t, "0180_copy_key", ["ws-a"]);
      const odd = ["", "a", "zz", "ü-ß~*", "________________________", "AAAAAAAAAAAAAAAAAAAAAA"];
      const fps = [...FPS, ...odd];
      const rows = fps.map((fp, i) => ({
        id: `m${i}`,
        workspace_id: "ws-a",
        source: "s",
        external_id: `m${i}`,
        text: TEXTS[i] ?? "odd",
        created_at: "2024-02-01T10:00:00.000Z",
        received_at: now,
        ...NEGATIVE_ROW,
        fingerprint: fp,
        copy_day: copyDay("2024-02-01T10:00:00.000Z", fp),
        duplicate_of: i === 1 ? "m0" : null,
      }));
      rows.push({ ...rows[0], id: "none", external_id: "none", fingerprint: null, copy_day: null } as never);
      await db.insertInto("mentions").values(rows).execute();
      await apply();
      const stored = await db
        .selectFrom("mentions")
        .select(["id", "fingerprint", "copy_key", "duplicate_of"])
        .execute();
      expect(stored).toHaveLength(fps.length + 1);
      for (const r of stored as { id: string; fingerprint: string | null; copy_key: number | null }[])
        expect([r.id, r.copy_key]).toEqual([r.id, copyKey(r.fingerprint)]);
      expect(stored.find((r: { id: string }) => r.id === "m1")?.duplicate_of).toBe("m0");
      const found = new Map<string, Original[]>();
      const day = copyDay("2024-02-05T00:00:00.000Z", "x") as number;
      await listeningStore.originalsNear(
        t.store.db,
        t.store.dialect,
        "ws-a",
        day,
        [FPS[0], FPS[2]] as string[],
        found,
      );
      expect([...found].map(([fp, o]) => [fp, o.map((x) => x.id)])).toEqual([
        [FPS[0], ["m0"]],
        [FPS[2], ["m2"]],
      ]);
    } finally {
      await t.drop();
    }
  });
});

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

const { post, bySource } = mentionClient(() => h);

/** A stored original written by hand: its key may be forced to another text's. */
const original = (id: string, workspace: string, fp: string, key: number, createdAt: string) => ({
  id,
  workspace_id: workspace,
  source: "hand",
  external_id: id,
  text: "written by hand",
  created_at: createdAt,
  received_at: createdAt,
  ...NEGATIVE_ROW,
  fingerprint: fp,
  copy_day: copyDay(createdAt, fp),
  copy_key: key,
  duplicate_of: null,
  copies: 0,
  corrected: 0,
  label: null,
  model: "shipped",
});

describe("a shared key links nothing by itself", () => {
  it("a different text with the same key, or the same text in another workspace, is not an original", async () => {
    const text = "Acme sent me a broken blender and the replacement is broken too";
    const fp = fingerprint(text) as string;
    const key = copyKey(fp) as number;
    const other = fingerprint("Something else entirely about a late Acme parcel and its driver") as string;
    const t0 = "2024-06-01T08:00:00.000Z";
    const db = h.ctx.db;
    await db
      .insertInto("workspaces")
      .values({ id: "ws-other", slug: "ws-other", name: "other", created_at: t0 } as never)
      .execute();
    await db
      .insertInto("mentions")
      .values([
        original("collides", h.workspaceId, other, key, t0),
        original("elsewhere", "ws-other", fp, key, t0),
      ] as never)
      .execute();
    const rows = await sql<{ id: string; copy_key: number }>`select id, copy_key from mentions
      where id in ('collides', 'elsewhere')`.execute(db);
    expect(rows.rows.map((r) => r.copy_key)).toEqual([key, key]);

    const found = new Map<string, Original[]>();
    await listeningStore.originalsNear(
      db,
      h.ctx.store.dialect,
      h.workspaceId,
      copyDay(t0, fp) as number,
      [fp],
      found,
    );
    expect(found.size).toBe(0);

    await post([{ source: "k", external_id: "first", text, created_at: "2024-06-01T09:00:00.000Z" }]);
    await post([
      { source: "k", external_id: "copy", text: `RT @x: ${text}`, created_at: "2024-06-01T10:00:00.000Z" },
    ]);
    const m = await bySource("k");
    expect(m.get("first")?.duplicate_of).toBeNull();
    expect(m.get("copy")?.duplicate_of).toBe(m.get("first")?.id);
    const hand = await db
      .selectFrom("mentions")
      .select(["id", "copies"])
      .where("source", "=", "hand")
      .execute();
    expect(hand.map((r) => r.copies)).toEqual([0, 0]);
  });
});
