import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modules } from "../../src/app/modules.js";
import { loginOn, openContext } from "./a11y.js";
import { type BrowserHarness, hasBrowser, openDashboard, SCREENSHOTS } from "./browser.js";

/**
 * The README's pictures, taken from the demo shop so they show what the product does today.
 * `FIREBREAK_SCREENSHOTS=docs` writes them into docs/screenshots (commit them); otherwise they go to
 * test/e2e/screenshots with the other tests' pictures.
 */
const OUT =
  process.env["FIREBREAK_SCREENSHOTS"] === "docs" ? join(process.cwd(), "docs", "screenshots") : SCREENSHOTS;
const DESKTOP = { width: 1280, height: 860 };

describe.runIf(hasBrowser)("README screenshots from the demo shop", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
    for (const m of modules) await m.demo?.(b.h.ctx, b.h.workspaceId);
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => b?.close());

  it("home, crisis room, status page and cases, each showing the demo's records", async () => {
    const { h } = b;
    const { context, page } = await openContext(b, "en-GB", DESKTOP);
    await loginOn(page, b.url);
    const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: false });

    const open = (
      await h.app.inject({ method: "GET", url: "/api/v1/crises?status=open", headers: h.auth() })
    ).json();
    expect(open.items.length).toBeGreaterThan(0);
    await page.getByTestId("home-crisis").first().waitFor();
    await page.getByTestId("home-next").getByRole("listitem").first().waitFor();
    await shot("home");

    const crisis = open.items[0];
    await page.goto(`${b.url}/crises/${crisis.id}`);
    await page.getByRole("heading", { level: 1, name: crisis.title }).waitFor();
    await page.waitForLoadState("networkidle");
    await shot("crisis-room");

    const cases = (
      await h.app.inject({ method: "GET", url: "/api/v1/cases?status=open", headers: h.auth() })
    ).json();
    expect(cases.items.length).toBeGreaterThan(0);
    await page.goto(`${b.url}/cases`);
    await page.waitForLoadState("networkidle");
    await page
      .getByText(cases.items[0].customer.name ?? cases.items[0].customer.email ?? "")
      .first()
      .waitFor();
    await shot("cases");

    await page.goto(`${b.url}/status`);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await shot("status-page");
    await context.close();
  });
});
