import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultPlan } from "../../src/plan/default-plan/index.js";
import { quoted, setFormatLocale } from "../../web/src/format.js";
import type { Locale } from "../../web/src/i18n/locales.js";

const catalogue = (l: Locale): string[] => {
  const dir = fileURLToPath(new URL("../../web/src/i18n/", import.meta.url));
  return Object.values(JSON.parse(readFileSync(`${dir}${l}.json`, "utf8")) as Record<string, string>);
};

/** Every French string of the shipped plan (tasks, roles, templates' names…), wherever it sits. */
function frenchOf(v: unknown, key = ""): string[] {
  if (typeof v === "string") return key === "fr" ? [v] : [];
  if (Array.isArray(v)) return v.flatMap((x) => frenchOf(x));
  return v && typeof v === "object" ? Object.entries(v).flatMap(([k, x]) => frenchOf(x, k)) : [];
}

/**
 * A quoted word is set the reader's way: « en retard » (with the narrow no-break space, so no line starts
 * with a lone guillemet), „spät“, „późno”, «tardi», «tarde». The dashboard quoted a tone remark's words
 * “so” in every language, and the French catalogue and plan put a breakable space inside « ».
 */
describe("quotation marks in the interface language", () => {
  it("quoted() follows the interface language", () => {
    const said = (["en", "fr", "de", "pl", "it", "es"] as const).map((l) => {
      setFormatLocale(l);
      return quoted("x");
    });
    setFormatLocale("en");
    // On the old code the tone remarks wrote “x” whatever the language.
    expect(said).toEqual(["“x”", "«\u202fx\u202f»", "„x“", "„x”", "«x»", "«x»"]);
  });

  it("the catalogues quote each language's way", () => {
    // On the old code: 19 French messages with a breakable space inside « », 10 Italian ones in “ ”.
    expect(catalogue("fr").filter((m) => /« | »/.test(m))).toEqual([]);
    expect(catalogue("it").filter((m) => /[“”]/.test(m))).toEqual([]);
    expect(catalogue("es").filter((m) => /[“”]/.test(m))).toEqual([]);
    expect(catalogue("de").filter((m) => /“[^“]*”/.test(m))).toEqual([]);
    expect(catalogue("pl").filter((m) => /“[^“]*”/.test(m))).toEqual([]);
  });

  it("the shipped plan's French quotes hold their words", () => {
    // On the old code three tasks: "Publier « nous sommes au courant … » …".
    const fr = frenchOf(defaultPlan);
    expect(fr.length).toBeGreaterThan(50);
    expect(fr.filter((t) => /« | »/.test(t))).toEqual([]);
  });
});
