import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../../src/testing/harness.js";
import { shopHarness } from "../../src/testing/shop.js";
import { htmlLang } from "./a11y.js";
import { hasBrowser, launchChromium } from "./browser.js";

/**
 * The static copy a shop hosts elsewhere when its server is the thing that is down: opened from disk in
 * a real browser, it answers a notice's `?lang=` and the reader's browser languages as the live page
 * answers `?lang=` and Accept-Language.
 */
describe.runIf(hasBrowser)("the exported status page in a browser", () => {
  let h: Harness;
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    h = await shopHarness({ time_zone: "Europe/Warsaw", languages: ["pl", "en"], default_language: "pl" });
    dir = mkdtempSync(join(tmpdir(), "fb-export-browser-"));
    await h.ctx.services.statuspage.exportTo(dir, h.workspaceId);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(locale: string, search = "") {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${pathToFileURL(join(dir, "index.html")).href}${search}`);
    await page.waitForLoadState("domcontentloaded");
    const at = { lang: await htmlLang(page), path: new URL(page.url()).pathname.slice(dir.length) };
    await context.close();
    return at;
  }

  it("a German browser on the root gets the German page; a Polish one stays on the root", async () => {
    expect(await open("de-DE")).toEqual({ lang: "de", path: "/de/index.html" });
    expect(await open("pl-PL")).toEqual({ lang: "pl", path: "/index.html" });
  });

  it("?lang= from a notice wins over the browser's language", async () => {
    expect(await open("de-DE", "?lang=en")).toEqual({ lang: "en", path: "/en/index.html" });
    expect(await open("de-DE", "?lang=pl")).toEqual({ lang: "pl", path: "/index.html" });
  });
});
