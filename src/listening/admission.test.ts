import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { waitFor } from "../testing/wait.js";

const batch = (b: number, n = 200) => ({
  mentions: Array.from({ length: n }, (_, i) => ({
    source: "gate",
    external_id: `${b}-${i}`,
    text: `parcel ${b} still late, order ${b * 1000 + i}`,
  })),
});

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A harness on a real port whose ingest gate lets `slots` batches in, and a hook that holds them. */
async function gated(env: Record<string, string>) {
  h = await createHarness({ listen: true, env });
  const harness = h;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  let held = 0;
  // Runs inside each batch's transaction: the batch stays past the gate until the test opens it.
  harness.ctx.services.listening.onIngest(async () => {
    held++;
    await opened;
  });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${harness.ctx.config.publicUrl}/api/v1/mentions`, {
      method: "POST",
      headers: { ...harness.auth("responder"), "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
  const stored = async () => (await harness.ctx.services.listening.count(harness.workspaceId, {})).n;
  return { h: harness, open, held: () => held, post, stored, gate: harness.app.ingestAdmission };
}

describe("the ingest admission gate", () => {
  it("lets batches beyond its slots wait unread, answers /healthz meanwhile, then stores them all", async () => {
    const g = await gated({ FIREBREAK_INGEST_SLOTS: "1", FIREBREAK_INGEST_WAIT_MS: "60000" });
    const first = g.post(batch(0));
    await waitFor(() => g.held() === 1, { what: "the first batch in its transaction" });
    const rest = [1, 2, 3].map((b) => g.post(batch(b)));
    await waitFor(() => g.gate.state.waiting === 3, { what: "three batches waiting at the gate" });
    expect(g.gate.state).toMatchObject({ active: 1, waiting: 3, refused: 0 });

    const health = await fetch(`${g.h.ctx.config.publicUrl}/healthz`);
    expect(health.status).toBe(200);
    // Still one batch in the store's hands: the waiting ones were not parsed into a transaction.
    expect(g.held()).toBe(1);

    g.open();
    const answers = await Promise.all([first, ...rest]);
    expect(answers.map((r) => r.status)).toEqual([202, 202, 202, 202]);
    for (const r of answers) expect(await r.json()).toMatchObject({ accepted: 200 });
    expect(await g.stored()).toBe(800);
    expect(g.gate.state).toEqual({ active: 0, waiting: 0, refused: 0 });
  });

  it("answers 503 with Retry-After past the wait limit and stores nothing of that batch", async () => {
    const g = await gated({ FIREBREAK_INGEST_SLOTS: "1", FIREBREAK_INGEST_WAIT_MS: "300" });
    const first = g.post(batch(0));
    await waitFor(() => g.held() === 1, { what: "the first batch in its transaction" });

    const late = await g.post(batch(1));
    expect(late.status).toBe(503);
    expect(late.headers.get("retry-after")).toBe("5");
    const body = (await late.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("unavailable");
    expect(body.error.message).toMatch(/waited 300 ms.*nothing was stored, retry/);
    expect(g.gate.state).toMatchObject({ active: 1, waiting: 0, refused: 1 });

    g.open();
    expect((await first).status).toBe(202);
    expect(await g.stored()).toBe(200);
    // (Read once the transaction is over: the job gauges read the store.)
    const metrics = await (
      await fetch(`${g.h.ctx.config.publicUrl}/metrics`, { headers: g.h.auth() })
    ).text();
    expect(metrics).toMatch(/^firebreak_ingest_refused 1$/m);
    // The sender's retry goes in once there is room, and nothing of the refused try was kept meanwhile.
    const retry = await g.post(batch(1));
    expect(retry.status).toBe(202);
    expect(await retry.json()).toMatchObject({ accepted: 200, duplicates: 0 });
    expect(await g.stored()).toBe(400);
  });

  it("answers 503 at once when the queue is full, and gives a slot back when a waiting client leaves", async () => {
    const g = await gated({
      FIREBREAK_INGEST_SLOTS: "1",
      FIREBREAK_INGEST_WAIT_MS: "60000",
      FIREBREAK_INGEST_QUEUE: "1",
    });
    const first = g.post(batch(0));
    await waitFor(() => g.held() === 1, { what: "the first batch in its transaction" });
    const leaving = new AbortController();
    const gone = fetch(`${g.h.ctx.config.publicUrl}/api/v1/mentions`, {
      method: "POST",
      headers: { ...g.h.auth("responder"), "content-type": "application/json" },
      body: JSON.stringify(batch(1)),
      signal: leaving.signal,
    }).catch((e: Error) => e.name);
    await waitFor(() => g.gate.state.waiting === 1, { what: "one batch waiting" });

    const full = await g.post(batch(2));
    expect(full.status).toBe(503);
    expect(full.headers.get("retry-after")).toBe("5");
    expect(((await full.json()) as { error: { message: string } }).error.message).toMatch(/too many batches/);

    leaving.abort();
    expect(await gone).toBe("AbortError");
    await waitFor(() => g.gate.state.waiting === 0, { what: "the leaver out of the queue" });
    g.open();
    expect((await first).status).toBe(202);
    await waitFor(() => g.gate.state.active === 0, { what: "the slot back" });
    expect((await g.post(batch(3))).status).toBe(202);
    expect(await g.stored()).toBe(400);
  });

  it("takes no slot for a caller it refuses before the body (no token)", async () => {
    const g = await gated({ FIREBREAK_INGEST_SLOTS: "1", FIREBREAK_INGEST_WAIT_MS: "200" });
    const first = g.post(batch(0));
    await waitFor(() => g.held() === 1, { what: "the first batch in its transaction" });
    // No credentials at all (a wrong token would be looked up in the store, which the held batch holds).
    const stranger = await g.post(batch(1), { authorization: "" });
    expect(stranger.status).toBe(401);
    expect(g.gate.state).toMatchObject({ active: 1, waiting: 0, refused: 0 });
    g.open();
    expect((await first).status).toBe(202);
  });
});
