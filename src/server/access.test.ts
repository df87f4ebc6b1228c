import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { installAuth, type RegisteredRoute, registeredRoutes } from "./auth.js";
import type { App } from "./types.js";

/**
 * The routes that answer without credentials, on purpose. Anything else that answers a stranger is a
 * hole. A new public route must be added here, which makes it a reviewed decision.
 */
const PUBLIC = [
  /^\/healthz$/,
  /^\/readyz$/,
  /^\/api\/v1\/auth\/(login|link)$/,
  /^\/api\/v1\/auth\/invitation(\/accept)?$/, // the invitation token is the credential
  /^\/\*$/, // the dashboard's files: the login page must load
  /^\/status(\.json|\/.*)?$/, // the public status page
  /^\/api\/v2\/[\w/-]+\.json$/, // the status page in Statuspage's public API v2 shapes
  /^\/api\/openapi\.json$/, // the API's description, fetched by generators before they hold a token
  /^\/api\/v1\/inbound\//, // signed inbound webhooks: the signature is the credential
];

let h: Harness;
let routes: RegisteredRoute[];

beforeAll(async () => {
  h = await createHarness({ dashboard: true });
  routes = registeredRoutes(h.app);
});
afterAll(async () => h.close());

const FAKE_ID = "00000000-0000-7000-8000-000000000000";

describe("access control", () => {
  it("sees every registered route", () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.some((r) => r.url === "/api/v1/tokens" && r.method === "POST")).toBe(true);
  });

  it("every route but the public ones refuses a caller without credentials", async () => {
    const open: string[] = [];
    for (const r of routes) {
      const isPublic = PUBLIC.some((p) => p.test(r.url));
      if (isPublic) {
        expect(r.access, `${r.method} ${r.url}`).toBe("public");
        continue;
      }
      expect(r.access, `${r.method} ${r.url} must not be public`).not.toBe("public");
      const url = r.url.replace(/:(\w+)/g, FAKE_ID);
      const body = r.method === "GET" || r.method === "HEAD" ? undefined : {};
      const res = await h.app.inject({ method: r.method as "GET", url, ...(body ? { payload: body } : {}) });
      if (res.statusCode !== 401) open.push(`${r.method} ${r.url} answered ${res.statusCode}`);
    }
    expect(open).toEqual([]);
  });

  it("refuses to register a route that declares no access level", async () => {
    const bare = Fastify() as unknown as App;
    installAuth(bare, h.ctx);
    expect(() => bare.get("/api/v1/forgotten", async () => ({ ok: true }))).toThrow(
      /declares no access level/,
    );
  });

  it("a wrong token is refused, not treated as anonymous", async () => {
    const res = await h.app.inject({
      method: "GET",
      url: "/api/v1/overview",
      headers: { authorization: "Bearer fbt_nope" },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("unauthorized");
  });
});
