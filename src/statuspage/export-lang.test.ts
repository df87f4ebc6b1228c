import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";

let h: Harness;
let dir: string;
beforeAll(async () => {
  h = await shopHarness({ time_zone: "Europe/Warsaw", languages: ["pl", "en"], default_language: "pl" });
  dir = mkdtempSync(join(tmpdir(), "fb-export-lang-"));
  await h.ctx.services.statuspage.exportTo(dir, h.workspaceId);
});
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs the exported language script as the browser would on `file` (a page of the export) opened with
 * `search` and `hash`: where it sends the visitor, or null when it stays.
 */
function openedAt(file: string, search: string, hash = "", browser?: readonly string[]): string | null {
  const page = readFileSync(join(dir, file), "utf8");
  const tag = /<script src="([^"]*assets\/lang\.js)" data-root="([^"]*)"><\/script>/.exec(page);
  if (!tag) throw new Error(`${file} does not load the language script`);
  const lang = /<html lang="(\w+)"/.exec(page)?.[1];
  let went: string | null = null;
  runInNewContext(readFileSync(join(dir, "assets", "lang.js"), "utf8"), {
    document: {
      currentScript: { getAttribute: (n: string) => (n === "data-root" ? tag[2] : null) },
      documentElement: { lang },
    },
    location: { search, hash, replace: (to: string) => (went = to) },
    ...(browser ? { navigator: { languages: browser, language: browser[0] } } : {}),
  });
  return went;
}

/**
 * A notice's link opens the shop's public address with `?lang=de`. A static copy served there ignored it
 * (the languages live at `de/index.html`), so every reader got the default language's page.
 */
describe("the static copy honours ?lang=", () => {
  it("every exported page loads the script before its stylesheet, with the way back to the root", () => {
    const root = readFileSync(join(dir, "index.html"), "utf8");
    // On the old code there was no such script.
    expect(root).toContain('<script src="assets/lang.js" data-root=""></script><link rel="stylesheet"');
    expect(readFileSync(join(dir, "de", "index.html"), "utf8")).toContain(
      '<script src="../assets/lang.js" data-root="../"></script>',
    );
  });

  it("goes to the asked language's page, keeping the other parameters and the fragment", () => {
    expect(openedAt("index.html", "?lang=de", "#incident-1")).toBe("de/index.html#incident-1");
    expect(openedAt("index.html", "?shop=north&lang=fr")).toBe("fr/index.html?shop=north");
    expect(openedAt("index.html", "?LANG=de-CH")).toBe("de/index.html");
    expect(openedAt("pl/index.html", "?lang=en")).toBe("../en/index.html");
  });

  it("stays where the page already is in that language, or the language is not exported", () => {
    expect(openedAt("index.html", "?lang=pl")).toBeNull();
    expect(openedAt("en/index.html", "?lang=en")).toBeNull();
    expect(openedAt("index.html", "?lang=pt")).toBeNull();
    expect(openedAt("index.html", "?lang=")).toBeNull();
    expect(openedAt("index.html", "")).toBeNull();
  });
});

/**
 * The live page answers a visitor in their browser's language (Accept-Language); the static copy's root
 * stayed in the shop's default language for everyone, so a German reader of a Polish shop's copy got Polish.
 */
describe("the static copy's root follows the browser's languages", () => {
  it("goes to the first exported language the browser asks for, keeping the query and fragment", () => {
    // On the old code each of these stayed on the Polish root page.
    expect(openedAt("index.html", "", "", ["de-DE", "de", "en"])).toBe("de/index.html");
    expect(openedAt("index.html", "?utm_source=mail", "#incident-2", ["pt-BR", "fr-CA"])).toBe(
      "fr/index.html?utm_source=mail#incident-2",
    );
  });

  it("stays when the browser asks for the root's language first, or for none exported", () => {
    expect(openedAt("index.html", "", "", ["pl-PL", "de"])).toBeNull();
    expect(openedAt("index.html", "", "", ["pt-BR", "ja"])).toBeNull();
  });

  it("never overrides a choice: ?lang= wins, and a language's own page stays", () => {
    expect(openedAt("index.html", "?lang=pl", "", ["de"])).toBeNull();
    expect(openedAt("index.html", "?lang=en", "", ["de"])).toBe("en/index.html");
    expect(openedAt("de/index.html", "", "", ["fr"])).toBeNull();
  });
});
