import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

/** The workspace's brand and public address are what customers see: on the page, in its feeds, in messages. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 60_000);
afterAll(async () => h.close());

const pub = (url: string) => h.app.inject({ method: "GET", url });
const settings = (payload: object) =>
  h.app.inject({ method: "PATCH", url: "/api/v1/workspace", headers: h.auth("admin"), payload });

describe("the shop's brand and public address", () => {
  it("without them the page has no logo, no colour bar and the strict image policy", async () => {
    const page = await pub("/status");
    expect(page.body).not.toContain('class="logo"');
    expect(page.body).not.toContain("border-top:6px");
    expect(page.headers["content-security-policy"]).toContain("img-src 'self' data:;");
    expect((await pub("/status.json")).json().page.url).toBe(`${h.ctx.config.publicUrl}/status/test-shop`);
  });

  it("the page shows the logo and colour, and names the public address as its own", async () => {
    const res = await settings({
      brand: { logo_url: "https://shop.example/logo.png", color: "#AA3300" },
      public_url: "https://status.shop.example/",
    });
    expect(res.statusCode).toBe(200);
    const page = await pub("/status");
    expect(page.body).toContain('<img class="logo" src="https://shop.example/logo.png" alt="" height="32">');
    expect(page.body).toContain("<style>body{border-top:6px solid #aa3300}</style>");
    // The logo lives on the shop's site: this page may load an https image, nothing else changes.
    const csp = String(page.headers["content-security-policy"]);
    expect(csp).toContain("img-src 'self' data: https:");
    expect(csp).toContain("script-src 'self'");
    expect((await pub("/status.json")).json().page.url).toBe("https://status.shop.example");
    // The feed's own link opens the page in the feed's language (the default here), as its entries do.
    expect((await pub("/status/feed.atom")).body).toMatch(
      /<link rel="alternate" type="text\/html" href="https:\/\/status\.shop\.example\?lang=[a-z]{2}"\/>/,
    );
    expect((await pub("/api/v2/summary.json")).json().page.url).toBe("https://status.shop.example");
    // The security headers are shared by every answer: the page's wider image policy is its own.
    const next = String((await pub("/healthz")).headers["content-security-policy"]);
    expect(next).toContain("img-src 'self' data:;");
    expect(next).not.toContain("https:;");
  });

  it("each visitor's languages pick the page's language, however often the same line was seen", async () => {
    const lang = async (headers: Record<string, string>, url = "/status") =>
      (await h.app.inject({ method: "GET", url, headers })).headers["content-language"];
    for (let i = 0; i < 2; i++) {
      expect(await lang({ "accept-language": "de-DE,de;q=0.9" })).toBe("de");
      expect(await lang({ "accept-language": "fr;q=0.2,pl;q=0.8" })).toBe("pl");
      expect(await lang({ "accept-language": "de-DE,de;q=0.9" }, "/status?lang=fr")).toBe("fr");
      expect(await lang({})).toBe("en");
    }
  });

  it("a logo address is text in the page, never markup", async () => {
    const res = await settings({
      brand: { logo_url: 'https://shop.example/l.png?a="><script>x()</script>' },
    });
    expect(res.statusCode).toBe(200);
    const body = (await pub("/status")).body;
    expect(body).not.toContain("<script>x()</script>");
    expect(body).toContain("&quot;&gt;&lt;script&gt;");
  });

  it("messages send customers to the public address", async () => {
    await settings({ brand: { logo_url: null } });
    const crisis = await h.app.inject({
      method: "POST",
      url: "/api/v1/crises",
      headers: h.auth("responder"),
      payload: { title: "Payments fail", type: "payment_failure", severity: "SEV2" },
    });
    const m = await h.app.inject({
      method: "POST",
      url: "/api/v1/comms/messages",
      headers: h.auth("responder"),
      payload: { kind: "customer_email", crisis_id: crisis.json().id, language: "en" },
    });
    expect(m.statusCode).toBe(201);
    expect(m.json().preview.body).toContain("You can follow the status at https://status.shop.example");
  });

  it("a public address with its own query or fragment still opens in the reader's language", async () => {
    expect((await settings({ public_url: "https://shop.example/pages/status?view=1" })).statusCode).toBe(200);
    // It was "…?view=1?lang=en": the shop's page read view as "1?lang=en" and the language was lost.
    expect((await pub("/status/feed.atom")).body).toContain(
      'href="https://shop.example/pages/status?view=1&amp;lang=en"',
    );
    expect((await settings({ public_url: "https://shop.example/pages#status" })).statusCode).toBe(200);
    const crisis = await h.app.inject({
      method: "POST",
      url: "/api/v1/crises",
      headers: h.auth("responder"),
      payload: { title: "Checkout down", type: "payment_failure", severity: "SEV2" },
    });
    const m = await h.app.inject({
      method: "POST",
      url: "/api/v1/comms/messages",
      headers: h.auth("responder"),
      payload: { kind: "customer_email", crisis_id: crisis.json().id, language: "en" },
    });
    // It was "…/pages#status?lang=en": the language sat in the fragment, where no server reads it.
    expect(m.json().preview.body).toContain("https://shop.example/pages?lang=en#status");
  });
});
