import { beforeAll, describe, expect, it } from "vitest";
import { hashSecret } from "../core/ids.js";
import { setupMailHarness } from "../testing/mail-harness.js";

const { h, smtp } = setupMailHarness();
let ada: { cookie: string; id: string };

const cookieOf = (setCookie: string | string[] | undefined) =>
  String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(";")[0] ?? "";
const as = (cookie: string) => ({ cookie, "x-firebreak-csrf": "1" });

async function login(email: string, password: string) {
  const res = await h.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });
  return { status: res.statusCode, cookie: cookieOf(res.headers["set-cookie"]), body: res.json() };
}

/** The link in the newest e-mail to `to`, and its text. */
async function mailTo(to: string, count: number) {
  const all = await smtp.waitFor(count);
  const m = all.filter((x) => x.to && JSON.stringify(x.to).includes(to)).at(-1);
  const text = m?.text ?? "";
  return { text, subject: m?.subject ?? "", link: text.match(/https?:\/\/\S+/)?.[0] ?? "" };
}

async function invite(email: string, role = "responder", language?: string) {
  const res = await h.app.inject({
    method: "POST",
    url: "/api/v1/invitations",
    headers: as(ada.cookie),
    payload: { email, role, ...(language ? { language } : {}) },
  });
  await h.ctx.jobs.drain();
  return res;
}

beforeAll(async () => {
  const accounts = h.ctx.services.accounts;
  const user = await accounts.createUser({
    email: "ada@shop.test",
    name: "Ada",
    password: "ada's long password",
  });
  await accounts.addMember(h.workspaceId, user.id, "admin");
  ada = { cookie: (await login("ada@shop.test", "ada's long password")).cookie, id: user.id };
});

describe("invitations", () => {
  it("an admin invites by e-mail; the link is stored hashed, lasts 7 days and is mailed over SMTP", async () => {
    const refused = await h.app.inject({
      method: "POST",
      url: "/api/v1/invitations",
      headers: h.auth("responder"),
      payload: { email: "alice@shop.test", role: "responder" },
    });
    expect(refused.statusCode).toBe(403);
    const res = await invite("Alice@Shop.test", "responder", "pl");
    expect(res.statusCode).toBe(201);
    const inv = res.json();
    expect(inv.email).toBe("alice@shop.test");
    expect(Date.parse(inv.expires_at) - Date.parse(inv.created_at)).toBe(7 * 86400_000);

    const mail = await mailTo("alice@shop.test", 1);
    expect(mail.subject).toContain("Test shop");
    expect(mail.text).toContain("zaprasza");
    const token = new URL(mail.link).searchParams.get("token") ?? "";
    expect(new URL(mail.link).pathname).toBe("/invite");
    const row = await h.ctx.db
      .selectFrom("invitations")
      .selectAll()
      .where("id", "=", inv.id)
      .executeTakeFirst();
    expect(row?.token_hash).toBe(hashSecret(token));
    expect(JSON.stringify(row)).not.toContain(token);

    const list = await h.app.inject({ method: "GET", url: "/api/v1/invitations", headers: as(ada.cookie) });
    expect(list.json().items.map((i: { email: string }) => i.email)).toContain("alice@shop.test");
  });

  it("accepting sets name and password, logs in with the invited role, and works once", async () => {
    const { link } = await mailTo("alice@shop.test", 1);
    const token = new URL(link).searchParams.get("token") ?? "";
    const info = await h.app.inject({ method: "POST", url: "/api/v1/auth/invitation", payload: { token } });
    expect(info.json()).toMatchObject({
      email: "alice@shop.test",
      workspace_name: "Test shop",
      has_account: false,
    });

    const short = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/invitation/accept",
      payload: { token, name: "Alice", password: "short" },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.field).toBe("password");
    const ok = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/invitation/accept",
      payload: { token, name: "Alice Nowak", password: "alice's long password" },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ role: "responder", user: { name: "Alice Nowak" } });
    const me = await h.app.inject({
      method: "GET",
      url: "/api/v1/auth/me",
      headers: as(cookieOf(ok.headers["set-cookie"])),
    });
    expect(me.json().user.email).toBe("alice@shop.test");

    const twice = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/invitation/accept",
      payload: { token, name: "Mallory", password: "mallory's password" },
    });
    expect(twice.statusCode).toBe(404);
    expect((await login("alice@shop.test", "alice's long password")).status).toBe(200);
    const again = await invite("alice@shop.test");
    expect(again.statusCode).toBe(409);
    expect(again.json().error.field).toBe("email");
  });

  it("a link stops working after 7 days, and a newer invitation replaces an older one", async () => {
    await invite("bob@shop.test");
    const old = new URL((await mailTo("bob@shop.test", 2)).link).searchParams.get("token") ?? "";
    await invite("bob@shop.test");
    const fresh = new URL((await mailTo("bob@shop.test", 3)).link).searchParams.get("token") ?? "";
    expect(fresh).not.toBe(old);
    const replaced = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/invitation",
      payload: { token: old },
    });
    expect(replaced.statusCode).toBe(404);

    h.clock.advance(7 * 86400_000 + 60_000);
    try {
      const late = await h.app.inject({
        method: "POST",
        url: "/api/v1/auth/invitation/accept",
        payload: { token: fresh, name: "Bob", password: "bob's long password" },
      });
      expect(late.statusCode).toBe(404);
      expect(late.json().error.message).toMatch(/expired/);
    } finally {
      h.clock.advance(-(7 * 86400_000 + 60_000));
    }
  });

  it("someone who has an account joins with their own password; the link cannot take it over", async () => {
    const other = await h.ctx.services.accounts.createUser({
      email: "carla@other.test",
      name: "Carla",
      password: "carla's long password",
    });
    await invite("carla@other.test", "viewer");
    const token = new URL((await mailTo("carla@other.test", 4)).link).searchParams.get("token") ?? "";
    const info = await h.app.inject({ method: "POST", url: "/api/v1/auth/invitation", payload: { token } });
    expect(info.json().has_account).toBe(true);
    const wrong = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/invitation/accept",
      payload: { token, name: "Not Carla", password: "someone else's pw" },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.field).toBe("password");
    const right = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/invitation/accept",
      payload: { token, password: "carla's long password" },
    });
    expect(right.statusCode).toBe(200);
    expect(right.json()).toMatchObject({ role: "viewer", user: { id: other.id, name: "Carla" } });
  });
});

