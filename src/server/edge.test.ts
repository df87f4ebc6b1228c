import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { REDACT_PATHS, redactUrl } from "./redact.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

describe("the HTTP edge", () => {
  it("answers health and readiness without credentials", async () => {
    const health = await h.app.inject({ method: "GET", url: "/healthz" });
    expect(health.json()).toEqual({ status: "ok" });
    const ready = await h.app.inject({ method: "GET", url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().store).toBe(h.ctx.store.dialect);
  });

  it("echoes a request id, or makes one", async () => {
    const given = await h.app.inject({
      method: "GET",
      url: "/healthz",
      headers: { "x-request-id": "abc-123" },
    });
    expect(given.headers["x-request-id"]).toBe("abc-123");
    const made = await h.app.inject({
      method: "GET",
      url: "/healthz",
      headers: { "x-request-id": "<bad id>" },
    });
    expect(made.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sends security headers", async () => {
    const res = await h.app.inject({ method: "GET", url: "/healthz" });
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(res.headers["strict-transport-security"]).toBeDefined();
    // Recorded from helmet once (src/server/app.ts): errors and public pages carry the same set.
    for (const url of ["/api/v1/mentions", "/no/such/page", "/status"]) {
      const other = await h.app.inject({ method: "GET", url });
      for (const name of [
        "content-security-policy",
        "cross-origin-opener-policy",
        "referrer-policy",
        "x-frame-options",
      ])
        expect(other.headers[name], `${url} ${name}`).toBe(res.headers[name]);
    }
  });

  it("answers errors in the contract's shape", async () => {
    const notJson = await h.app.inject({
      method: "POST",
      url: "/api/v1/tokens",
      headers: { ...h.auth(), "content-type": "application/json" },
      payload: "{not json",
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toEqual({ error: { code: "invalid", message: "the body is not valid JSON" } });

    const badField = await h.app.inject({
      method: "POST",
      url: "/api/v1/tokens",
      headers: h.auth(),
      payload: { name: "x", role: "owner" },
    });
    expect(badField.statusCode).toBe(400);
    expect(badField.json().error.field).toBe("role");

    const missing = await h.app.inject({ method: "GET", url: "/api/v1/nothing-here", headers: h.auth() });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("not_found");
  });

  it("serves Prometheus metrics to an authenticated scraper", async () => {
    const res = await h.app.inject({ method: "GET", url: "/metrics", headers: h.auth("viewer") });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("firebreak_http_request_duration_seconds");
    expect(res.body).toContain("firebreak_process_cpu_seconds_total");
  });

  it("describes every API route in a generated OpenAPI document", async () => {
    const res = await h.app.inject({ method: "GET", url: "/api/openapi.json", headers: h.auth("viewer") });
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths["/api/v1/tokens"].post.requestBody).toBeDefined();
    expect(
      doc.paths["/api/v1/auth/login"].post.requestBody.content["application/json"].schema.properties.email,
    ).toBeDefined();
  });

  it("limits callers without credentials, never signed-in ones", async () => {
    const limited = await createHarness({ env: { FIREBREAK_PUBLIC_RATE_LIMIT: "5" } });
    try {
      // Health probes are never limited (src/server/limits.test.ts); a public API route is.
      const codes: number[] = [];
      for (let i = 0; i < 8; i++) {
        const res = await limited.app.inject({
          method: "POST",
          url: "/api/v1/inbound/mentions/x",
          payload: {},
        });
        codes.push(res.statusCode);
      }
      expect(codes.slice(0, 5)).not.toContain(429);
      expect(codes.at(-1)).toBe(429);
      for (let i = 0; i < 8; i++) {
        const res = await limited.app.inject({
          method: "GET",
          url: "/api/v1/overview",
          headers: limited.auth(),
        });
        expect(res.statusCode).toBe(200);
      }
    } finally {
      await limited.close();
    }
  });
});

describe("logs", () => {
  it("never print passwords, tokens, cookies or login links", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const log = pino({ redact: { paths: REDACT_PATHS, censor: "[redacted]" } }, sink);
    log.info(
      { req: { headers: { authorization: "Bearer fbt_secret1", cookie: "fb_session=s3cr3t" } } },
      "request",
    );
    log.info({ body: { password: "hunter2hunter2", token: "fbt_secret2", secret: "whsec_x" } }, "input");
    const all = lines.join("");
    for (const secret of ["fbt_secret1", "s3cr3t", "hunter2hunter2", "fbt_secret2", "whsec_x"]) {
      expect(all).not.toContain(secret);
    }
    expect(redactUrl("/login?link=abc123&x=1")).toBe("/login?link=[redacted]&x=1");
  });
});
