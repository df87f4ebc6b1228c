import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../core/actor.js";
import { hashSecret } from "../core/ids.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { ActorCache } from "./actor-cache.js";

const actor = (role: Actor["role"]): Actor => ({
  workspaceId: "w",
  role,
  userId: null,
  tokenId: "t",
  label: "token",
});

describe("the actor cache", () => {
  it("answers from memory until the entry is ttl old, then looks up again", async () => {
    let now = 0;
    let lookups = 0;
    const cache = new ActorCache(2000, () => now);
    const lookup = async () => {
      lookups++;
      return actor("viewer");
    };
    await cache.resolve("k", lookup);
    now = 1999;
    expect(await cache.resolve("k", lookup)).toEqual(actor("viewer"));
    expect(lookups).toBe(1);
    now = 2000;
    await cache.resolve("k", lookup);
    expect(lookups).toBe(2);
  });

  it("keeps no caller that was not found, and hands out copies", async () => {
    const cache = new ActorCache(2000, () => 0);
    expect(await cache.resolve("nobody", async () => null)).toBeNull();
    expect(cache.size).toBe(0);
    const first = await cache.resolve("k", async () => actor("viewer"));
    if (first) first.role = "admin";
    expect((await cache.resolve("k", async () => actor("responder")))?.role).toBe("viewer");
  });

  it("does not keep the answer of a lookup that was under way when the cache was emptied", async () => {
    const cache = new ActorCache(2000, () => 0);
    let answer: (a: Actor) => void = () => undefined;
    const slow = cache.resolve("k", () => new Promise<Actor>((r) => (answer = r)));
    cache.clear();
    answer(actor("admin"));
    expect((await slow)?.role).toBe("admin");
    expect((await cache.resolve("k", async () => actor("viewer")))?.role).toBe("viewer");
  });

  it("shares a lookup under way among the callers that arrive meanwhile, each with its own copy", async () => {
    let lookups = 0;
    let answer: (a: Actor) => void = () => undefined;
    const cache = new ActorCache(2000, () => 0);
    const lookup = () => {
      lookups++;
      return new Promise<Actor>((r) => (answer = r));
    };
    const calls = [cache.resolve("k", lookup), cache.resolve("k", lookup), cache.resolve("k", lookup)];
    answer(actor("viewer"));
    const got = await Promise.all(calls);
    // On the old code each of the three read the store.
    expect(lookups).toBe(1);
    expect(got.map((a) => a?.role)).toEqual(["viewer", "viewer", "viewer"]);
    expect(new Set(got).size).toBe(3);
  });

  it("does not share a lookup that began before the cache was emptied", async () => {
    let answer: (a: Actor) => void = () => undefined;
    const cache = new ActorCache(2000, () => 0);
    const before = cache.resolve("k", () => new Promise<Actor>((r) => (answer = r)));
    cache.clear();
    const after = await cache.resolve("k", async () => actor("viewer"));
    answer(actor("admin"));
    expect((await before)?.role).toBe("admin");
    expect(after?.role).toBe("viewer");
  });

  it("holds at most `max` callers, forgetting the oldest", async () => {
    let lookups = 0;
    const cache = new ActorCache(2000, () => 0, 2);
    const lookup = async () => {
      lookups++;
      return actor("viewer");
    };
    for (const k of ["a", "b", "c", "a"]) await cache.resolve(k, lookup);
    expect(cache.size).toBe(2);
    expect(lookups).toBe(4);
  });
});

describe("cached callers and changes to them", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h.close());

  const overview = (headers: Record<string, string>) =>
    h.app.inject({ method: "GET", url: "/api/v1/overview", headers });

  it("a revoked token is refused on the very next request", async () => {
    const created = await h.ctx.services.accounts.createToken({
      workspaceId: h.workspaceId,
      name: "soon gone",
      role: "viewer",
    });
    const bearer = { authorization: `Bearer ${created.token}` };
    expect((await overview(bearer)).statusCode).toBe(200);
    expect((await overview(bearer)).statusCode).toBe(200);

    const del = await h.app.inject({
      method: "DELETE",
      url: `/api/v1/tokens/${created.id}`,
      headers: h.auth("admin"),
    });
    expect(del.statusCode).toBe(204);
    expect((await overview(bearer)).statusCode).toBe(401);
  });

  it("a new role applies to the very next request of a logged-in member", async () => {
    const accounts = h.ctx.services.accounts;
    const user = await accounts.createUser({
      email: "rolled@shop.test",
      name: "R",
      password: "rolled password 1",
    });
    await accounts.addMember(h.workspaceId, user.id, "admin");
    // Another admin, so this one may be demoted.
    const keeper = await accounts.createUser({
      email: "keeper@shop.test",
      name: "K",
      password: "keeper password 1",
    });
    await accounts.addMember(h.workspaceId, keeper.id, "admin");
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "rolled@shop.test", password: "rolled password 1" },
    });
    const cookie = String(res.headers["set-cookie"]).split(";")[0] ?? "";
    const tokens = () => h.app.inject({ method: "GET", url: "/api/v1/tokens", headers: { cookie } });
    expect((await tokens()).statusCode).toBe(200);
    const demote = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/users/${user.id}`,
      headers: h.auth("admin"),
      payload: { role: "viewer" },
    });
    expect(demote.statusCode, demote.body).toBe(200);
    expect((await tokens()).statusCode).toBe(403);
  });

  it("a token revoked by another process (straight in the store) is refused once the entry is 2 s old", async () => {
    const created = await h.ctx.services.accounts.createToken({
      workspaceId: h.workspaceId,
      name: "revoked elsewhere",
      role: "viewer",
    });
    const bearer = { authorization: `Bearer ${created.token}` };
    expect((await overview(bearer)).statusCode).toBe(200);
    await h.ctx.db
      .updateTable("api_tokens")
      .set({ revoked_at: new Date().toISOString() })
      .where("token_hash", "=", hashSecret(created.token))
      .execute();
    // This process was not told: the cached caller stands until the entry is FIREBREAK_AUTH_CACHE_MS old.
    expect((await overview(bearer)).statusCode).toBe(200);
    h.clock.advance(2000);
    expect((await overview(bearer)).statusCode).toBe(401);
  });
});
