import { execFileSync } from "node:child_process";
import { createSocket } from "node:dgram";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer as createTlsServer } from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkHttp } from "./checkers/http.js";
import { checkDns, checkTcp, checkTls } from "./checkers/net.js";
import { checkProvider, feedIssues, statuspageIssues } from "./checkers/provider.js";
import { httpConfig } from "./schema.js";
import { json, startTarget, type Target } from "./testing.js";

let t: Target;
beforeAll(async () => {
  t = await startTarget();
  t.route("/health", (_q, res) =>
    json(res, 200, { status: "ok", db: { ok: true, lag: 3 }, items: [{ name: "cart" }] }),
  );
  t.route("/maintenance", (_q, res) =>
    res.writeHead(200, { "content-type": "text/html" }).end("<h1>Down for maintenance</h1>"),
  );
  t.route("/slow", (_q, res) => setTimeout(() => json(res, 200, { status: "ok" }), 400));
  t.route("/teapot", (_q, res) => res.writeHead(418).end("short and stout"));
  t.route("/echo", (_q, res, body) => json(res, 201, { got: body }));
});
afterAll(async () => t.close());

const http = (over: Record<string, unknown>) => httpConfig.parse({ url: `${t.url}/health`, ...over });

describe("HTTP checks", () => {
  it("checks status, keyword present or absent, JSON path and latency", async () => {
    expect((await checkHttp(http({}), 2000)).ok).toBe(true);
    expect((await checkHttp(http({ keyword: "ok" }), 2000)).ok).toBe(true);
    const missing = await checkHttp(http({ keyword: "healthy" }), 2000);
    expect(missing).toMatchObject({ ok: false, error: 'keyword "healthy" not found' });
    const absent = await checkHttp(
      http({ url: `${t.url}/maintenance`, keyword: "maintenance", keyword_absent: true }),
      2000,
    );
    expect(absent.ok).toBe(false);
    expect(absent.error).toMatch(/present/);
    expect((await checkHttp(http({ json_path: "db.ok", json_expected: "true" }), 2000)).ok).toBe(true);
    expect((await checkHttp(http({ json_path: "items[0].name", json_expected: "cart" }), 2000)).ok).toBe(
      true,
    );
    const lag = await checkHttp(http({ json_path: "db.lag", json_expected: "0" }), 2000);
    expect(lag.error).toBe("db.lag is 3, expected 0");
    const slow = await checkHttp(http({ url: `${t.url}/slow`, max_latency_ms: 100 }), 2000);
    expect(slow.ok).toBe(false);
    expect(slow.error).toMatch(/^slow: \d+ ms > 100 ms$/);
    expect(slow.latencyMs).toBeGreaterThanOrEqual(350);
  });

  it("accepts listed status codes only, sends method, headers and body, and times out", async () => {
    expect((await checkHttp(http({ url: `${t.url}/teapot` }), 2000)).error).toBe("HTTP 418");
    expect((await checkHttp(http({ url: `${t.url}/teapot`, expected_status: [418] }), 2000)).ok).toBe(true);
    const sent = await checkHttp(
      http({
        url: `${t.url}/echo`,
        method: "POST",
        headers: { "x-probe": "yes" },
        body: '{"ping":1}',
        expected_status: [201],
      }),
      2000,
    );
    expect(sent.ok).toBe(true);
    expect(t.last.get("/echo")).toMatchObject({
      method: "POST",
      body: '{"ping":1}',
      headers: { "x-probe": "yes" },
    });
    const timedOut = await checkHttp(http({ url: `${t.url}/slow` }), 150);
    expect(timedOut).toMatchObject({ ok: false, error: "timed out" });
    const refused = await checkHttp(http({ url: "http://127.0.0.1:1/" }), 1000);
    expect(refused.error).toMatch(/ECONNREFUSED/);
  });
});

