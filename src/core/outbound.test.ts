import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchFeed } from "../listening/feeds.js";
import { checkHttp } from "../monitoring/checkers/http.js";
import { checkTcp } from "../monitoring/checkers/net.js";
import { httpConfig } from "../monitoring/schema.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { internalKind, parseAllowList, refusalOfUrl } from "./outbound.js";

// This file proves the refusal, so it starts without the loopback allowance the other tests get.
process.env["FIREBREAK_ALLOW_TARGETS"] = "";

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><guid>1</guid><title>internal secret</title><description>internal secret</description></item>
</channel></rss>`;

async function listen(host: string, handler: Parameters<typeof createServer>[1]): Promise<Server> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return server;
}
const portOf = (s: Server) => (s.address() as AddressInfo).port;

let h: Harness;
let inner: Server;
let innerHits = 0;
beforeAll(async () => {
  h = await createHarness();
  inner = await listen("127.0.0.1", (_req, res) => {
    innerHits++;
    res.writeHead(200, { "content-type": "application/rss+xml" }).end(FEED);
  });
});
afterAll(async () => {
  await h.close();
  await new Promise((resolve) => inner.close(resolve));
});

describe("internal addresses", () => {
  it("names every internal range, including IPv4 inside IPv6, and passes public addresses", () => {
    const internal = {
      "127.0.0.1": "loopback",
      "10.1.2.3": "private",
      "172.16.5.4": "private",
      "192.168.1.1": "private",
      "100.64.0.1": "shared (CGNAT)",
      "169.254.169.254": "cloud metadata",
      "169.254.10.1": "link-local",
      "224.0.0.251": "multicast",
      "0.0.0.0": "unspecified",
      "::": "unspecified",
      "::1": "loopback",
      "[::1]": "loopback",
      "fe80::1": "link-local",
      "fd00:ec2::254": "private (unique local)",
      "ff02::1": "multicast",
      "::ffff:127.0.0.1": "loopback",
      "::ffff:7f00:1": "loopback",
      "::ffff:a9fe:a9fe": "cloud metadata",
      "168.63.129.16": "cloud metadata",
    };
    for (const [ip, kind] of Object.entries(internal)) expect(internalKind(ip), ip).toBe(kind);
    for (const ip of ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"]) {
      expect(internalKind(ip), ip).toBeNull();
    }
  });

  it("refuses literal and encoded internal hosts in saved URLs, unless the operator allows them", () => {
    for (const url of [
      "http://127.0.0.1:8080/",
      "http://2130706433/",
      "http://0x7f.1/",
      "http://[::ffff:127.0.0.1]/",
      "http://localhost/",
      "http://api.localhost/",
      "http://metadata.google.internal/computeMetadata/v1/",
      "http://169.254.169.254/latest/meta-data/",
    ]) {
      expect(refusalOfUrl(url), url).toMatch(/FIREBREAK_ALLOW_TARGETS/);
    }
    expect(refusalOfUrl("https://status.shop.example/")).toBeNull();
    const allow = parseAllowList("10.0.0.0/8, intranet.corp, *.svc.cluster.local");
    expect(refusalOfUrl("http://10.2.3.4/", allow)).toBeNull();
    expect(refusalOfUrl("http://192.168.0.1/", allow)).toMatch(/private/);
    expect(refusalOfUrl("http://localhost/", parseAllowList("localhost"))).toBeNull();
  });

  it("answers 400 naming url when a monitor, feed, webhook or alert channel targets one", async () => {
    const post = (url: string, payload: unknown) =>
      h.app.inject({ method: "POST", url, headers: h.auth("admin"), payload: payload as object });
    const answers = [
      await post("/api/v1/monitors", { name: "m", type: "http", url: "http://127.0.0.1:9/", interval_s: 30 }),
      await post("/api/v1/monitors", {
        name: "p",
        type: "provider",
        url: "http://[::1]/",
        format: "statuspage",
      }),
      await post("/api/v1/sources", { name: "f", type: "feed", url: "http://169.254.169.254/" }),
      await post("/api/v1/webhooks", { url: "http://10.0.0.5/hook", events: ["crisis.opened"] }),
      await post("/api/v1/alert-rules", {
        name: "r",
        kinds: ["volume_spike"],
        channels: [{ type: "slack", url: "http://localhost:8080/hook" }],
      }),
    ];
    for (const res of answers) {
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.field).toMatch(/(^|\.)url$/);
    }
  });

  it("checks the address after DNS: a name that resolves to loopback is refused at connect time", async () => {
    const url = `http://localhost:${portOf(inner)}/`;
    // httpConfig refuses the name on save; a row stored before the guard still meets the connector.
    const byName = await checkHttp({ ...httpConfig.parse({ url: "https://example.com/" }), url }, 2000);
    expect(byName.ok).toBe(false);
    expect(byName.error).toMatch(
      /refused to connect to localhost \((127\.0\.0\.1|::1)\): a loopback address/,
    );
    const tcp = await checkTcp({ host: "localhost", port: portOf(inner) } as never, 2000);
    expect(tcp.error).toMatch(/loopback/);
    const literal = await checkTcp({ host: "127.0.0.1", port: portOf(inner) } as never, 2000);
    expect(literal.error).toMatch(/loopback/);
    expect(innerHits).toBe(0);
  });

  it("checks every redirect: an allowed feed that redirects inside is refused", async () => {
    const outer = await listen("127.0.0.3", (_req, res) =>
      res.writeHead(302, { location: `http://127.0.0.1:${portOf(inner)}/feed` }).end(),
    );
    process.env["FIREBREAK_ALLOW_TARGETS"] = "127.0.0.3";
    try {
      await expect(fetchFeed(`http://127.0.0.3:${portOf(outer)}/rss`, null, null)).rejects.toThrow(
        /refused to connect to 127\.0\.0\.1: a loopback address/,
      );
      expect(innerHits).toBe(0);
      process.env["FIREBREAK_ALLOW_TARGETS"] = "127.0.0.0/8";
      const ok = await fetchFeed(`http://127.0.0.3:${portOf(outer)}/rss`, null, null);
      expect(ok.body).toContain("internal secret");
    } finally {
      process.env["FIREBREAK_ALLOW_TARGETS"] = "";
      await new Promise((resolve) => outer.close(resolve));
    }
  });

  it("a webhook or alert channel whose delivery reaches an internal address logs the refusal", async () => {
    innerHits = 0;
    await h.ctx.services.webhooks.deliver(
      h.workspaceId,
      { url: `http://127.0.0.1:${portOf(inner)}/hook`, secret: null, channel: "slack" },
      "alert.raised",
      { id: "a1" },
      { key: "guard-test" },
    );
    await h.ctx.jobs.drain();
    const rows = await h.ctx.db
      .selectFrom("webhook_deliveries")
      .select(["ok", "error"])
      .where("message_id", "=", "msg_guard-test")
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ ok: 0 });
    expect(rows[0]?.error).toMatch(/loopback address/);
    expect(innerHits).toBe(0);
  });
});
