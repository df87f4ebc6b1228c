import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { AppContext } from "../../app/context.js";
import type { LogReg } from "../../nlp/learn/logreg.js";
import { LEARNED_FORMAT, type LearnedModel } from "../../nlp/learn/model.js";
import { waitFor } from "../../testing/wait.js";
import type { MentionItem } from "../schema.js";
import { ClassifyPool } from "./classify-pool.js";
import { type IngestDeps, type PreparedBatch, prepareBatch } from "./ingest.js";

// A workspace's learned model for English and German: seeded weights, so it decides differently from
// the shipped reading, and a thread that ignored it would give other rows.
function learnedModel(version: string): LearnedModel {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648 - 0.5;
  };
  const bits = 12;
  const lr = () => ({ bits, weights: Float32Array.from({ length: 2 ** bits * 3 }, () => next() * 4) });
  return {
    format: LEARNED_FORMAT,
    version,
    trainedOn: "test",
    languages: new Map([
      ["en", lr()],
      ["de", lr()],
    ]),
  };
}

const TEXTS = [
  "parcel late again, refund please, nobody answers the phone",
  "Great shoes, fast delivery, would buy again",
  "Paket kam beschädigt an, der Kundenservice antwortet nicht",
  "RT @shop: summer sale starts today https://example.com #sale",
  "my card was charged twice for order 5512 and support closed the ticket",
  "ok",
  "",
  "Le colis n'est jamais arrivé, je veux être remboursé",
];
const batch = (n: number): MentionItem[] =>
  Array.from({ length: n }, (_, i) => ({
    source: i % 5 === 0 ? "reviews" : "social",
    external_id: `e${i}`,
    text: `${TEXTS[i % TEXTS.length]}${i % 3 ? ` ${i}` : ""}`,
    ...(i % 5 === 0 ? { rating: (i % 5) + 1 } : {}),
    ...(i % 11 === 0 ? { language: "de" } : {}),
    created_at: "2026-12-01T10:00:00.000Z",
  })) as MentionItem[];

function deps(pool: ClassifyPool | null, model: LearnedModel | null): IngestDeps {
  const ctx = {
    clock: { now: () => new Date("2026-12-07T12:00:00.000Z") },
    services: { accounts: { settings: async () => ({ default_language: "en", languages: ["de"] }) } },
  } as unknown as AppContext;
  return { ctx, matcherOf: async () => null, modelOf: async () => model, hooks: new Set(), pool };
}

/** A prepared batch without its row ids (new every time). */
const comparable = (b: PreparedBatch) => ({ ...b, rows: b.rows.map(({ id: _, ...r }) => r) });

const pools: ClassifyPool[] = [];
const poolOf = (size: number) => {
  const p = new ClassifyPool(size);
  pools.push(p);
  return p;
};
afterAll(async () => {
  for (const p of pools) await p.close();
});