describe("TCP, TLS and DNS checks", () => {
  it("a TCP port is up when it accepts a connection", async () => {
    const server = createNetServer((s) => s.end());
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    expect((await checkTcp({ host: "127.0.0.1", port }, 1000)).ok).toBe(true);
    server.close();
    expect((await checkTcp({ host: "127.0.0.1", port: 1 }, 1000)).ok).toBe(false);
  });

  it("a certificate that expires within the warning window is down, naming the days left", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fb-tls-"));
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "5",
        "-subj",
        "/CN=localhost",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    const server = createTlsServer(
      { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) },
      (s) => s.end(),
    );
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    const base = { host: "127.0.0.1", port, tls_insecure: true };
    const soon = await checkTls({ ...base, tls_days: 14 }, 2000, Date.now());
    expect(soon.ok).toBe(false);
    expect(soon.error).toMatch(/certificate expires in [45] days/);
    expect((await checkTls({ ...base, tls_days: 3 }, 2000, Date.now())).ok).toBe(true);
    // Without tls_insecure a self-signed certificate does not verify.
    expect((await checkTls({ ...base, tls_insecure: false, tls_days: 3 }, 2000, Date.now())).ok).toBe(false);
    server.close();
  });

  it("DNS resolves against a given server and compares the answer", async () => {
    const server = await startDns({ "shop.test": "10.1.2.3" });
    const cfg = {
      hostname: "shop.test",
      record_type: "A" as const,
      expected: null,
      dns_server: `127.0.0.1:${server.port}`,
    };
    expect((await checkDns(cfg, 1000)).ok).toBe(true);
    expect((await checkDns({ ...cfg, expected: "10.1.2.3" }, 1000)).ok).toBe(true);
    expect((await checkDns({ ...cfg, expected: "10.9.9.9" }, 1000)).error).toMatch(
      /10\.9\.9\.9 not among 10\.1\.2\.3/,
    );
    expect((await checkDns({ ...cfg, hostname: "gone.test" }, 1000)).ok).toBe(false);
    server.close();
  });
});

/** A minimal DNS server answering A queries from a table (NXDOMAIN otherwise). */
async function startDns(table: Record<string, string>) {
  const sock = createSocket("udp4");
  sock.on("message", (msg, rinfo) => {
    let i = 12;
    const labels: string[] = [];
    while (msg[i]) {
      const len = msg[i] as number;
      labels.push(msg.subarray(i + 1, i + 1 + len).toString());
      i += len + 1;
    }
    const question = msg.subarray(12, i + 5);
    const ip = table[labels.join(".")];
    const header = Buffer.from(msg.subarray(0, 12));
    header.writeUInt16BE(ip ? 0x8180 : 0x8183, 2);
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(ip ? 1 : 0, 6);
    header.writeUInt32BE(0, 8);
    const answer = ip
      ? Buffer.concat([
          Buffer.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4]),
          Buffer.from(ip.split(".").map(Number)),
        ])
      : Buffer.alloc(0);
    sock.send(Buffer.concat([header, question, answer]), rinfo.port, rinfo.address);
  });
  await new Promise<void>((r) => sock.bind(0, "127.0.0.1", r));
  return { port: sock.address().port, close: () => sock.close() };
}

/** Shaped like a real Statuspage `/api/v2/summary.json`. */
const summary = (apiStatus: string, incidents: unknown[] = []) => ({
  page: {
    id: "kctbh9vrtdwd",
    name: "PayCo",
    url: "https://status.payco.test",
    time_zone: "Etc/UTC",
    updated_at: "2026-11-23T09:00:00.000Z",
  },
  components: [
    {
      id: "c1",
      name: "API",
      status: apiStatus,
      created_at: "2020-01-01T00:00:00.000Z",
      updated_at: "2026-11-23T09:00:00.000Z",
      position: 1,
      description: null,
      showcase: true,
      group_id: null,
      page_id: "kctbh9vrtdwd",
      group: false,
      only_show_if_degraded: false,
    },
    {
      id: "c2",
      name: "Dashboard",
      status: "major_outage",
      position: 2,
      description: null,
      showcase: true,
      group_id: null,
      page_id: "kctbh9vrtdwd",
      group: false,
      only_show_if_degraded: false,
    },
    { id: "g1", name: "Payouts", status: "partial_outage", position: 3, group: true, components: ["c3"] },
  ],
  incidents,
  scheduled_maintenances: [],
  status: {
    indicator: apiStatus === "operational" ? "minor" : "major",
    description: "Partial System Outage",
  },
});

