import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { trustProxySetting } from "./limits.js";

const PUBLIC_LIMIT = 5;
let h: Harness;
let proxied: Harness;
beforeAll(async () => {
  process.env["FIREBREAK_STATUS_RATE_LIMIT"] = "40";
  h = await createHarness({ env: { FIREBREAK_PUBLIC_RATE_LIMIT: String(PUBLIC_LIMIT) } });
  process.env["FIREBREAK_TRUST_PROXY"] = "127.0.0.1";
  proxied = await createHarness({ env: { FIREBREAK_PUBLIC_RATE_LIMIT: String(PUBLIC_LIMIT) } });
  delete process.env["FIREBREAK_TRUST_PROXY"];
});
afterAll(async () => {
  await h.close();
  await proxied.close();
});

const inbound = (app: Harness, remoteAddress: string, headers: Record<string, string> = {}) =>
  app.app.inject({
    method: "POST",
    url: "/api/v1/inbound/mentions/nope",
    remoteAddress,
    headers,
    payload: {},
  });

describe("rate limits", () => {
  it("every 429 says why in JSON and when to retry in Retry-After", async () => {
    const codes: number[] = [];
    for (let i = 0; i <= PUBLIC_LIMIT; i++) codes.push((await inbound(h, "10.9.0.1")).statusCode);
    expect(codes.slice(0, PUBLIC_LIMIT)).not.toContain(429);
    const limited = await inbound(h, "10.9.0.1");
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toMatchObject({ code: "rate_limited" });
    expect(limited.json().error.message).toMatch(/^too many requests; retry in \d+ s$/);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("health checks are never limited, and the status page has its own bucket", async () => {
    for (let i = 0; i <= PUBLIC_LIMIT; i++) await inbound(h, "10.9.0.2");
    expect((await inbound(h, "10.9.0.2")).statusCode).toBe(429);
    for (let i = 0; i < 30; i++) {
      for (const url of ["/healthz", "/readyz"]) {
        const res = await h.app.inject({ method: "GET", url, remoteAddress: "10.9.0.2" });
        expect(res.statusCode, url).toBe(200);
      }
    }
    const page = await h.app.inject({ method: "GET", url: "/status.json", remoteAddress: "10.9.0.2" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["cache-control"]).toMatch(/max-age=\d+, stale-while-revalidate=\d+/);
    const etag = String(page.headers.etag);
    const again = await h.app.inject({
      method: "GET",
      url: "/status.json",
      remoteAddress: "10.9.0.2",
      headers: { "if-none-match": etag },
    });
    expect(again.statusCode).toBe(304);
    // Its bucket is generous but finite: a single client hammering it is still told to wait.
    let last = 0;
    for (let i = 0; i < 45 && last !== 429; i++) {
      last = (await h.app.inject({ method: "GET", url: "/status", remoteAddress: "10.9.0.3" })).statusCode;
    }
    expect(last).toBe(429);
  });

  it("a forwarded address counts only behind a trusted proxy (FIREBREAK_TRUST_PROXY)", async () => {
    // Not trusted: a client cannot pick a fresh bucket by sending the header.
    for (let i = 0; i <= PUBLIC_LIMIT; i++)
      await inbound(h, "10.9.0.4", { "x-forwarded-for": `203.0.113.${i}` });
    expect((await inbound(h, "10.9.0.4", { "x-forwarded-for": "203.0.113.99" })).statusCode).toBe(429);
    // Behind the trusted proxy, each visitor has their own bucket.
    for (let i = 0; i <= PUBLIC_LIMIT; i++)
      await inbound(proxied, "127.0.0.1", { "x-forwarded-for": "198.51.100.7" });
    expect((await inbound(proxied, "127.0.0.1", { "x-forwarded-for": "198.51.100.7" })).statusCode).toBe(429);
    expect((await inbound(proxied, "127.0.0.1", { "x-forwarded-for": "198.51.100.8" })).statusCode).not.toBe(
      429,
    );
  });

  it("parses FIREBREAK_TRUST_PROXY and refuses nonsense", () => {
    expect(trustProxySetting(undefined)).toBe(false);
    expect(trustProxySetting("true")).toBe(true);
    expect(trustProxySetting("10.0.0.0/8, 127.0.0.1")).toEqual(["10.0.0.0/8", "127.0.0.1"]);
    const hops = trustProxySetting("2") as (a: string, i: number) => boolean;
    expect([hops("x", 0), hops("x", 1), hops("x", 2)]).toEqual([true, true, false]);
    expect(() => trustProxySetting("proxy.example")).toThrow(/FIREBREAK_TRUST_PROXY/);
  });
});
