import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { systemActor } from "../core/actor.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { installIdempotency, requestFingerprint } from "./idempotency.js";
import type { App } from "./types.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 60_000);
afterAll(async () => h.close());

const crisis = { title: "Card payments fail", type: "payment_failure", severity: "SEV2" };
const post = (key: string | undefined, payload: object = crisis, token = h.tokens.responder) =>
  h.app.inject({
    method: "POST",
    url: "/api/v1/crises",
    headers: { authorization: `Bearer ${token}`, ...(key === undefined ? {} : { "idempotency-key": key }) },
    payload,
  });
const countCrises = async () =>
  (await h.app.inject({ method: "GET", url: "/api/v1/crises?limit=1000", headers: h.auth("viewer") })).json()
    .items.length as number;

describe("Idempotency-Key on POST", () => {
  it("the same key answers the first answer and does nothing again", async () => {
    const before = await countCrises();
    const first = await post("k-1");
    expect(first.statusCode).toBe(201);
    const again = await post("k-1");
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.headers["content-type"]).toContain("application/json");
    expect(again.json()).toEqual(first.json());
    expect(await countCrises()).toBe(before + 1);
    // Another key, or none, is another request.
    expect((await post("k-2")).json().id).not.toBe(first.json().id);
    await post(undefined);
    await post(undefined);
    expect(await countCrises()).toBe(before + 4);
  });

  it("is per workspace: another workspace's equal key is its own", async () => {
    const other = await h.ctx.services.accounts.createWorkspace({ name: "Other shop", slug: "other-shop" });
    const { token } = await h.ctx.services.accounts.createToken({
      workspaceId: other.id,
      name: "other",
      role: "responder",
    });
    const mine = await post("shared-key");
    const theirs = await post("shared-key", crisis, token);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.headers["idempotent-replayed"]).toBeUndefined();
    expect(theirs.json().id).not.toBe(mine.json().id);
  });

  it("refuses a key reused for another request, naming the header", async () => {
    await post("k-3");
    const res = await post("k-3", { ...crisis, title: "Something else" });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: "invalid", field: "Idempotency-Key" });
    const bad = await post("with space");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("Idempotency-Key");
  });

  it("replays a 4xx answer too, and frees the key after a 24 h window", async () => {
    const invalid = { ...crisis, severity: "SEV9" };
    const first = await post("k-4", invalid);
    expect(first.statusCode).toBe(400);
    const before = await countCrises();
    const row = await h.ctx.db
      .selectFrom("idempotency_keys")
      .selectAll()
      .where("key", "=", "k-1")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ scope: h.workspaceId, state: "done", status_code: 201 });
    await h.ctx.db
      .updateTable("idempotency_keys")
      .set({ created_at: new Date(Date.now() - 25 * 3_600_000).toISOString() })
      .where("key", "=", "k-1")
      .execute();
    const later = await post("k-1");
    expect(later.statusCode).toBe(201);
    expect(later.headers["idempotent-replayed"]).toBeUndefined();
    expect(await countCrises()).toBe(before + 1);
  });

  it("concurrent duplicates run the work once", async () => {
    const before = await countCrises();
    const answers = await Promise.all([post("k-5"), post("k-5"), post("k-5"), post("k-5")]);
    const ids = new Set(answers.filter((a) => a.statusCode === 201).map((a) => a.json().id));
    expect(ids.size).toBe(1);
    for (const a of answers) expect([201, 409]).toContain(a.statusCode);
    expect(await countCrises()).toBe(before + 1);
  });

  it("a duplicate of a request still running waits for its answer", async () => {
    const fingerprint = requestFingerprint({
      method: "POST",
      url: "/api/v1/crises",
      rawBody: undefined,
      body: crisis,
    });
    await h.ctx.db
      .insertInto("idempotency_keys")
      .values({
        scope: h.workspaceId,
        key: "k-running",
        fingerprint,
        state: "pending",
        status_code: null,
        content_type: null,
        location: null,
        body: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    const waiting = post("k-running");
    await h.ctx.db
      .updateTable("idempotency_keys")
      .set({ state: "done", status_code: 201, content_type: "application/json", body: '{"id":"first"}' })
      .where("key", "=", "k-running")
      .execute();
    const res = await waiting;
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: "first" });
  });

  it("gives up with 409 when the first request does not answer in time", async () => {
    const app = Fastify() as unknown as App;
    app.decorateRequest("actor", null);
    app.addHook("onRequest", async (req) => {
      req.actor = systemActor(h.workspaceId);
    });
    installIdempotency(app, h.ctx, { waitMs: 0 });
    let runs = 0;
    let finish = () => {};
    app.post("/slow", async () => {
      runs++;
      await new Promise<void>((r) => {
        finish = r;
      });
      return { done: true };
    });
    await app.ready();
    const headers = { "idempotency-key": "k-slow", "content-type": "application/json" };
    const first = app.inject({ method: "POST", url: "/slow", headers, payload: "{}" });
    await vi.waitFor(() => expect(runs).toBe(1));
    const second = await app.inject({ method: "POST", url: "/slow", headers, payload: "{}" });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe("conflict");
    finish();
    expect((await first).statusCode).toBe(200);
    const third = await app.inject({ method: "POST", url: "/slow", headers, payload: "{}" });
    expect(third.json()).toEqual({ done: true });
    expect(runs).toBe(1);
    await app.close();
  });
});
