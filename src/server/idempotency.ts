import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { AppContext } from "../app/context.js";
import { errorBody } from "./errors.js";
import type { App } from "./types.js";

export const IDEMPOTENCY_HEADER = "idempotency-key";
const KEY = /^[\x21-\x7e]{1,255}$/;
const DAY_MS = 86_400_000;
/** A first request that has not answered in this long died with its process: a retry may run it again. */
const ABANDONED_MS = 5 * 60_000;
const POLL_MS = 50;
export interface IdempotencyOptions {
  /** How long a concurrent duplicate waits for the first request's answer before a 409. */
  waitMs?: number;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set while this request holds an Idempotency-Key reservation that its answer must fill. */
    idempotency: { scope: string; key: string } | null;
  }
}

/** What makes two requests "the same": method, address with its query, and the body. */
export const requestFingerprint = (req: Pick<FastifyRequest, "method" | "url" | "rawBody" | "body">) =>
  createHash("sha256")
    .update(`${req.method} ${req.url}\n`)
    .update(req.rawBody ?? JSON.stringify(req.body ?? null))
    .digest("base64url");

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The reserved keys in the store: take one, read it, give it back, and forget those older than a day. */
function idempotencyKeys(ctx: AppContext) {
  const db = ctx.db;
  let lastSweep = 0;

  async function sweep(now: number) {
    if (now - lastSweep < 3_600_000) return;
    lastSweep = now;
    const cutoff = new Date(now - DAY_MS).toISOString();
    await db.deleteFrom("idempotency_keys").where("created_at", "<", cutoff).execute();
  }

  const row = (scope: string, key: string) =>
    db
      .selectFrom("idempotency_keys")
      .selectAll()
      .where("scope", "=", scope)
      .where("key", "=", key)
      .executeTakeFirst();

  async function reserve(scope: string, key: string, fingerprint: string): Promise<boolean> {
    const r = await db
      .insertInto("idempotency_keys")
      .values({
        scope,
        key,
        fingerprint,
        state: "pending",
        status_code: null,
        content_type: null,
        location: null,
        body: null,
        created_at: ctx.clock.now().toISOString(),
      })
      .onConflict((oc) => oc.columns(["scope", "key"]).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async function release(scope: string, key: string) {
    await db.deleteFrom("idempotency_keys").where("scope", "=", scope).where("key", "=", key).execute();
  }

  return { sweep, row, reserve, release };
}

/**
 * Every POST honours `Idempotency-Key` (CONTRACT.md): the same key from the same workspace within 24
 * hours answers what the first request answered and does nothing again. The first request reserves the
 * key in the store before its handler runs, so a duplicate on another process sees it too; a duplicate
 * that arrives while the first still runs waits for its answer, and gets 409 if it does not come.
 */
export function installIdempotency(app: App, ctx: AppContext, options: IdempotencyOptions = {}) {
  const waitMs = options.waitMs ?? 10_000;
  app.decorateRequest("idempotency", null);

  const { sweep, row, reserve, release } = idempotencyKeys(ctx);

  app.addHook("preHandler", (req, reply, done) => {
    if (req.method !== "POST" || req.headers[IDEMPOTENCY_HEADER] === undefined) return done();
    return hold(req, reply);
  });
  const hold = async (req: FastifyRequest, reply: FastifyReply) => {
    const key = req.headers[IDEMPOTENCY_HEADER];
    if (key === undefined) return;
    if (typeof key !== "string" || !KEY.test(key))
      return reply
        .status(400)
        .send(
          errorBody(
            "invalid",
            "Idempotency-Key must be 1 to 255 visible ASCII characters",
            "Idempotency-Key",
          ),
        );
    // An anonymous caller has no scope of its own: keys of strangers must never meet.
    const actor = req.actor;
    if (!actor) return;
    const scope = actor.workspaceId || `token:${actor.tokenId ?? actor.userId ?? "?"}`;
    const fingerprint = requestFingerprint(req);
    const now = ctx.clock.now().getTime();
    await sweep(now);
    for (let waited = 0; ; waited += POLL_MS) {
      if (await reserve(scope, key, fingerprint)) {
        req.idempotency = { scope, key };
        return;
      }
      const prior = await row(scope, key);
      if (!prior) continue; // released between our insert and read: try to take it
      const age = now - Date.parse(prior.created_at);
      if (age > DAY_MS || (prior.state === "pending" && age > ABANDONED_MS)) {
        await release(scope, key);
        continue;
      }
      if (prior.fingerprint !== fingerprint)
        return reply
          .status(422)
          .send(
            errorBody(
              "invalid",
              "this Idempotency-Key was used for another request; use a new key",
              "Idempotency-Key",
            ),
          );
      if (prior.state === "done") {
        reply.status(prior.status_code ?? 200).header("idempotent-replayed", "true");
        if (prior.content_type) reply.header("content-type", prior.content_type);
        if (prior.location) reply.header("location", prior.location);
        return reply.send(prior.body ?? "");
      }
      if (waited >= waitMs)
        return reply
          .status(409)
          .send(
            errorBody(
              "conflict",
              "a request with this Idempotency-Key is still running; retry later",
              "Idempotency-Key",
            ),
          );
      await sleep(POLL_MS);
    }
  };

  // Hooks on every request answer synchronously when they have nothing to do: an async hook costs a
  // promise and a microtask per request, a measurable share of a status page served from memory.
  app.addHook("onSend", (req, reply, payload, done) => {
    const held = req.idempotency;
    if (!held) return done(null, payload);
    req.idempotency = null;
    return remember(held, reply, payload);
  });
  const remember = async (
    held: NonNullable<FastifyRequest["idempotency"]>,
    reply: FastifyReply,
    payload: unknown,
  ) => {
    const text = typeof payload === "string" ? payload : Buffer.isBuffer(payload) ? payload.toString() : null;
    // A server error did not finish the work (or not knowingly): the key is freed so a retry runs again.
    if (reply.statusCode >= 500 || text === null) {
      await release(held.scope, held.key);
      return payload;
    }
    const header = (name: string) => {
      const v = reply.getHeader(name);
      return v === undefined ? null : String(v);
    };
    await ctx.db
      .updateTable("idempotency_keys")
      .set({
        state: "done",
        status_code: reply.statusCode,
        content_type: header("content-type"),
        location: header("location"),
        body: text,
      })
      .where("scope", "=", held.scope)
      .where("key", "=", held.key)
      .execute();
    return payload;
  };

  // A request that ends without sending (the client went away mid-handler) must not hold its key.
  app.addHook("onResponse", (req, _reply, done) => {
    const held = req.idempotency;
    if (!held) return done();
    req.idempotency = null;
    return release(held.scope, held.key);
  });
}
