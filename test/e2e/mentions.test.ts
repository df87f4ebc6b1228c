import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkScreen, loginOn, openContext } from "./a11y.js";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

const SCRIPT = `<script>window.__pwned = 1; alert("xss")</script>Acme parcel lost`;
const IMG = `<img src=x onerror="window.__pwned = 2; alert('img')">Acme refund missing`;

describe.runIf(hasBrowser)("mentions in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  });
  afterAll(async () => b?.close());

  it("shows mentions live, filters them, charts them, and never runs their markup", async () => {
    const { h, page } = b;
    const post = (mentions: unknown[]) =>
      h.app.inject({
        method: "POST",
        url: "/api/v1/mentions",
        headers: h.auth("responder"),
        payload: { mentions },
      });
    await post([
      {
        source: "twitter",
        external_id: "x1",
        text: SCRIPT,
        created_at: new Date(Date.now() - 3600_000).toISOString(),
      },
      { source: "reviews", external_id: "x2", text: "Lovely shop, quick delivery, thank you!" },
    ]);
    await login(b);
    await page.getByTestId("nav-mentions").click();
    await page.getByTestId("mentions-table-row").first().waitFor();
    const texts = await page.getByTestId("mention-text").allTextContents();
    expect(texts).toContain(SCRIPT);
    await page.getByTestId("mentions-chart").locator("canvas").first().waitFor();

    await expect
      .poll(() => page.getByTestId("mentions-live").textContent(), { timeout: 15_000 })
      .toBe("live");
    await post([{ source: "forum", external_id: "x3", text: IMG }]);
    await expect
      .poll(() => page.getByTestId("live-text").first().textContent(), { timeout: 15_000 })
      .toBe(IMG);
    await expect
      .poll(() => page.getByTestId("mention-text").allTextContents(), { timeout: 15_000 })
      .toContain(IMG);

    // The payloads are text on the page, not elements, and nothing they carry has run.
    expect(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator("main img[src='x']").count()).toBe(0);
    expect(await page.locator("main script").count()).toBe(0);

    // The source is chosen from the sources seen, and every filter is kept in the address bar.
    await page.getByTestId("filter-source").selectOption("reviews");
    await expect
      .poll(() => page.getByTestId("mention-text").allTextContents(), { timeout: 15_000 })
      .toEqual(["Lovely shop, quick delivery, thank you!"]);
    expect(new URL(page.url()).searchParams.get("source")).toBe("reviews");
    await page.reload();
    await expect
      .poll(() => page.getByTestId("mention-text").allTextContents(), { timeout: 15_000 })
      .toEqual(["Lovely shop, quick delivery, thank you!"]);
    expect(await page.getByTestId("filter-source").inputValue()).toBe("reviews");
    await page.getByTestId("filter-source").selectOption("");
    await page.getByTestId("filter-q").fill("refund missing");
    await expect
      .poll(() => page.getByTestId("mention-text").allTextContents(), { timeout: 15_000 })
      .toEqual([IMG]);
    await page.getByTestId("filter-q").fill("");

    // Each select filter shows exactly what the API answers for it (classification is not this test's
    // business, the wiring from control to query is).
    const apiTexts = async (qs: string) => {
      const res = await h.app.inject({
        method: "GET",
        url: `/api/v1/mentions?${qs}`,
        headers: h.auth("viewer"),
      });
      return (res.json().items as { text: string }[]).map((m) => m.text);
    };
    let narrowed = 0;
    for (const [testId, value, qs] of [
      ["filter-sentiment", "positive", "sentiment=positive"],
      ["filter-language", "en", "language=en"],
      ["filter-topic", "returns_refunds", "topic=returns_refunds"],
    ] as const) {
      const expected = await apiTexts(qs);
      await page.getByTestId(testId).selectOption(value);
      if (expected.length) {
        narrowed++;
        await expect
          .poll(() => page.getByTestId("mention-text").allTextContents(), { timeout: 15_000 })
          .toEqual(expected);
      } else {
        await expect.poll(() => page.getByTestId("mention-text").count(), { timeout: 15_000 }).toBe(0);
      }
      await page.getByTestId(testId).selectOption("");
      await expect.poll(() => page.getByTestId("mention-text").count(), { timeout: 15_000 }).toBe(3);
    }
    expect(narrowed).toBeGreaterThan(0);
    await b.screenshot("mentions");
    expect(b.pageErrors).toEqual([]);
  }, 120_000);
});