describe("provider status", () => {
  it("Statuspage: raises only for components the shop uses, and for incidents on them", () => {
    expect(statuspageIssues(summary("operational"), ["API"])).toEqual({ components: [], incidents: [] });
    expect(statuspageIssues(summary("partial_outage"), ["api"]).components).toEqual(["API (partial outage)"]);
    const incident = {
      id: "i1",
      name: "Elevated card declines",
      status: "identified",
      impact: "major",
      components: [{ id: "c1", name: "API", status: "operational" }],
      incident_updates: [{ status: "identified", body: "We found the cause." }],
    };
    expect(statuspageIssues(summary("operational", [incident]), ["API"]).incidents).toEqual([
      "Elevated card declines",
    ]);
    expect(
      statuspageIssues(summary("operational", [{ ...incident, status: "resolved" }]), ["API"]).incidents,
    ).toEqual([]);
    expect(statuspageIssues(summary("operational", [incident]), ["Webhooks"]).incidents).toEqual([]);
  });

  it("RSS and Atom feeds: a recent unresolved entry mentioning a used component raises", () => {
    const now = Date.parse("2026-11-23T10:00:00Z");
    const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>ParcelNet Status - Incident History</title>
      <item><title>Label printing delays</title><description>&lt;p&gt;&lt;small&gt;Nov &lt;var data-var='date'&gt;23&lt;/var&gt;&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Investigating&lt;/strong&gt; - Label API requests fail for some merchants.&lt;/p&gt;</description><pubDate>Mon, 23 Nov 2026 09:40:00 +0000</pubDate><link>https://status.parcelnet.test/incidents/1</link></item>
      <item><title>Tracking outage</title><description>&lt;p&gt;&lt;strong&gt;Resolved&lt;/strong&gt; - Tracking is back.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Investigating&lt;/strong&gt; - Tracking API down.&lt;/p&gt;</description><pubDate>Mon, 23 Nov 2026 08:00:00 +0000</pubDate></item>
      <item><title>Old label outage</title><description>&lt;strong&gt;Investigating&lt;/strong&gt; - Label API</description><pubDate>Mon, 02 Nov 2026 08:00:00 +0000</pubDate></item>
    </channel></rss>`;
    expect(feedIssues(rss, ["Label API"], now)).toEqual({
      components: ["Label API"],
      incidents: ["Label printing delays"],
    });
    expect(feedIssues(rss, ["Tracking API"], now).incidents).toEqual([]);
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>MailCo status</title>
      <entry><title>SMTP relay degraded</title><updated>2026-11-23T09:00:00Z</updated><content type="html">&lt;strong&gt;Monitoring&lt;/strong&gt; - SMTP relay delays in EU</content></entry></feed>`;
    expect(feedIssues(atom, ["SMTP relay"], now).incidents).toEqual(["SMTP relay degraded"]);
  });

  it("reads a provider's page over HTTP and names the provider", async () => {
    t.route("/api/v2/summary.json", (_q, res) => json(res, 200, summary("major_outage")));
    const r = await checkProvider(
      { url: `${t.url}/api/v2/summary.json`, format: "statuspage", components: ["API"], provider: "PayCo" },
      2000,
      Date.now(),
    );
    expect(r.ok).toBe(false);
    expect(r.error).toBe("PayCo reports components API (major outage)");
    expect(r.provider?.components).toEqual(["API (major outage)"]);
  });
});