describe("classification in a classify thread", () => {
  it("gives the same rows as inline, with and without a workspace's learned model", async () => {
    const pool = poolOf(1);
    expect(await pool.ready()).toBe(true);
    const items = batch(600);
    for (const model of [null, learnedModel("learned-1")]) {
      const inline = await prepareBatch(deps(null, model), "ws", items);
      const threaded = await prepareBatch(deps(pool, model), "ws", items);
      expect(comparable(threaded)).toEqual(comparable(inline));
      expect(pool.fallbacks).toBe(0);
      expect(pool.answered).toBe(model ? 2 : 1);
      if (model) {
        // The model decided: the rows say so, and the reading differs from the shipped one.
        expect(threaded.rows.some((r) => r.model === "learned-1")).toBe(true);
        const shipped = await prepareBatch(deps(null, null), "ws", items);
        expect(shipped.rows.map((r) => r.sentiment)).not.toEqual(threaded.rows.map((r) => r.sentiment));
      }
    }
  }, 60_000);

  it("sends a workspace's model once per thread, and a model of the same version name from another workspace too", async () => {
    const pool = poolOf(1);
    await pool.ready();
    const items = batch(40);
    const a = learnedModel("learned-1");
    const b = {
      ...learnedModel("learned-1"),
      languages: new Map([["en", learnedModel("x").languages.get("de") as LogReg]]),
    };
    for (const model of [a, b, a]) {
      const inline = await prepareBatch(deps(null, model), "ws", items);
      const threaded = await prepareBatch(deps(pool, model), "ws", items);
      expect(comparable(threaded)).toEqual(comparable(inline));
    }
    expect(pool.answered).toBe(3);
  }, 60_000);

  it("reads inline while its thread is still loading, rather than wait", async () => {
    const pool = poolOf(1);
    const items = batch(20);
    const inline = await prepareBatch(deps(null, null), "ws", items);
    expect(comparable(await prepareBatch(deps(pool, null), "ws", items))).toEqual(comparable(inline));
    expect(pool.answered + pool.fallbacks + pool.pending).toBe(0);
    expect(await pool.ready()).toBe(true);
    expect(comparable(await prepareBatch(deps(pool, null), "ws", items))).toEqual(comparable(inline));
    expect(pool.answered).toBe(1);
  }, 60_000);

  it("a thread that dies mid-batch loses nothing: the batch is classified inline, and a new thread starts", async () => {
    const pool = poolOf(1);
    await pool.ready();
    const items = batch(1000);
    const model = learnedModel("learned-2");
    const inline = await prepareBatch(deps(null, model), "ws", items);
    const threaded = prepareBatch(deps(pool, model), "ws", items);
    await waitFor(() => pool.pending > 0, { what: "the batch to reach the thread" });
    await pool.close(); // as a crash: the thread exits with the batch unanswered
    expect(comparable(await threaded)).toEqual(comparable(inline));
    expect(pool.fallbacks).toBe(1);
    // A pool whose thread crashed (rather than was closed) starts a new one once the pause is over.
    const again = poolOf(1);
    await again.ready();
    await (
      again as unknown as { slots: { worker: { terminate(): Promise<number> } }[] }
    ).slots[0]?.worker.terminate();
    expect(comparable(await prepareBatch(deps(again, model), "ws", items))).toEqual(comparable(inline));
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await again.ready()).toBe(true);
    expect(comparable(await prepareBatch(deps(again, model), "ws", items))).toEqual(comparable(inline));
    expect(again.answered).toBe(1);
    expect(again.fallbacks).toBe(0);
    expect(again.pending).toBe(0);
  }, 60_000);

  it("a thread that holds a batch past its deadline is ended and the batch is classified inline", async () => {
    const faults: unknown[] = [];
    // A deadline no thread can meet for 3,000 mentions: stands for a thread that hangs.
    const pool = new ClassifyPool(1, (err) => faults.push(err), 5);
    pools.push(pool);
    await pool.ready();
    const items = batch(3000);
    const inline = await prepareBatch(deps(null, null), "ws", items);
    expect(comparable(await prepareBatch(deps(pool, null), "ws", items))).toEqual(comparable(inline));
    expect(pool.timeouts).toBe(1);
    expect(pool.fallbacks).toBe(1);
    expect(pool.answered).toBe(0);
    expect(String(faults[0])).toMatch(/held a batch over 5 ms/);
  }, 60_000);

  it("an idle thread does not keep a finished process alive (an import ends when its rows are in)", async () => {
    const pool = fileURLToPath(new URL("./classify-pool.ts", import.meta.url));
    const code = `const { ClassifyPool } = await import(${JSON.stringify(pool)});
      const p = new ClassifyPool(1);
      await p.ready();
      const r = await p.read({ texts: ["late parcel"], languages: [null], ratings: [null] }, ["en"], null);
      console.log(r ? r.sentiment[0] : "inline");`;
    const started = performance.now();
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(out.trim()).toBe("negative");
    // Without the thread's unref it never exits; 30 s is far past a loaded machine's start-up.
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it("a pool of 0 threads classifies inline and starts none", async () => {
    const pool = poolOf(0);
    expect(
      await pool.read({ texts: ["late parcel"], languages: [null], ratings: [null] }, ["en"], null),
    ).toBeNull();
    pool.warm();
    const items = batch(50);
    expect(comparable(await prepareBatch(deps(pool, null), "ws", items))).toEqual(
      comparable(await prepareBatch(deps(null, null), "ws", items)),
    );
    expect(pool.pending).toBe(0);
  });
});
