import { Readable } from "node:stream";
import FeedParser from "feedparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

/** The status page's Atom feed as a feed reader reads it: feedparser, the library many readers use. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 60_000);
afterAll(async () => h.close());

async function read(xml: string): Promise<{ meta: FeedParser.Meta; items: FeedParser.Item[] }> {
  const parser = new FeedParser({ strict: true });
  const items: FeedParser.Item[] = [];
  Readable.from([xml]).pipe(parser);
  for await (const item of parser) items.push(item);
  return { meta: parser.meta, items };
}

describe("the status feed in feedparser", () => {
  it("reads the feed strictly: its title, and each update with its link, time and text", async () => {
    const open = await h.app.inject({
      method: "POST",
      url: "/api/v1/status/incidents",
      headers: h.auth("responder"),
      payload: {
        title: { en: "Card payments <fail> & retry" },
        impact: "major",
        components: ["payments"],
        body: { en: "We are looking into it." },
      },
    });
    expect(open.statusCode).toBe(201);
    for (const url of ["/status/feed.atom", "/status/test-shop/feed.atom"]) {
      const res = await h.app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["content-type"]).toContain("application/atom+xml");
      const { meta, items } = await read(res.body);
      expect(meta["#type"]).toBe("atom");
      expect(meta.title).toContain("Test shop");
      expect(items.length).toBeGreaterThanOrEqual(1);
      const item = items.find((i) => i.title.includes("Card payments"));
      expect(item?.title).toContain("Card payments <fail> & retry");
      expect(item?.link).toContain("/status");
      expect(item?.guid).toBeTruthy();
      expect(item?.date?.getTime()).toBeGreaterThan(Date.parse("2020-01-01"));
      expect(`${item?.description ?? ""}${item?.summary ?? ""}`).toContain("We are looking into it.");
    }
  });
});
