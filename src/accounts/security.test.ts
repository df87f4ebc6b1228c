import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { MAX_FAILURES } from "./throttle.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const cookieOf = (setCookie: string | string[] | undefined) =>
  String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(";")[0] ?? "";

async function person(email: string, password: string, role: "admin" | "responder" | "viewer") {
  const accounts = h.ctx.services.accounts;
  const user = await accounts.createUser({ email, name: email.split("@")[0] ?? "", password });
  await accounts.addMember(h.workspaceId, user.id, role);
  return user;
}

async function login(email: string, password: string) {
  const res = await h.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });
  return { res, headers: { cookie: cookieOf(res.headers["set-cookie"]), "x-firebreak-csrf": "1" } };
}

const me = async (headers: { cookie: string }) =>
  (await h.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: { cookie: headers.cookie } }))
    .statusCode;

describe("password change", () => {
  it("asks for the current password and ends the person's other sessions, keeping this one", async () => {
    await person("pw@shop.test", "first password 1", "responder");
    const laptop = await login("pw@shop.test", "first password 1");
    const phone = await login("pw@shop.test", "first password 1");
    expect(await me(phone.headers)).toBe(200);

    const change = (payload: object) =>
      h.app.inject({ method: "POST", url: "/api/v1/auth/password", headers: laptop.headers, payload });
    const missing = await change({ password: "second password 2" });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe("current_password");
    const wrong = await change({ current_password: "not it at all", password: "second password 2" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.field).toBe("current_password");
    expect(await me(phone.headers)).toBe(200);

    const ok = await change({ current_password: "first password 1", password: "second password 2" });
    expect(ok.statusCode).toBe(204);
    expect(await me(laptop.headers)).toBe(200);
    expect(await me(phone.headers)).toBe(401);
    expect((await login("pw@shop.test", "first password 1")).res.statusCode).toBe(401);
    expect((await login("pw@shop.test", "second password 2")).res.statusCode).toBe(200);
  });

  it("a fresh session from a one-time login link resets a forgotten password", async () => {
    const user = await person("forgot@shop.test", "forgotten pass 1", "viewer");
    const link = await h.ctx.services.accounts.createLoginLink(user.id, h.workspaceId);
    const token = new URL(link).searchParams.get("link") ?? "";
    const res = await h.app.inject({ method: "POST", url: "/api/v1/auth/link", payload: { token } });
    const headers = { cookie: cookieOf(res.headers["set-cookie"]), "x-firebreak-csrf": "1" };
    const set = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/password",
      headers,
      payload: { password: "remembered pass 2" },
    });
    expect(set.statusCode).toBe(204);
    // Only once: the reset window closes with the change.
    const again = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/password",
      headers,
      payload: { password: "third password 3" },
    });
    expect(again.json().error.field).toBe("current_password");
  });
});

describe("member removal", () => {
  it("an admin removes a member; their sessions end at once; others cannot", async () => {
    const leaver = await person("leaver@shop.test", "leaver password 1", "responder");
    const session = await login("leaver@shop.test", "leaver password 1");
    expect(await me(session.headers)).toBe(200);

    const asResponder = await h.app.inject({
      method: "DELETE",
      url: `/api/v1/users/${leaver.id}`,
      headers: h.auth("responder"),
    });
    expect(asResponder.statusCode).toBe(403);
    const del = await h.app.inject({
      method: "DELETE",
      url: `/api/v1/users/${leaver.id}`,
      headers: h.auth(),
    });
    expect(del.statusCode).toBe(204);
    expect(await me(session.headers)).toBe(401);
    const left = await h.ctx.db
      .selectFrom("sessions")
      .select("id_hash")
      .where("user_id", "=", leaver.id)
      .execute();
    expect(left).toHaveLength(0);
    const list = await h.app.inject({ method: "GET", url: "/api/v1/users", headers: h.auth("viewer") });
    expect(list.json().items.map((m: { email: string }) => m.email)).not.toContain("leaver@shop.test");
    const twice = await h.app.inject({
      method: "DELETE",
      url: `/api/v1/users/${leaver.id}`,
      headers: h.auth(),
    });
    expect(twice.statusCode).toBe(404);
  });

  it("the last admin cannot be removed", async () => {
    const accounts = h.ctx.services.accounts;
    const ws = await accounts.createWorkspace({ name: "Solo", slug: "solo" });
    const solo = await person("solo@shop.test", "solo password 1", "viewer");
    await accounts.addMember(ws.id, solo.id, "admin");
    const token = await accounts.createToken({ workspaceId: ws.id, name: "a", role: "admin" });
    const res = await h.app.inject({
      method: "DELETE",
      url: `/api/v1/users/${solo.id}`,
      headers: { authorization: `Bearer ${token.token}` },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/last admin/);
  });
});

describe("login throttling per account", () => {
  it(`refuses an account after ${MAX_FAILURES} wrong passwords with a message and Retry-After`, async () => {
    await person("target@shop.test", "the real password", "viewer");
    // Straight to the service: the per-address limit of the login route is another test's business.
    for (let i = 0; i < MAX_FAILURES; i++) {
      await expect(h.ctx.services.accounts.login("target@shop.test", `guess number ${i}`)).rejects.toThrow(
        /wrong e-mail or password/,
      );
    }
    const locked = (await login("target@shop.test", "the real password")).res;
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toMatchObject({ code: "rate_limited" });
    expect(locked.json().error.message).toMatch(/retry in \d+ s/);
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
    // Another account is not affected.
    await person("other@shop.test", "other password 1", "viewer");
    expect((await login("other@shop.test", "other password 1")).res.statusCode).toBe(200);
  });
});