describe("roles, resets and your own details", () => {
  const idOf = async (email: string) =>
    (await h.ctx.db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;

  it("only an admin changes roles, and a workspace always keeps an admin", async () => {
    const alice = await idOf("alice@shop.test");
    const byResponder = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/users/${alice}`,
      headers: h.auth("responder"),
      payload: { role: "admin" },
    });
    expect(byResponder.statusCode).toBe(403);
    const last = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/users/${ada.id}`,
      headers: as(ada.cookie),
      payload: { role: "viewer" },
    });
    expect(last.statusCode).toBe(409);
    expect(last.json().error.field).toBe("role");
    const promote = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/users/${alice}`,
      headers: as(ada.cookie),
      payload: { role: "admin" },
    });
    expect(promote.json()).toMatchObject({ id: alice, role: "admin" });
    // Both admins demote each other at the same moment: one must be refused.
    const aliceCookie = (await login("alice@shop.test", "alice's long password")).cookie;
    const [a, b] = await Promise.all([
      h.app.inject({
        method: "PATCH",
        url: `/api/v1/users/${alice}`,
        headers: as(ada.cookie),
        payload: { role: "responder" },
      }),
      h.app.inject({
        method: "PATCH",
        url: `/api/v1/users/${ada.id}`,
        headers: as(aliceCookie),
        payload: { role: "responder" },
      }),
    ]);
    // The loser is refused either by the workspace lock (409, both passed the role check) or, when the
    // winner committed before its role check ran, because it is no longer an admin (403).
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes[0]).toBe(200);
    expect([403, 409]).toContain(codes[1]);
    const admins = await h.ctx.db
      .selectFrom("memberships")
      .select("user_id")
      .where("workspace_id", "=", h.workspaceId)
      .where("role", "=", "admin")
      .execute();
    expect(admins).toHaveLength(1);
    // Ada stays the admin for the tests below.
    if (admins[0]?.user_id !== ada.id) {
      await h.ctx.services.accounts.addMember(h.workspaceId, ada.id, "admin");
      await h.ctx.services.accounts.addMember(h.workspaceId, alice, "responder");
    }
  });

  it("an admin's reset mails a one-time link and ends the member's sessions at once", async () => {
    const alice = await idOf("alice@shop.test");
    const session = (await login("alice@shop.test", "alice's long password")).cookie;
    ada.cookie = (await login("ada@shop.test", "ada's long password")).cookie;
    const res = await h.app.inject({
      method: "POST",
      url: `/api/v1/users/${alice}/password-reset`,
      headers: as(ada.cookie),
    });
    expect(res.statusCode).toBe(202);
    const ended = await h.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: as(session) });
    expect(ended.statusCode).toBe(401);
    await h.ctx.jobs.drain();
    const mail = await mailTo("alice@shop.test", 5);
    const token = new URL(mail.link).searchParams.get("link") ?? "";
    const opened = await h.app.inject({ method: "POST", url: "/api/v1/auth/link", payload: { token } });
    expect(opened.statusCode).toBe(200);
    const set = await h.app.inject({
      method: "POST",
      url: "/api/v1/auth/password",
      headers: as(cookieOf(opened.headers["set-cookie"])),
      payload: { password: "alice's new password" },
    });
    expect(set.statusCode).toBe(204);
    expect((await login("alice@shop.test", "alice's long password")).status).toBe(401);
    expect((await login("alice@shop.test", "alice's new password")).status).toBe(200);
    const twice = await h.app.inject({ method: "POST", url: "/api/v1/auth/link", payload: { token } });
    expect(twice.statusCode).toBe(401);
    const stranger = await h.app.inject({
      method: "POST",
      url: "/api/v1/users/00000000-0000-7000-8000-000000000000/password-reset",
      headers: as(ada.cookie),
    });
    expect(stranger.statusCode).toBe(404);
  });

  it("each person changes their own name, and their e-mail only with the current password", async () => {
    const cookie = (await login("alice@shop.test", "alice's new password")).cookie;
    const named = await h.app.inject({
      method: "PATCH",
      url: "/api/v1/auth/me",
      headers: as(cookie),
      payload: { name: "Alicja Nowak" },
    });
    expect(named.json().user.name).toBe("Alicja Nowak");
    const bare = await h.app.inject({
      method: "PATCH",
      url: "/api/v1/auth/me",
      headers: as(cookie),
      payload: { email: "alicja@shop.test" },
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.field).toBe("current_password");
    const taken = await h.app.inject({
      method: "PATCH",
      url: "/api/v1/auth/me",
      headers: as(cookie),
      payload: { email: "ada@shop.test", current_password: "alice's new password" },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.field).toBe("email");
    const moved = await h.app.inject({
      method: "PATCH",
      url: "/api/v1/auth/me",
      headers: as(cookie),
      payload: { email: "Alicja@Shop.test", current_password: "alice's new password" },
    });
    expect(moved.json().user.email).toBe("alicja@shop.test");
    expect((await login("alicja@shop.test", "alice's new password")).status).toBe(200);
  });
});
