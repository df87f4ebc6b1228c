import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

describe.runIf(hasBrowser)("dashboard shell in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  });
  afterAll(async () => b?.close());

  it("logs in, shows real figures from the store, switches workspace, and logs out", async () => {
    const { h, page } = b;
    // A second workspace for the same admin, to switch to.
    const other = await h.ctx.services.accounts.createWorkspace({
      name: "Second brand",
      slug: "second-brand",
    });
    const me = await h.ctx.services.accounts.login("lead@shop.test", "a long enough password");
    await h.ctx.services.accounts.addMember(other.id, me.userId, "admin");

    await page.goto(`${b.url}/`);
    await page.waitForURL(/\/login/);
    await login(b);
    // The figures arrive after the shell draws its dashes, so wait for them rather than read once.
    const mentions = page.getByTestId("stat-mentions");
    await expect.poll(async () => mentions.textContent(), { timeout: 15_000 }).toMatch(/\d/);
    const figures = await h.app.inject({ method: "GET", url: "/api/v1/overview", headers: h.auth() });
    await expect
      .poll(async () => page.getByTestId("stat-open-crises").textContent(), { timeout: 15_000 })
      .toContain(String(figures.json().open_crises));
    await b.screenshot("home");

    await page.getByTestId("workspace-switcher").selectOption(other.id);
    await page.getByTestId("workspace-switcher").waitFor();
    await expect.poll(async () => page.getByTestId("workspace-switcher").inputValue()).toBe(other.id);

    await page.getByTestId("logout").click();
    await page.waitForURL(/\/login/);
    const after = await page.evaluate(async () => (await fetch("/api/v1/auth/me")).status);
    expect(after).toBe(401);
    expect(b.pageErrors).toEqual([]);
  });

  it("a one-time login link signs in and asks for a password", async () => {
    const { h, page } = b;
    const ws = await h.ctx.services.accounts.workspace(h.workspaceId);
    const user = await h.ctx.services.accounts.createUser({ email: "new@shop.test", name: "New" });
    await h.ctx.services.accounts.addMember(ws.id, user.id, "responder");
    const link = await h.ctx.services.accounts.createLoginLink(user.id, ws.id);
    await page.goto(link);
    await page.getByTestId("new-password").waitFor();
    await page.getByTestId("new-password").fill("another long password");
    await page.getByTestId("confirm-password").fill("another long password");
    await page.getByTestId("password-submit").click();
    await page.getByTestId("overview").waitFor();
    await b.screenshot("after-link");
  });
});
