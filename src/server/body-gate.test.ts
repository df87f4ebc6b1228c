import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { bodyGate } from "./body-gate.js";
import { handleError } from "./errors.js";

let app: FastifyInstance;
afterEach(async () => app?.close());

/** A route behind a gate of `limit` whose handler waits until the test lets it answer. */
async function gated(limit: number, bodyLimit = 1024 * 1024) {
  app = Fastify({ bodyLimit });
  app.setErrorHandler(handleError);
  let parsedNow = 0;
  let parsedMost = 0;
  const waiting: (() => void)[] = [];
  app.post(
    "/in",
    {
      ...bodyGate(limit),
      preValidation: async () => {
        parsedNow++;
        parsedMost = Math.max(parsedMost, parsedNow);
      },
    },
    async (req) => {
      await new Promise<void>((resolve) => waiting.push(resolve));
      parsedNow--;
      return { n: (req.body as { n: number }).n };
    },
  );
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as { port: number };
  const post = (n: number, signal: AbortSignal | null = null) =>
    fetch(`http://127.0.0.1:${port}/in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ n, pad: "x".repeat(50_000) }),
      signal,
    });
  const settle = async () => {
    // Let the parked requests reach the gate or the handler.
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 10));
  };
  const answerAll = async () => {
    while (waiting.length) waiting.shift()?.();
    await settle();
  };
  return { post, settle, answerAll, parsedMost: () => parsedMost, handlers: () => waiting.length };
}

describe("body gate", () => {
  it("parses at most `limit` bodies at once and answers every request in the end", async () => {
    const g = await gated(2);
    const answers = Array.from({ length: 6 }, (_, n) => g.post(n));
    await g.settle();
    expect(g.handlers()).toBe(2);
    for (let i = 0; i < 4; i++) await g.answerAll();
    const bodies = await Promise.all(answers.map(async (a) => (await a).json()));
    expect(bodies.map((b) => (b as { n: number }).n).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(g.parsedMost()).toBe(2);
  });

  it("a request that leaves while waiting does not keep a place", async () => {
    const g = await gated(1);
    const first = g.post(1);
    await g.settle();
    const leaving = new AbortController();
    const gone = g.post(2, leaving.signal).catch((e: Error) => e.name);
    await g.settle();
    leaving.abort();
    expect(await gone).toBe("AbortError");
    await g.answerAll();
    expect((await first).status).toBe(200);
    // Its handler may still run (as without the gate); its place went back when its connection closed.
    const third = g.post(3);
    await g.settle();
    await g.answerAll();
    expect(await (await third).json()).toEqual({ n: 3 });
  });

  it("refuses a body over the route's limit with 413 naming the body", async () => {
    const g = await gated(1, 10_000);
    const res = await g.post(1);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: unknown }).error).toMatchObject({
      code: "payload_too_large",
      field: "body",
    });
    // The refusal gave its place back: a small one goes through.
    expect(g.handlers()).toBe(0);
  });
});
