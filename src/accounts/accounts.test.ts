import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const cookieOf = (setCookie: string | string[] | undefined) =>
  String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(";")[0] ?? "";

describe("accounts", () => {
  it("bootstraps once: a workspace, an admin and a one-time login link", async () => {
    // The harness made a workspace already, so bootstrap on this store does nothing.
    expect(await h.ctx.services.accounts.bootstrap()).toBeNull();
  });

  it("the first admin (admin@localhost) can log in with a password once one is set", async () => {
    const accounts = h.ctx.services.accounts;
    const admin = await accounts.createUser({
      email: "admin@localhost",
      name: "Admin",
      password: "first admin password",
    });
    await accounts.addMember(h.workspaceId, admin.id, "admin");
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "admin@localhost", password: "first admin password" },
    });
    expect(res.statusCode).toBe(200);
    const bad = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "nobody", password: "x" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("email");
  });

  it("a login link works exactly once and gives a session that can set a password", async () => {
    const accounts = h.ctx.services.accounts;
    const user = await accounts.createUser({ email: "Lead@Shop.test", name: "Lead" });
    await accounts.addMember(h.workspaceId, user.id, "responder");
    const link = await accounts.createLoginLink(user.id, h.workspaceId);
    const token = new URL(link).searchParams.get("link") ?? "";

    const first = await h.app.inject({ method: "POST", url: "/api/v1/auth/link", payload: { token } });
    expect(first.statusCode).toBe(200);
    expect(first.json().user.email).toBe("lead@shop.test");
    expect(first.json().role).toBe("responder");
    const again = await h.app.inject({ method: "POST", url: "/api/v1/auth/link", payload: { token } });
    expect(again.statusCode).toBe(401);

    const cookie = cookieOf(first.headers["set-cookie"]);
    expect(cookie).toMatch(/^fb_session=/);
    const noCsrf = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/password",
      headers: { cookie },
      payload: { password: "correct horse battery" },
    });
    expect(noCsrf.statusCode).toBe(403);
    const short = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/password",
      headers: { cookie, "x-firebreak-csrf": "1" },
      payload: { password: "short" },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.field).toBe("password");
    const set = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/password",
      headers: { cookie, "x-firebreak-csrf": "1" },
      payload: { password: "correct horse battery" },
    });
    expect(set.statusCode).toBe(204);
  });

  it("logs in with a password, answers /me, and logs out", async () => {
    const bad = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "lead@shop.test", password: "wrong password!" },
    });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe("unauthorized");

    const ok = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "lead@shop.test", password: "correct horse battery" },
    });
    expect(ok.statusCode).toBe(200);
    const cookie = cookieOf(ok.headers["set-cookie"]);
    expect(String(ok.headers["set-cookie"])).toMatch(/HttpOnly/i);
    const me = await h.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: { cookie } });
    expect(me.json().workspace.slug).toBe("test-shop");
    expect(me.json().workspaces).toHaveLength(1);

    const out = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { cookie, "x-firebreak-csrf": "1" },
    });
    expect(out.statusCode).toBe(204);
    const after = await h.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it("switches workspace only to one the user belongs to", async () => {
    const accounts = h.ctx.services.accounts;
    const other = await accounts.createWorkspace({ name: "Second brand", slug: "second-brand" });
    const stranger = await accounts.createWorkspace({ name: "Not mine", slug: "not-mine" });
    const user = await accounts.createUser({
      email: "agency@shop.test",
      name: "Agency",
      password: "agency password 1",
    });
    await accounts.addMember(h.workspaceId, user.id, "admin");
    await accounts.addMember(other.id, user.id, "viewer");
    const login = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "agency@shop.test", password: "agency password 1" },
    });
    const headers = { cookie: cookieOf(login.headers["set-cookie"]), "x-firebreak-csrf": "1" };
    const sw = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/workspace",
      headers,
      payload: { workspace_id: other.id },
    });
    expect(sw.statusCode).toBe(200);
    expect(sw.json().workspace.slug).toBe("second-brand");
    expect(sw.json().role).toBe("viewer");
    const denied = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/workspace",
      headers,
      payload: { workspace_id: stranger.id },
    });
    expect(denied.statusCode).toBe(404);
  });

  it("only an instance administrator creates a workspace, and becomes its admin; slugs are unique", async () => {
    const login = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "agency@shop.test", password: "agency password 1" },
    });
    const headers = { cookie: cookieOf(login.headers["set-cookie"]), "x-firebreak-csrf": "1" };
    const refused = await h.app.inject({
      method: "POST",
      url: "/api/v1/workspaces",
      headers,
      payload: { name: "Sklep Kasi", slug: "sklep-kasi" },
    });
    expect(refused.statusCode).toBe(403);
    const agency = await h.ctx.services.accounts.createUser({ email: "agency@shop.test", name: "Agency" });
    await h.ctx.services.accounts.setInstanceAdmin(agency.id, true);
    const made = await h.app.inject({
      method: "POST",
      url: "/api/v1/workspaces",
      headers,
      payload: { name: "Sklep Kasi", slug: "sklep-kasi", language: "pl", currency: "PLN" },
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ slug: "sklep-kasi", language: "pl", currency: "PLN" });
    const me = await h.app.inject({ method: "GET", url: "/api/v1/auth/me", headers });
    const mine = me.json().workspaces.find((w: { slug: string }) => w.slug === "sklep-kasi");
    expect(mine.role).toBe("admin");
    const again = await h.app.inject({
      method: "POST",
      url: "/api/v1/workspaces",
      headers,
      payload: { name: "Other", slug: "sklep-kasi" },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.field).toBe("slug");
    const badSlug = await h.app.inject({
      method: "POST",
      url: "/api/v1/workspaces",
      headers,
      payload: { name: "Other", slug: "Not A Slug!" },
    });
    expect(badSlug.json().error.field).toBe("slug");
  });

  it("API tokens: shown once, stored hashed, limited by role, revocable", async () => {
    const created = await h.app.inject({
      method: "POST",
      url: "/api/v1/tokens",
      headers: h.auth("admin"),
      payload: { name: "shop sync", role: "responder" },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^fbt_/);
    const rows = await h.ctx.db.selectFrom("api_tokens").select("token_hash").execute();
    expect(rows.some((r) => r.token_hash === token)).toBe(false);

    const list = await h.app.inject({ method: "GET", url: "/api/v1/tokens", headers: h.auth("admin") });
    expect(JSON.stringify(list.json())).not.toContain(token);

    const asViewer = await h.app.inject({ method: "GET", url: "/api/v1/tokens", headers: h.auth("viewer") });
    expect(asViewer.statusCode).toBe(403);

    const use = await h.app.inject({
      method: "GET",
      url: "/api/v1/overview",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(use.statusCode).toBe(200);
    const del = await h.app.inject({
      method: "DELETE",
      url: `/api/v1/tokens/${id}`,
      headers: h.auth("admin"),
    });
    expect(del.statusCode).toBe(204);
    const revoked = await h.app.inject({
      method: "GET",
      url: "/api/v1/overview",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.statusCode).toBe(401);
  });

  it("adds users with a role; duplicates are refused with the field named", async () => {
    const payload = { email: "care@shop.test", name: "Care", role: "responder", password: "care password 1" };
    const first = await h.app.inject({ method: "POST", url: "/api/v1/users", headers: h.auth(), payload });
    expect(first.statusCode).toBe(201);
    const dup = await h.app.inject({ method: "POST", url: "/api/v1/users", headers: h.auth(), payload });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.field).toBe("email");
    const users = await h.app.inject({ method: "GET", url: "/api/v1/users", headers: h.auth("viewer") });
    expect(users.json().items.map((u: { email: string }) => u.email)).toContain("care@shop.test");
  });

  it("refuses an invitation when the server has no e-mail, saying so on the field", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/invitations",
      headers: h.auth(),
      payload: { email: "new@shop.test", role: "viewer" },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ field: "email" });
    expect(res.json().error.message).toMatch(/SMTP_HOST/);
  });
});
