import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli, startServerProcess } from "../src/testing/process.js";
import { freshStore, type TestStore } from "../src/testing/store.js";

let t: TestStore;
beforeAll(async () => {
  t = await freshStore();
  await t.store.close();
});
afterAll(async () => t.drop().catch(() => undefined));

/** Writes through the API until stopped; returns the ids the server acknowledged with 201. */
function writeLoop(url: string, token: string, writers = 4) {
  const acknowledged: string[] = [];
  let running = true;
  let n = 0;
  const one = async () => {
    while (running) {
      try {
        const res = await fetch(`${url}/api/v1/tokens`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ name: `w${n++}`, role: "viewer" }),
        });
        if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
      } catch {
        // The server died mid-request: that write was never acknowledged.
        return;
      }
    }
  };
  const done = Promise.all(Array.from({ length: writers }, one));
  return {
    acknowledged,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

describe("durability", () => {
  it("kill -9 during writes, then a restart: every acknowledged write is there", async () => {
    const first = await startServerProcess(t.env, ["--data-dir", t.dataDir]);
    const created = await runCli(
      ["token", "create", "--name", "writer", "--role", "admin", "--data-dir", t.dataDir],
      t.env,
    );
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^fbt_\S+$/);

    const loop = writeLoop(first.url, token);
    // Killed once writes are flowing, wherever the loop is: no fixed wait.
    await vi.waitFor(() => expect(loop.acknowledged.length).toBeGreaterThan(100), {
      timeout: 20_000,
      interval: 20,
    });
    await first.kill9();
    await loop.stop();
    expect(loop.acknowledged.length).toBeGreaterThan(20);

    const second = await startServerProcess(t.env, ["--data-dir", t.dataDir]);
    try {
      const res = await fetch(`${second.url}/api/v1/tokens`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const ids = new Set(((await res.json()) as { items: { id: string }[] }).items.map((i) => i.id));
      const lost = loop.acknowledged.filter((id) => !ids.has(id));
      expect(lost).toEqual([]);
    } finally {
      await second.stop();
    }
  });
});
