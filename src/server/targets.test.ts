import type { LookupAddress } from "node:dns";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { saveTimeDns } from "../core/outbound.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { TARGET_ROUTES, targetsIn } from "./targets.js";

/**
 * Saving a target whose host name resolves to a refused address answers 400 naming the field. The
 * names below resolve through the save-time resolver seam, so the test needs no DNS of its own.
 */
const ANSWERS: Record<string, string[]> = {
  "intranet.shop.test": ["127.0.0.1"],
  "mixed.shop.test": ["93.184.216.34", "10.1.2.3"],
  "public.shop.test": ["93.184.216.34"],
};
const realLookup = saveTimeDns.lookup;
let h: Harness;
let allowed: string | undefined;
beforeAll(async () => {
  h = await createHarness();
  saveTimeDns.lookup = async (host: string): Promise<LookupAddress[]> => {
    const found = ANSWERS[host];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  // Narrowed for this file: the suite allows loopback so other tests can reach their local receivers.
  allowed = process.env["FIREBREAK_ALLOW_TARGETS"];
  process.env["FIREBREAK_ALLOW_TARGETS"] = "";
});
afterEach(() => {
  process.env["FIREBREAK_ALLOW_TARGETS"] = "";
});
afterAll(async () => {
  saveTimeDns.lookup = realLookup;
  if (allowed === undefined) delete process.env["FIREBREAK_ALLOW_TARGETS"];
  else process.env["FIREBREAK_ALLOW_TARGETS"] = allowed;
  await h.close();
});

const send = (method: "POST" | "PUT" | "PATCH", url: string, payload: unknown) =>
  h.app.inject({ method, url, headers: h.auth(), payload: payload as object });

describe("targets are checked after DNS when they are saved", () => {
  it("refuses a monitor, feed, webhook, alert channel and reply webhook whose name resolves to loopback", async () => {
    const cases: [ReturnType<typeof send>, string][] = [
      [
        send("POST", "/api/v1/monitors", { type: "http", name: "m", url: "http://intranet.shop.test/x" }),
        "url",
      ],
      [
        send("POST", "/api/v1/monitors", { type: "tcp", name: "t", host: "intranet.shop.test", port: 22 }),
        "host",
      ],
      [
        send("POST", "/api/v1/monitors", {
          type: "provider",
          name: "p",
          url: "https://intranet.shop.test/api/v2/summary.json",
        }),
        "url",
      ],
      [
        send("POST", "/api/v1/sources", { name: "f", type: "feed", url: "http://intranet.shop.test/rss" }),
        "url",
      ],
      [
        send("POST", "/api/v1/webhooks", { url: "https://mixed.shop.test/hook", events: ["crisis.opened"] }),
        "url",
      ],
      [
        send("POST", "/api/v1/alert-rules", {
          name: "r",
          channels: [{ type: "email" }, { type: "slack", url: "https://intranet.shop.test/services/x" }],
        }),
        "channels.1.url",
      ],
      [
        send("PUT", "/api/v1/cases/policy", {
          reply_webhook: {
            url: "https://intranet.shop.test/reply",
            secret: "whsec_c2VjcmV0c2VjcmV0c2VjcmV0",
          },
        }),
        "reply_webhook.url",
      ],
    ];
    for (const [pending, field] of cases) {
      const res = await pending;
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.field).toBe(field);
      expect(res.json().error.message).toMatch(
        /resolves to (127\.0\.0\.1|10\.1\.2\.3), a (loopback|private) address/,
      );
    }
    expect((await h.app.inject({ url: "/api/v1/monitors", headers: h.auth() })).json().items).toHaveLength(0);
  });

  it("refuses on update too, and accepts public names, names that do not resolve, and allowed ones", async () => {
    const ok = await send("POST", "/api/v1/monitors", {
      type: "http",
      name: "m",
      url: "https://public.shop.test/",
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const patched = await send("PATCH", `/api/v1/monitors/${ok.json().id}`, {
      url: "http://intranet.shop.test/",
    });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().error.field).toBe("url");
    const unknown = await send("POST", "/api/v1/webhooks", {
      url: "https://not-yet.shop.test/hook",
      events: ["crisis.opened"],
    });
    expect(unknown.statusCode, unknown.body).toBe(201);

    process.env["FIREBREAK_ALLOW_TARGETS"] = "127.0.0.0/8";
    const internal = await send("POST", "/api/v1/monitors", {
      type: "http",
      name: "intranet",
      url: "http://intranet.shop.test/health",
    });
    expect(internal.statusCode, internal.body).toBe(201);
  });

  it("finds targets at any depth, and every listed route exists", () => {
    expect(
      targetsIn({
        url: "https://a.test/x",
        channels: [{ url: "https://b.test" }],
        config: { host: "c.test" },
      }),
    ).toEqual([
      { field: "url", host: "a.test" },
      { field: "channels.0.url", host: "b.test" },
      { field: "config.host", host: "c.test" },
    ]);
    for (const route of TARGET_ROUTES) {
      const [method = "", url = ""] = route.split(" ");
      expect(h.app.hasRoute({ method: method as "POST", url }), route).toBe(true);
    }
  });
});
