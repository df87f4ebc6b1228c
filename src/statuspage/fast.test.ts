import { Pool, request } from "undici";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

/**
 * The front door (fast.ts) answers /status from memory on the listening server, before Fastify; inject()
 * never reaches it, so these tests talk to a real port and compare its answers with the route's.
 */
const STATUS_LIMIT = 8;
let h: Harness;
let base: string;
beforeAll(async () => {
  process.env["FIREBREAK_STATUS_RATE_LIMIT"] = String(STATUS_LIMIT);
  h = await createHarness({ env: { FIREBREAK_PUBLIC_RATE_LIMIT: "1000" } });
  delete process.env["FIREBREAK_STATUS_RATE_LIMIT"];
  base = await h.app.listen({ port: 0, host: "127.0.0.1" });
}, 60_000);
afterAll(async () => h.close());

/** Headers that differ per request by design. */
const PER_REQUEST = [
  "date",
  "x-request-id",
  "x-ratelimit-remaining",
  "x-ratelimit-reset",
  "keep-alive",
  "connection",
];
const comparable = (headers: Headers) =>
  Object.fromEntries(
    [...headers].filter(([k]) => !PER_REQUEST.includes(k)).sort(([a], [b]) => a.localeCompare(b)),
  );

/**
 * One request, as a visitor: from 127.0.0.1 (one rate-limit bucket across the tests, in order) unless
 * `from` names another loopback address (a bucket of its own).
 */
async function visit(path: string, headers: Record<string, string> = {}, from?: string) {
  return visitFrom(path, headers, from);
}

async function visitFrom(path: string, headers: Record<string, string>, from?: string) {
  if (!from) {
    const res = await fetch(`${base}${path}`, { headers: { "accept-encoding": "identity", ...headers } });
    return { status: res.status, headers: res.headers, body: await res.text() };
  }
  const dispatcher = new Pool(base, { connections: 1, localAddress: from });
  const res = await request(`${base}${path}`, {
    dispatcher,
    headers: { "accept-encoding": "identity", ...headers },
  });
  const got = new Headers();
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) got.set(k, String(v));
  // The bytes as sent: a gzipped page is compared undecoded, as the route's is.
  const body = Buffer.from(await res.body.arrayBuffer()).toString("latin1");
  await dispatcher.close();
  return { status: res.statusCode, headers: got, body };
}

const peeks = () => vi.spyOn(h.ctx.services.statuspage.pages, "peekHtml");

describe("the status page's front door", () => {
  it("answers from memory exactly what the route answers: bytes, language, security headers", async () => {
    for (const [path, headers] of [
      ["/status", {}],
      ["/status?lang=pl", {}],
      ["/status", { "accept-language": "de-DE,de;q=0.9" }],
      ["/status", { "accept-encoding": "gzip, deflate, br" }],
    ] as const) {
      h.ctx.services.statuspage.pages.invalidate(h.workspaceId);
      const spy = peeks();
      const built = await visit(path, headers);
      const fromMemory = await visit(path, { ...headers, "x-request-id": "visitor-7" });
      const served = spy.mock.results.map((r) => r.value !== null);
      spy.mockRestore();
      // The first found nothing built and went to the route; the second was the front door's.
      expect(served, path).toEqual([false, true]);
      expect(fromMemory.status).toBe(200);
      expect(fromMemory.body).toBe(built.body);
      expect(comparable(fromMemory.headers)).toEqual(comparable(built.headers));
      expect(fromMemory.headers.get("x-request-id")).toBe("visitor-7");
    }
    expect((await visit("/status?lang=pl")).headers.get("content-language")).toBe("pl");
  });

  it("answers a revalidation from memory with the route's 304, and a stale etag with the page", async () => {
    const kinds = [{}, { "accept-encoding": "gzip, deflate, br" }, { "accept-language": "pl" }];
    for (const [i, headers] of kinds.entries()) {
      const from = `127.0.0.${20 + i}`;
      const visit = (path: string, more: Record<string, string> = {}) =>
        visitFrom(path, { ...headers, ...more }, from);
      const page = await visit("/status");
      const etag = String(page.headers.get("etag"));
      const spy = peeks();
      // An address the front door leaves alone: the route answers from the same rendering. (It was
      // "?via=route"; the language links now keep such a parameter, so that page is another rendering.)
      const fromRoute = await visit("/status?lang=", { "if-none-match": etag });
      const fromMemory = await visit("/status", { "if-none-match": etag });
      const stale = await visit("/status", { "if-none-match": '"stale"' });
      const served = spy.mock.results.map((r) => r.value !== null);
      spy.mockRestore();
      expect(served).toEqual([true, true]);
      expect([fromRoute.status, fromMemory.status, stale.status]).toEqual([304, 304, 200]);
      expect(fromMemory.body).toBe("");
      expect(comparable(fromMemory.headers)).toEqual(comparable(fromRoute.headers));
      expect(comparable(stale.headers)).toEqual(comparable(page.headers));
      expect(stale.body).toBe(page.body);
    }
  });

  it("a revalidation gets its 304, and a change shows at once", async () => {
    const first = await visit("/status");
    const again = await visit("/status", { "if-none-match": String(first.headers.get("etag")) });
    expect(again.status).toBe(304);
    await h.app.inject({
      method: "PATCH",
      url: "/api/v1/workspace",
      headers: h.auth("admin"),
      payload: { brand: { logo_url: "https://shop.example/logo.png" } },
    });
    const changed = await visit("/status");
    expect(changed.body).toContain('src="https://shop.example/logo.png"');
    const spy = peeks();
    const fromMemory = await visit("/status");
    expect(spy.mock.results.map((r) => r.value !== null)).toEqual([true]);
    spy.mockRestore();
    expect(fromMemory.headers.get("content-security-policy")).toContain("img-src 'self' data: https:");
    expect((await visit("/healthz")).headers.get("content-security-policy")).not.toContain("https:;");
  });

  it("keeps the status page's rate-limit bucket: 429 with a message and Retry-After", async () => {
    await visit("/status");
    const codes: number[] = [];
    let last = await visit("/status");
    for (let i = 0; i < STATUS_LIMIT + 3 && last.status !== 429; i++) {
      codes.push(last.status);
      last = await visit("/status");
    }
    expect(codes).not.toContain(429);
    expect(last.status).toBe(429);
    expect(JSON.parse(last.body).error).toMatchObject({ code: "rate_limited" });
    expect(JSON.parse(last.body).error.message).toMatch(/^too many requests; retry in \d+ s$/);
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last.headers.get("x-ratelimit-limit")).toBe(String(STATUS_LIMIT));
    expect(last.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });
});
