import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { ADMIN, type BrowserHarness } from "./browser.js";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const PHONE = { width: 390, height: 844 };

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

// Page code is written as source text: it runs in Chromium, and the Node type-check has no DOM types.
const AXE_RUN = `(async () => {
  const result = await window.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
})()`;

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.x A and AA rules). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate("'axe' in window"))) await page.addScriptTag({ content: AXE_SOURCE });
  return (await page.evaluate(AXE_RUN)) as AxeViolation[];
}

/** How many pixels the page is wider than the window (0 = no horizontal scroll). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return (await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")) as number;
}

/** The page's `<html lang>`. */
export async function htmlLang(page: Page): Promise<string> {
  return (await page.evaluate("document.documentElement.lang")) as string;
}

/** A second browser context with its own cookies, window size and browser language. */
export async function openContext(b: BrowserHarness, locale: string, viewport = PHONE) {
  // bypassCSP: the page allows only its own scripts, and axe-core is injected by the test.
  const context = await b.browser.newContext({ viewport, locale, bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  page.on("pageerror", (e) => b.pageErrors.push(`pageerror: ${e.message}`));
  return { context, page };
}

/** Logs the seeded admin in on `page` (any language) and waits for the home page. */
export async function loginOn(page: Page, url: string, who = ADMIN) {
  await page.goto(`${url}/login`);
  await page.getByTestId("login-email").fill(who.email);
  await page.getByTestId("login-password").fill(who.password);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("overview").waitFor();
}

/** Every screen check in one call: no serious/critical axe finding and no horizontal scroll. */
export async function checkScreen(page: Page, name: string) {
  const violations = await seriousViolations(page);
  const overflow = await horizontalOverflow(page);
  return { name, violations, overflow };
}

/** expect.poll with room for a loaded two-core machine (vitest's default gives up after one second). */
export const poll = <T>(fn: () => T | Promise<T>, options: { timeout?: number; interval?: number } = {}) =>
  expect.poll(fn, { timeout: 30_000, ...options });
