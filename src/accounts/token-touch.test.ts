import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  // As the server runs SQLite: a writer thread, and reads that never wait for it.
  h = await createHarness({ sqliteThread: true });
});
afterAll(async () => h.close());

/** Resolves when `p` settles within `ms`, to "waited" otherwise. */
const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<"waited">((r) => setTimeout(() => r("waited"), ms))]);

/**
 * A token's "last used" is noted at most once a minute, a best-effort write. The call that noted it waited
 * for that write, so in a rush, when the store's writer is busy with batches, one call a minute per
 * token (the dashboard's, or an integration's) waited behind every batch in the writer's queue.
 */
describe("a token's last use is noted without holding the call", () => {
  it("answers a read while the store's writer is busy, and notes the use once the writer is free", async () => {
    // The crises list's first call sets the workspace's plan up (a write, once); the token was used then.
    expect(
      (await h.app.inject({ method: "GET", url: "/api/v1/crises", headers: h.auth("viewer") })).statusCode,
    ).toBe(200);
    // A minute later the next call notes the use again.
    h.clock.freeze();
    h.clock.advance(61_000);
    const noted = h.clock.now().toISOString();
    // A writer busy with someone else's transaction until `release` is called.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    let started: () => void = () => undefined;
    const inside = new Promise<void>((r) => (started = r));
    const busy = h.ctx.db.transaction().execute(async (trx) => {
      // On PostgreSQL the row's lock is what the note waits for; on SQLite any write holds the writer.
      await trx
        .updateTable("api_tokens")
        .set({ name: "viewer token" })
        .where("role", "=", "viewer")
        .execute();
      started();
      await held;
    });
    await inside;
    try {
      const answer = h.app.inject({ method: "GET", url: "/api/v1/crises", headers: h.auth("viewer") });
      // On the old code the call waits for the writer: "waited".
      const res = await within(answer, 3000);
      expect(res === "waited" ? res : res.statusCode).toBe(200);
    } finally {
      release();
      await busy;
    }
    // The write waited for the writer, not the call; it lands once the writer is free.
    const lastUsed = async () => {
      const res = await h.app.inject({ method: "GET", url: "/api/v1/tokens", headers: h.auth("admin") });
      const items = (res.json() as { items: { role: string; last_used_at: string | null }[] }).items;
      return items.find((t) => t.role === "viewer")?.last_used_at;
    };
    await vi.waitFor(async () => expect(await lastUsed()).toBe(noted), { timeout: 5000 });
  });
});
