import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";
import { otherParams } from "./fast.js";

let h: Harness;
beforeAll(async () => {
  h = await shopHarness({ time_zone: "Europe/Warsaw", languages: ["pl", "en"], default_language: "pl" });
});
afterAll(async () => h.close());

const pub = (url: string) => h.app.inject({ method: "GET", url });
/** The page's language links, as written in its HTML. */
const links = (body: string) => [...body.matchAll(/<a href="([^"]*)" hreflang="(\w+)">/g)].map((m) => m[1]);

/**
 * A page reached with other parameters (a campaign's `?utm_source=mail`, a proxy's `?shop=north`): the
 * language links were a bare `?lang=pl`, which drops every other parameter, so a visitor who chose
 * Polish landed on an address without them (whatever the shop's proxy shows then).
 */
describe("the page's language links keep the visit's other query parameters", () => {
  it("keeps `shop` and the rest, with the new language last", async () => {
    const page = await pub("/status?shop=north&utm_source=mail");
    expect(page.statusCode).toBe(200);
    // On the old code: "?lang=en", "?lang=it", …
    expect(links(page.body)).toContain("?shop=north&amp;utm_source=mail&amp;lang=en");
    expect(links(page.body)).toHaveLength(5);
    for (const href of links(page.body))
      expect(href).toMatch(/^\?shop=north&amp;utm_source=mail&amp;lang=\w\w$/);
  });

  it("the visit's own `lang` gives way, wherever it stood", async () => {
    const page = await pub("/status?lang=en&shop=north");
    expect(page.body).toContain('<html lang="en">');
    expect(links(page.body)).toContain("?shop=north&amp;lang=pl");
    expect(page.body).not.toContain("lang=en&amp;");
    const slugged = await pub(
      `/status/${(await h.ctx.services.accounts.workspace(h.workspaceId)).slug}?shop=south`,
    );
    expect(links(slugged.body)).toContain("?shop=south&amp;lang=en");
  });

  it("a page without other parameters links as before, and a made-up one stays inside its attribute", async () => {
    expect(links((await pub("/status")).body)).toContain("?lang=en");
    const odd = await pub('/status?x="><b>hi</b>');
    expect(odd.body).not.toContain("<b>hi</b>");
    // As the browser (and inject) sends it: percent-encoded; the html template escapes whatever is left.
    expect(links(odd.body)).toContain("?x=%22%3E%3Cb%3Ehi%3C/b%3E&amp;lang=en");
  });

  it("past the kept queries, a made-up one gets the plain page already rendered, not a rendering per visit", async () => {
    for (let i = 0; i < 70; i++) await pub(`/status?shop=s${i}`);
    const plain = await pub("/status");
    const late = await pub("/status?shop=s69");
    // The links carry `lang` alone, and the bytes are the plain page's (one rendering, one compression).
    expect(links(late.body)).toContain("?lang=en");
    expect(late.headers["etag"]).toBe(plain.headers["etag"]);
    expect(late.body).toBe(plain.body);
    // The first ones are still kept (and right).
    expect(links((await pub("/status?shop=s0")).body)).toContain("?shop=s0&amp;lang=en");
  });

  it("otherParams: drops lang in any case, keeps the rest as sent, drops a very long query", () => {
    expect(otherParams("/status")).toBe("");
    expect(otherParams("/status?lang=pl")).toBe("");
    expect(otherParams("/status?LANG=pl&shop=a%20b&&x")).toBe("shop=a%20b&x");
    expect(otherParams(`/status?shop=${"a".repeat(400)}`)).toBe("");
  });
});
