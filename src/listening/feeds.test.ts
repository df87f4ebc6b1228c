import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { parseFeed, unwrapLink } from "./feed-parse.js";
import { nextDelayS, pollFeed } from "./feeds.js";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Shop reviews</title><link>https://reviews.example/</link><description>Reviews</description>
<item><title>Parcel never arrived</title><link>https://reviews.example/r/1</link>
<guid isPermaLink="false">review-1</guid><pubDate>Mon, 05 Feb 2024 10:00:00 +0000</pubDate>
<dc:creator>Anna K.</dc:creator>
<description><![CDATA[<p>Ordered on <b>Monday</b>, still nothing &amp; no answer.</p><script>alert(1)</script>]]></description></item>
<item><title>Great prices</title><link>https://reviews.example/r/2</link>
<pubDate>Tue, 06 Feb 2024 11:30:00 GMT</pubDate><description>Cheap and fast, recommended</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:idx="urn:atom-extension:indexing">
<id>tag:google.com,2005:reader/user/00000000000000000000/state/com.google/alerts/1234567890</id>
<title>Google Alert - &quot;Acme Shop&quot;</title><link href="https://www.google.com/alerts/feeds/1/2" rel="self"></link>
<updated>2024-02-07T09:00:00Z</updated>
<entry><id>tag:google.com,2013:googlealerts/feed:11111111111111111111</id>
<title type="html">&lt;b&gt;Acme Shop&lt;/b&gt; customers report double charges</title>
<link href="https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://news.example/acme-double-charge&amp;ct=ga&amp;cd=CAI&amp;usg=AOv"/>
<published>2024-02-07T08:45:00Z</published><updated>2024-02-07T08:45:00Z</updated>
<content type="html">Several &lt;b&gt;Acme Shop&lt;/b&gt; customers say their cards were charged twice ...</content>
<author><name></name></author></entry>
</feed>`;

let h: Harness;
let server: Server;
let base = "";
let requests: { path: string; inm: string | undefined; ims: string | undefined }[] = [];
let rssStatus = 200;

beforeAll(async () => {
  h = await createHarness();
  server = createServer((req, res) => {
    requests.push({
      path: req.url ?? "",
      inm: req.headers["if-none-match"] as string | undefined,
      ims: req.headers["if-modified-since"] as string | undefined,
    });
    if (req.url === "/rss") {
      if (rssStatus !== 200) return res.writeHead(rssStatus).end("down");
      if (req.headers["if-none-match"] === '"v1"') return res.writeHead(304).end();
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag: '"v1"' });
      return res.end(RSS);
    }
    if (req.url === "/atom") {
      const lm = "Wed, 07 Feb 2024 09:00:00 GMT";
      if (req.headers["if-modified-since"] === lm) return res.writeHead(304).end();
      res.writeHead(200, { "content-type": "application/atom+xml", "last-modified": lm });
      return res.end(ATOM);
    }
    if (req.url === "/moved") return res.writeHead(301, { location: "/atom" }).end();
    if (req.url === "/huge") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      const chunk = "x".repeat(1024 * 1024);
      for (let i = 0; i < 7; i++) res.write(chunk);
      return res.end();
    }
    return res.writeHead(200, { "content-type": "text/html" }).end("<html><body>not a feed</body></html>");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await h.close();
  await new Promise((r) => server.close(r));
});

const addFeed = async (name: string, path: string) => {
  const res = await h.app.inject({
    method: "POST",
    url: "/api/v1/sources",
    headers: h.auth("admin"),
    payload: { name, type: "feed", url: `${base}${path}`, interval_s: 60 },
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string };
};
const mentionsOf = async (source: string) =>
  (await h.app.inject({ method: "GET", url: `/api/v1/mentions?source=${source}`, headers: h.auth() })).json()
    .items as { external_id: string; text: string; url: string; author: string | null; created_at: string }[];
const sourceOf = async (id: string) =>
  (await h.app.inject({ method: "GET", url: `/api/v1/sources/${id}`, headers: h.auth() })).json();

describe("feed parsing", () => {
  it("reads RSS 2.0 items with HTML reduced to text", () => {
    const e = parseFeed(RSS);
    expect(e).toHaveLength(2);
    expect(e[0]).toMatchObject({
      external_id: "review-1",
      url: "https://reviews.example/r/1",
      author: "Anna K.",
      created_at: "2024-02-05T10:00:00.000Z",
    });
    expect(e[0]?.text).toBe("Parcel never arrived — Ordered on Monday, still nothing & no answer.");
    expect(e[1]?.external_id).toBe("https://reviews.example/r/2");
  });

  it("reads Google Alerts' Atom shape and unwraps its redirect links", () => {
    const [e] = parseFeed(ATOM);
    expect(e?.external_id).toBe("tag:google.com,2013:googlealerts/feed:11111111111111111111");
    expect(e?.url).toBe("https://news.example/acme-double-charge");
    expect(e?.text).toContain("Acme Shop customers report double charges — Several Acme Shop customers");
    expect(e?.text).not.toContain("<b>");
    expect(e?.author).toBeNull();
    expect(unwrapLink("https://example.com/x")).toBe("https://example.com/x");
    expect(() => parseFeed("<html><body>hi</body></html>")).toThrow(/RSS 2.0 or Atom/);
  });
});

describe("feed polling", () => {
  it("polls through the job runner, sends conditional GETs and de-duplicates across polls", async () => {
    requests = [];
    const rss = await addFeed("reviews", "/rss");
    const atom = await addFeed("alerts", "/moved");
    await h.ctx.jobs.drain();
    expect(await mentionsOf("reviews")).toHaveLength(2);
    const alerts = await mentionsOf("alerts");
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.url).toBe("https://news.example/acme-double-charge");
    const s = await sourceOf(rss.id);
    expect(s.last_error).toBeNull();
    expect(s.last_new).toBe(2);
    expect(Date.parse(s.next_poll_at) - Date.parse(s.last_polled_at)).toBe(60_000);
    // The next poll is a job keyed by source and due time: enqueuing it again is a no-op.
    const dup = await h.ctx.jobs.enqueue(
      "listening.poll",
      { sourceId: rss.id },
      { key: `${rss.id}@${s.next_poll_at}` },
    );
    expect(dup.duplicate).toBe(true);

    await pollFeed(h.ctx, h.ctx.services.listening, rss.id);
    await pollFeed(h.ctx, h.ctx.services.listening, atom.id);
    const second = requests.filter((r) => r.path === "/rss").at(-1);
    expect(second?.inm).toBe('"v1"');
    expect(requests.filter((r) => r.path === "/atom").at(-1)?.ims).toBe("Wed, 07 Feb 2024 09:00:00 GMT");
    expect((await sourceOf(rss.id)).last_new).toBe(0);

    // Without the ETag the feed comes back whole: its entries are known and not stored twice.
    await h.ctx.db.updateTable("listening_sources").set({ etag: null }).where("id", "=", rss.id).execute();
    await pollFeed(h.ctx, h.ctx.services.listening, rss.id);
    expect(await mentionsOf("reviews")).toHaveLength(2);
  });

  it("backs off on errors and shows the last error on the source", async () => {
    rssStatus = 503;
    const src = await addFeed("flaky", "/rss");
    await h.ctx.jobs.drain(1);
    let s = await sourceOf(src.id);
    expect(s.last_error).toMatch(/HTTP 503/);
    expect(s.error_count).toBe(1);
    expect(Date.parse(s.next_poll_at) - Date.parse(s.last_polled_at)).toBe(120_000);
    await pollFeed(h.ctx, h.ctx.services.listening, src.id);
    s = await sourceOf(src.id);
    expect(s.error_count).toBe(2);
    expect(Date.parse(s.next_poll_at) - Date.parse(s.last_polled_at)).toBe(240_000);
    expect(nextDelayS(300, 20)).toBe(6 * 3600);
    rssStatus = 200;
    await pollFeed(h.ctx, h.ctx.services.listening, src.id);
    s = await sourceOf(src.id);
    expect(s.error_count).toBe(0);
    expect(s.last_error).toBeNull();
  });

  it("refuses bodies over the size cap and documents that are not feeds", async () => {
    const huge = await addFeed("huge", "/huge");
    const html = await addFeed("html", "/page");
    await h.ctx.jobs.drain(1);
    expect((await sourceOf(huge.id)).last_error).toMatch(/larger than/);
    expect((await sourceOf(html.id)).last_error).toMatch(/RSS 2.0 or Atom/);
  });

  it("validates the source and lists and deletes it", async () => {
    const bad = await h.app.inject({
      method: "POST",
      url: "/api/v1/sources",
      headers: h.auth("admin"),
      payload: { name: "x", type: "feed", url: "ftp://nope", interval_s: 2 },
    });
    expect(bad.statusCode).toBe(400);
    expect(["url", "interval_s"]).toContain(bad.json().error.field);
    const dup = await h.app.inject({
      method: "POST",
      url: "/api/v1/sources",
      headers: h.auth("admin"),
      payload: { name: "reviews", type: "feed", url: `${base}/rss` },
    });
    expect(dup.statusCode).toBe(409);
    const list = await h.app.inject({ method: "GET", url: "/api/v1/sources", headers: h.auth("viewer") });
    const src = list.json().items.find((s: { name: string }) => s.name === "html");
    const del = await h.app.inject({ method: "DELETE", url: `/api/v1/sources/${src.id}`, headers: h.auth() });
    expect(del.statusCode).toBe(204);
    expect(
      (await h.app.inject({ method: "GET", url: `/api/v1/sources/${src.id}`, headers: h.auth() })).statusCode,
    ).toBe(404);
  });
});
