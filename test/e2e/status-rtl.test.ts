import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../src/testing/harness.js";
import { setShop } from "../../src/testing/shop.js";
import { hasBrowser, launchChromium } from "./browser.js";
import { leftEdges } from "./left-edges.js";

/**
 * Hebrew (or Arabic) names among our words on the public page: each must be drawn as its own run, so the
 * list reads in our order, left to right, and our comma and a name's digits stay where we wrote them.
 */
const PAYMENTS = "תשלומים";
const DELIVERY = "משלוחים";
const SUPPORT = "24/7 Support";

describe.runIf(hasBrowser)("right-to-left names on the status page, in Chromium", () => {
  let h: Harness;
  let browser: Browser;
  beforeAll(async () => {
    h = await createHarness({ listen: true });
    browser = await launchChromium();
    await setShop(h, { name: "חנות הספרים", languages: ["en"], default_language: "en" });
    const names: [string, string][] = [
      ["payments", PAYMENTS],
      ["delivery", DELIVERY],
      ["customer_service", SUPPORT],
    ];
    for (const [id, name] of names) {
      const res = await h.app.inject({
        method: "PATCH",
        url: `/api/v1/status/components/${id}`,
        headers: h.auth("admin"),
        payload: { name: { en: name } },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const inc = await h.app.inject({
      method: "POST",
      url: "/api/v1/status/incidents",
      headers: h.auth("responder"),
      payload: {
        title: { en: "Slow checkout" },
        body: { en: "Looking into it." },
        impact: "major",
        components: ["payments", "delivery", "customer_service"],
      },
    });
    expect(inc.statusCode, inc.body).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it("draws the affected components left to right in our order, the '24/7' after the Hebrew", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(`${h.ctx.config.publicUrl}/status?lang=en`);
    const x = await leftEdges(page, "article .meta", [PAYMENTS, DELIVERY, "24/7"]);
    // On the old page one right-to-left run: "24/7 ,םיחולשמ ,םימולשת Support", the digits leftmost.
    expect(Object.keys(x)).toHaveLength(3);
    expect(x[PAYMENTS]).toBeLessThan(x[DELIVERY] as number);
    expect(x[DELIVERY]).toBeLessThan(x["24/7"] as number);
    // Our heading's words stay after the shop's name.
    const h1 = await leftEdges(page, "h1", ["חנות", "Status"]);
    expect(h1["חנות"]).toBeLessThan(h1["Status"] as number);
    await page.close();
  });
});
