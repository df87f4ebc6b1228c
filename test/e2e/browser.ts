import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { createHarness, type Harness } from "../../src/testing/harness.js";

export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/lib/chromium/chromium";
/** Browser tests run where Chromium is installed; `npm test` says in one line when it is not. */
export const hasBrowser = existsSync(CHROMIUM) && process.env["FIREBREAK_E2E"] !== "0";
export const SCREENSHOTS = join(process.cwd(), "test", "e2e", "screenshots");

export interface BrowserHarness {
  h: Harness;
  browser: Browser;
  page: Page;
  url: string;
  /** Anything the page printed as an error, or a dialog it opened: a test can assert there was none. */
  pageErrors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export const ADMIN = { email: "lead@shop.test", password: "a long enough password" };

/** Debian's Chromium, headless, as CI runs it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-dev-shm-usage",
    ],
  });
}

/** The real server on a real port with the built dashboard, a logged-in admin, and Chromium. */
export async function openDashboard(env: Record<string, string> = {}): Promise<BrowserHarness> {
  const h = await createHarness({ listen: true, dashboard: true, env });
  const user = await h.ctx.services.accounts.createUser({
    email: ADMIN.email,
    name: "Ola Lead",
    password: ADMIN.password,
  });
  await h.ctx.services.accounts.addMember(h.workspaceId, user.id, "admin");
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  // Generous: a loaded two-core machine can take seconds to answer; a real failure still times out.
  page.setDefaultTimeout(60_000);
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on("dialog", (d) => {
    pageErrors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const url = h.ctx.config.publicUrl;
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    h,
    browser,
    page,
    url,
    pageErrors,
    async screenshot(name) {
      const file = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await browser.close();
      await h.close();
    },
  };
}

export async function login(b: BrowserHarness) {
  await b.page.goto(`${b.url}/login`);
  await b.page.getByTestId("login-email").fill(ADMIN.email);
  await b.page.getByTestId("login-password").fill(ADMIN.password);
  await b.page.getByTestId("login-submit").click();
  await b.page.getByTestId("overview").waitFor();
}
