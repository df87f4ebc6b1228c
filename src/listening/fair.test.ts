import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { waitFor } from "../testing/wait.js";

const WORDS = ["parcel", "late", "refund", "courier", "broken", "great", "support", "size", "colour", "box"];
const batch = (b: number) =>
  Array.from({ length: 1000 }, (_, i) => ({
    source: "load",
    external_id: `${b}-${i}`,
    text: `${WORDS[i % 10]} ${WORDS[(i + b) % 10]} ${WORDS[(i >> 2) % 10]} order ${b * 1000 + i} still not here, day ${i % 30}`,
  }));

// Inline (classified on the event loop in 8 ms slices) and with a classify thread (loaded before).
describe.each(["0", "1"])("fair ingest, FIREBREAK_CLASSIFY_THREADS=%s", (threads) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ listen: true, env: { FIREBREAK_CLASSIFY_THREADS: threads } });
    expect(await h.ctx.services.listening.classifyPool.ready()).toBe(true);
  });
  afterAll(async () => h.close());

  it("eight concurrent batches of 1,000 mentions do not hold /healthz until they are done", async () => {
    const base = h.ctx.config.publicUrl;
    const order: string[] = [];
    // The server counts the batches as their requests reach it (headers read, bodies still coming).
    let arrived = 0;
    h.app.server.on("request", (req: { url?: string }) => {
      if (req.url === "/api/v1/mentions") arrived++;
    });
    const bodies = Array.from({ length: 8 }, (_, b) => JSON.stringify({ mentions: batch(b) }));
    const ingests = bodies.map((body, b) =>
      fetch(`${base}/api/v1/mentions`, {
        method: "POST",
        headers: { ...h.auth("responder"), "content-type": "application/json" },
        body,
      }).then(async (res) => {
        expect(res.status).toBe(202);
        await res.arrayBuffer();
        order.push(`ingest ${b}`);
      }),
    );
    // Asked once the batches have reached the server: it must not wait for all of them (order, not time).
    await waitFor(() => arrived >= bodies.length, { what: "the batches to reach the server" });
    const health = fetch(`${base}/healthz`).then((res) => {
      expect(res.status).toBe(200);
      order.push("healthz");
    });
    await Promise.all([...ingests, health]);
    expect(order.indexOf("healthz"), order.join(", ")).toBeLessThan(3);
    const stats = await h.app.inject({ method: "GET", url: "/api/v1/mentions/stats", headers: h.auth() });
    expect(stats.statusCode).toBe(200);
    const pool = h.ctx.services.listening.classifyPool;
    expect([pool.answered, pool.fallbacks]).toEqual([threads === "0" ? 0 : 8, 0]);
  }, 30_000);
});
