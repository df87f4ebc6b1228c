import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveryWave, ingestAll, waveItems } from "../../src/testing/wave-traffic.js";
import { checkScreen, loginOn, openContext } from "./a11y.js";
import { type BrowserHarness, hasBrowser, openDashboard } from "./browser.js";

const DAY = 86_400_000;
const HOUR = 3_600_000;

describe.runIf(hasBrowser)("detection settings in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
    // Sixteen days of stored traffic with a wave of delivery complaints three days ago.
    const now = b.h.clock.now().getTime();
    const start = Math.floor((now - 16 * DAY) / HOUR) * HOUR;
    const events = deliveryWave({
      start,
      days: 16,
      perDay: 80,
      seed: 3,
      wave: { at: start + 13 * DAY + 2 * HOUR, minutes: 45, count: 40, seed: 5 },
    }).filter((e) => Date.parse(e.at) < now);
    await ingestAll(b.h, waveItems(events));
  }, 180_000);
  afterAll(async () => b?.close());

  it("previews the last 30 days with another sensitivity, in the reader's language, then saves it", async () => {
    const { context, page } = await openContext(b, "de-DE");
    await loginOn(page, b.url);
    await page.goto(`${b.url}/settings/detection`);
    const input = page.getByTestId("detection-sensitivity");
    await expect.poll(() => input.inputValue()).toBe("1");
    await input.fill("2");
    await page.getByTestId("detection-preview").click();
    const summary = page.getByTestId("detection-preview-summary");
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toMatch(
      /^Mit dieser Einstellung hätten die letzten 30 Tage \([\d.]+ Erwähnung(en)?\)/,
    );
    expect(await page.getByTestId("detection-preview-table").textContent()).toContain("Beschwerden über");
    expect(await checkScreen(page, "detection preview")).toEqual({
      name: "detection preview",
      violations: [],
      overflow: 0,
    });
    await page.getByTestId("detection-save").click();
    await expect
      .poll(
        async () =>
          (
            await b.h.app.inject({ method: "GET", url: "/api/v1/detection/settings", headers: b.h.auth() })
          ).json().falseAlarmsPerWeek,
        // Saving re-reads the detection state; on a busy machine that is more than the default second.
        { timeout: 20_000 },
      )
      .toBe(2);
    await context.close();
  });

  it("declares a planned surge in the reader's language and zone, refuses an end before its start, removes it", async () => {
    const { context, page } = await openContext(b, "pl-PL");
    await loginOn(page, b.url);
    await page.goto(`${b.url}/settings/detection`);
    const card = page.getByTestId("surges-card");
    await card.waitFor();
    expect(await card.textContent()).toContain("Brak zaplanowanych wzrostów");
    await page.getByTestId("surge-label").fill('Black Friday <img src=x onerror="alert(1)">');
    await page.getByTestId("surge-multiple").fill("5");
    await page.getByTestId("surge-start").fill("2026-11-27T08:00");
    await page.getByTestId("surge-end").fill("2026-11-27T06:00");
    expect(await page.getByTestId("field-plannedSurges.0.end").textContent()).toContain(
      "Koniec musi nastąpić po początku",
    );
    expect(await page.getByTestId("surge-add").isDisabled()).toBe(true);
    await page.getByTestId("surge-end").fill("2026-11-28T02:00");
    await page.getByTestId("surge-add").click();
    const table = page.getByTestId("surges-table");
    await expect.poll(() => table.textContent(), { timeout: 20_000 }).toContain("×5");
    // Typed as text, never markup: the label is shown as the team wrote it.
    expect(await table.textContent()).toContain('Black Friday <img src=x onerror="alert(1)">');
    expect(await page.locator("img[src=x]").count()).toBe(0);
    const stored = (
      await b.h.app.inject({ method: "GET", url: "/api/v1/detection/settings", headers: b.h.auth() })
    ).json().plannedSurges;
    // The browser runs in UTC here (openContext), so 08:00 typed is 08:00Z.
    expect(stored).toEqual([
      {
        label: 'Black Friday <img src=x onerror="alert(1)">',
        start: new Date("2026-11-27T08:00").toISOString(),
        end: new Date("2026-11-28T02:00").toISOString(),
        multiple: 5,
      },
    ]);
    expect(await checkScreen(page, "planned surges")).toEqual({
      name: "planned surges",
      violations: [],
      overflow: 0,
    });
    await page.getByTestId("surge-remove").click();
    expect(await card.textContent()).toContain("Usunąć zaplanowany wzrost");
    await page.getByTestId("surge-remove-confirm").click();
    await expect.poll(() => card.textContent(), { timeout: 20_000 }).toContain("Brak zaplanowanych wzrostów");
    await context.close();
  });
});
