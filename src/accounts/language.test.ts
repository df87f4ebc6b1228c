import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const cookieOf = (setCookie: string | string[] | undefined) =>
  String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(";")[0] ?? "";

async function sessionFor(email: string) {
  const accounts = h.ctx.services.accounts;
  const user = await accounts.createUser({ email, name: "Ola", password: "a long enough password" });
  await accounts.addMember(h.workspaceId, user.id, "viewer");
  const res = await h.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password: "a long enough password" },
  });
  return { cookie: cookieOf(res.headers["set-cookie"]), "x-firebreak-csrf": "1" };
}

describe("dashboard language", () => {
  it("is null until chosen, then kept on the user and given back by /auth/me", async () => {
    const headers = await sessionFor("ola@shop.test");
    const before = await h.app.inject({ method: "GET", url: "/api/v1/auth/me", headers });
    expect(before.json().user.language).toBeNull();

    const put = await h.app.inject({
      method: "PUT",
      url: "/api/v1/auth/language",
      headers,
      payload: { language: "pl" },
    });
    expect(put.statusCode).toBe(204);
    const after = await h.app.inject({ method: "GET", url: "/api/v1/auth/me", headers });
    expect(after.json().user.language).toBe("pl");

    const back = await h.app.inject({
      method: "PUT",
      url: "/api/v1/auth/language",
      headers,
      payload: { language: null },
    });
    expect(back.statusCode).toBe(204);
    const last = await h.app.inject({ method: "GET", url: "/api/v1/auth/me", headers });
    expect(last.json().user.language).toBeNull();
  });

  it("refuses a language the dashboard does not speak, naming the field", async () => {
    const headers = await sessionFor("jan@shop.test");
    const res = await h.app.inject({
      method: "PUT",
      url: "/api/v1/auth/language",
      headers,
      payload: { language: "xx" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("language");
  });

  it("an API token has no language to keep", async () => {
    const res = await h.app.inject({
      method: "PUT",
      url: "/api/v1/auth/language",
      headers: { ...h.auth("viewer") },
      payload: { language: "de" },
    });
    expect(res.statusCode).toBe(400);
  });
});