describe.runIf(hasBrowser)("mentions chart, search and phone layout", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  });
  afterAll(async () => b?.close());

  it("draws every hour of the range, the empty ones as zero, with the counts where they belong", async () => {
    const { h, page } = b;
    const hour = 3600_000;
    const thisHour = Math.floor(Date.now() / hour) * hour;
    const at = (hoursAgo: number, minute: number) =>
      new Date(thisHour - hoursAgo * hour + minute * 60_000).toISOString();
    const mentions = [
      ...[1, 2, 3].map((i) => ({
        source: "x",
        external_id: `a${i}`,
        text: `Paczka nie dotarła ${i}`,
        created_at: at(5, i),
      })),
      { source: "x", external_id: "b1", text: "Płatność odrzucona", created_at: at(30, 7) },
    ];
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/mentions",
      headers: h.auth("responder"),
      payload: { mentions },
    });
    expect(res.statusCode).toBe(202);
    await login(b);
    await page.goto(`${b.url}/mentions?range=7d&bucket=hour`);
    const plot = page.getByTestId("mentions-chart-plot");
    await plot.waitFor();
    const drawn = async () => JSON.parse((await plot.getAttribute("data-points")) ?? "[]") as number[][];
    await expect.poll(async () => (await drawn())[1]?.reduce((a, v) => a + v, 0)).toBe(4);
    const [xs = [], counts = []] = await drawn();
    // 7 days of hours, one point each, evenly spaced, ending at the current hour.
    expect(xs.length).toBeGreaterThanOrEqual(7 * 24);
    expect(xs.length).toBeLessThanOrEqual(7 * 24 + 1);
    expect(new Set(xs.slice(1).map((x, i) => x - (xs[i] ?? 0)))).toEqual(new Set([3600]));
    expect(xs.at(-1)).toBe(thisHour / 1000);
    const countAt = (hoursAgo: number) => counts[xs.indexOf((thisHour - hoursAgo * hour) / 1000)];
    expect(countAt(5)).toBe(3);
    expect(countAt(30)).toBe(1);
    expect(countAt(6)).toBe(0);
    expect(counts.filter((c) => c === 0).length).toBe(xs.length - 2);

    // Search ignores accents and case: "platnosc" finds "Płatność".
    await page.getByTestId("filter-q").fill("platnosc");
    await expect
      .poll(() => page.getByTestId("mention-text").allTextContents(), { timeout: 15_000 })
      .toEqual(["Płatność odrzucona"]);
    expect(new URL(page.url()).searchParams.get("q")).toBe("platnosc");
  });

  it("reads well at 390 px in Polish and English: words wrap, no sideways scroll, no axe findings", async () => {
    const { h } = b;
    const long =
      "Zamówiłem kurtkę trzy tygodnie temu i nadal nie przyszła, kontakt z obsługą klienta nie działa wcale";
    await h.app.inject({
      method: "POST",
      url: "/api/v1/mentions",
      headers: h.auth("responder"),
      payload: { mentions: [{ source: "forum", external_id: "long1", text: long, author: "anna_k" }] },
    });
    for (const locale of ["pl-PL", "en-GB"]) {
      const { context, page } = await openContext(b, locale);
      await loginOn(page, b.url);
      await page.goto(`${b.url}/mentions`);
      const cell = page.getByTestId("mention-text").filter({ hasText: "kurtkę" });
      await cell.waitFor();
      // Wrapped between words: every line of the cell ends at a space, never inside a word.
      // Source text: it runs in Chromium, and the Node type-check has no DOM types.
      const lines = (await page.evaluate(`(() => {
        const el = [...document.querySelectorAll("[data-testid=mention-text]")].find((e) => e.textContent.includes("kurtkę"));
        const node = el.firstChild;
        const range = document.createRange();
        const tops = new Map();
        for (let i = 0; i < node.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          tops.set(top, (tops.get(top) ?? "") + node.data[i]);
        }
        return [...tops.values()];
      })()`)) as string[];
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.join("")).toBe(long);
      for (const line of lines.slice(0, -1)) expect(line.endsWith(" ")).toBe(true);
      const result = await checkScreen(page, `mentions ${locale}`);
      expect(result).toEqual({ name: `mentions ${locale}`, violations: [], overflow: 0 });
      if (locale === "pl-PL")
        expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Wzmianki");
      await context.close();
    }
    expect(b.pageErrors).toEqual([]);
  });
});
