import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCrisis } from "../../src/comms/testing.js";
import { setShop } from "../../src/testing/shop.js";
import { ADMIN, type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

/**
 * The dashboard's times on the member's own clock (Settings → Account, `/auth/me`'s `user.time_zone`),
 * else the browser's, each named where that clock is not the shop's. On the old code the member's zone
 * reached only their mails: a lead in Tokyo of a Warsaw shop read the browser's times, named by nothing.
 */
describe.runIf(hasBrowser)("the member's own time zone on the dashboard, in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  }, 120_000);
  afterAll(async () => b?.close());

  const setOwnZone = (zone: string | null) =>
    b.h.ctx.db.updateTable("users").set({ time_zone: zone }).where("email", "=", ADMIN.email).execute();
  /** What Chromium shows for `iso` in `timeZone`, as format.ts writes it (spaces made plain). */
  const shown = (iso: string, timeZone: string) =>
    new Date(iso).toLocaleString("en", { dateStyle: "medium", timeStyle: "short", timeZone });
  const plain = (s: string | null) => (s ?? "").replace(/\s+/g, " ");
  const startedCell = () => b.page.getByTestId("crises").textContent();

  it("shows a Tokyo member a Warsaw shop's crisis on their clock, named; cleared, the browser's, named", async () => {
    const { h, page } = b;
    await setShop(h, { time_zone: "Europe/Warsaw" });
    const id = await openCrisis(h, { title: "Checkout down" });
    const started = (await h.app.inject({ url: `/api/v1/crises/${id}`, headers: h.auth("viewer") })).json()
      .started_at as string;
    await setOwnZone("Asia/Tokyo");
    await login(b);
    await page.goto(`${h.ctx.config.publicUrl}/crises`);
    await expect
      .poll(async () => plain(await startedCell()))
      .toContain(plain(`${shown(started, "Asia/Tokyo")} GMT+9`));

    // No zone of their own: the browser's (this Chromium's is UTC), named, for it is not Warsaw's.
    await setOwnZone(null);
    await page.reload();
    await expect
      .poll(async () => plain(await startedCell()))
      .toContain(plain(`${shown(started, "UTC")} UTC`));

    // A shop on the browser's clock: nothing to name.
    await setShop(h, { time_zone: "UTC" });
    await page.reload();
    await expect.poll(async () => plain(await startedCell())).toContain(plain(shown(started, "UTC")));
    expect(plain(await startedCell())).not.toContain(`${plain(shown(started, "UTC"))} UTC`);
    expect(b.pageErrors).toEqual([]);
  });
});
