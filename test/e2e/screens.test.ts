import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modules } from "../../src/app/modules.js";
import { checkScreen, htmlLang, loginOn, openContext, poll } from "./a11y.js";
import { type BrowserHarness, hasBrowser, openDashboard } from "./browser.js";

const catalogue = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../web/src/i18n/${lang}.json`, import.meta.url), "utf8")) as Record<
    string,
    string
  >;
const en = catalogue("en");
const pl = catalogue("pl");

/** English sentences of the interface (no placeholders) whose Polish differs: none may show to a Polish reader. */
const ENGLISH_ONLY = Object.entries(en)
  .filter(([k, v]) => v.length >= 12 && v.includes(" ") && !/[{<]/.test(v) && pl[k] !== v)
  .map(([, v]) => v);
const KEYS = Object.keys(en);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

interface Screen {
  name: string;
  path: string;
  /** What shows once the page holds the demo's data (a data-testid, waited for). */
  ready: string;
  /** How much of it the demo must fill (rows of a table, items of a list). */
  filled?: { testId: string; atLeast: number };
}

/**
 * Every screen issue 18 names, opened from the demo shop by an English and a Polish browser on a 390 px
 * phone: each is filled with the demo's records, speaks the reader's language (no English sentence of
 * the catalogue on a Polish page, no catalogue key, no internal id, no template braces), has no serious
 * or critical axe finding and no sideways scroll.
 */
describe.runIf(hasBrowser)("the dashboard's screens from the demo shop, in English and Polish", () => {
  let b: BrowserHarness;
  let screens: Screen[];
  beforeAll(async () => {
    b = await openDashboard();
    for (const m of modules) await m.demo?.(b.h.ctx, b.h.workspaceId);
    const mentions = await b.h.app.inject({ url: "/api/v1/mentions?limit=200", headers: b.h.auth() });
    const reposted = (mentions.json().items as { id: string; copies: number }[]).find((m) => m.copies > 0);
    if (!reposted) throw new Error("the demo has no mention with copies");
    screens = [
      { name: "home", path: "/", ready: "home-crisis", filled: { testId: "home-crisis", atLeast: 1 } },
      {
        name: "mentions",
        path: "/mentions",
        ready: "mentions-table-row",
        filled: { testId: "mentions-table-row", atLeast: 20 },
      },
      { name: "mention", path: `/mentions/${reposted.id}`, ready: "mention-detail-copies" },
      { name: "account", path: "/settings/account", ready: "account-password-form" },
      { name: "workspace", path: "/settings/workspace", ready: "workspace-form" },
      {
        name: "team",
        path: "/settings/team",
        ready: "users-table-row",
        filled: { testId: "users-table-row", atLeast: 3 },
      },
      {
        name: "sources",
        path: "/settings/sources",
        ready: "sources-table-row",
        filled: { testId: "sources-table-row", atLeast: 1 },
      },
      { name: "detection", path: "/settings/detection", ready: "detection-sensitivity" },
      {
        name: "classifier",
        path: "/settings/classifier",
        ready: "data-table-row",
        filled: { testId: "data-table-row", atLeast: 3 },
      },
      {
        name: "notifications",
        path: "/settings/notifications",
        ready: "rules-table-row",
        filled: { testId: "rules-table-row", atLeast: 1 },
      },
      {
        name: "webhooks",
        path: "/settings/webhooks",
        ready: "webhook-endpoint",
        filled: { testId: "webhook-endpoint", atLeast: 1 },
      },
      {
        name: "tokens",
        path: "/settings/tokens",
        ready: "tokens-table-row",
        filled: { testId: "tokens-table-row", atLeast: 1 },
      },
    ];
  }, 120_000);
  afterAll(async () => b?.close());

  // The page's words without the crises' own titles on the home page: the shop's data, written in any
  // language. (Alerts there are said in the reader's language from their fields: useAlertHeadline.)
  // Source text: it runs in Chromium, and the Node type-check has no DOM types.
  const textOf = async (page: Page) =>
    (await page.evaluate(`(() => {
      let text = document.body.innerText;
      for (const el of document.querySelectorAll("a.home-item-title[href^='/crises/']"))
        text = text.split(el.innerText).join(" ");
      return text;
    })()`)) as string;

  /** What a reader should never see: ids, catalogue keys, template braces, and (in Polish) English. */
  const leaks = (text: string, lang: string) => {
    const found: string[] = [];
    const id = UUID.exec(text);
    if (id) found.push(`id ${id[0]}`);
    if (/\{\{|\}\}|\[object /.test(text)) found.push("template or object text");
    for (const key of KEYS)
      if (new RegExp(`(^|\\s)${key.replace(/\./g, "\\.")}(\\s|$)`).test(text)) found.push(key);
    if (lang === "pl") for (const s of ENGLISH_ONLY) if (text.includes(s)) found.push(`English: ${s}`);
    return found;
  };

  for (const [locale, lang] of [
    ["en-GB", "en"],
    ["pl-PL", "pl"],
  ] as const) {
    it(`${lang}: every screen is filled, in ${lang}, clean for axe, without sideways scroll at 390 px`, async () => {
      const { context, page } = await openContext(b, locale);
      await loginOn(page, b.url);
      for (const s of screens) {
        await page.goto(`${b.url}${s.path}`);
        await page.getByTestId(s.ready).first().waitFor();
        await page.waitForLoadState("networkidle");
        if (s.filled)
          await poll(() => page.getByTestId(s.filled?.testId ?? "").count()).toBeGreaterThanOrEqual(
            s.filled.atLeast,
          );
        expect(await htmlLang(page), s.name).toBe(lang);
        expect(leaks(await textOf(page), lang), `${s.name} ${lang}`).toEqual([]);
        expect(await checkScreen(page, `${s.name} ${lang}`)).toEqual({
          name: `${s.name} ${lang}`,
          violations: [],
          overflow: 0,
        });
      }
      // The public status page, in the language asked for in its address.
      await page.goto(`${b.url}/status?lang=${lang}`);
      expect(await htmlLang(page)).toBe(lang);
      expect(await checkScreen(page, `status ${lang}`)).toEqual({
        name: `status ${lang}`,
        violations: [],
        overflow: 0,
      });
      await context.close();
      expect(b.pageErrors).toEqual([]);
    });
  }

  // The working pages of the crisis loop read in Polish in pages-pl.test.ts; here the same pages in
  // English on the phone, so no page of the dashboard is left without a 390 px and axe check.
  it("en: the working pages have no axe finding, no sideways scroll and no internal id at 390 px", async () => {
    const firstId = async (url: string) => {
      const id = (await b.h.app.inject({ url, headers: b.h.auth() })).json().items?.[0]?.id as string;
      if (!id) throw new Error(`the demo has nothing at ${url}`);
      return id;
    };
    const pages: [string, string, string][] = [
      ["crises", "/crises", "crises"],
      ["crisis room", `/crises/${await firstId("/api/v1/crises?timeline=false")}`, "crisis-room"],
      ["alerts", "/alerts", "alerts"],
      ["alert", `/alerts/${await firstId("/api/v1/alerts")}`, "alert-detail-status"],
      ["cases", "/cases", "cases-list"],
      ["case", `/cases/${await firstId("/api/v1/cases")}`, "case-view"],
      ["policy", "/cases/policy", "policy-form"],
      ["approvals", "/approvals", "approvals-page"],
      ["messages", "/messages", "messages-table"],
      ["status page", "/statuspage", "components-card"],
      ["monitors", "/monitors", "monitor-link"],
      ["monitor", `/monitors/${await firstId("/api/v1/monitors")}`, "monitor-summary"],
      ["reports", "/reports", "reputation"],
      ["plan", "/plan/overview", "plan-review"],
    ];
    const { context, page } = await openContext(b, "en-GB");
    await loginOn(page, b.url);
    for (const [name, path, ready] of pages) {
      await page.goto(`${b.url}${path}`);
      await page.getByTestId(ready).first().waitFor();
      await page.waitForLoadState("networkidle");
      expect(UUID.exec(await textOf(page))?.[0], name).toBeUndefined();
      expect(await checkScreen(page, `${name} en`)).toEqual({
        name: `${name} en`,
        violations: [],
        overflow: 0,
      });
    }
    await context.close();
    expect(b.pageErrors).toEqual([]);
  });
});
