import type { Half } from "../src/nlp/test-questions.js";
import { SHOP_LANGS, type ShopLang } from "../src/nlp/test-shop-sentences.js";

/**
 * The questions benches' table: a row per language and half (the held-out half only with `--heldout`)
 * and an "all" row per half summing the languages' counts. `counts` may print the texts it misses; it
 * runs before anything is printed here, so they come first. `cells` writes a row's counts as the
 * columns after "lang" and "half".
 */
export function printHalves(
  header: string[],
  counts: (lang: ShopLang, h: Half) => number[],
  cells: (v: number[]) => string[],
): void {
  const halves: Half[] = process.argv.includes("--heldout") ? ["tuning", "heldout"] : ["tuning"];
  const rows: string[] = [];
  for (const h of halves) {
    const total: number[] = [];
    for (const lang of SHOP_LANGS) {
      const v = counts(lang, h);
      v.forEach((x, k) => {
        total[k] = (total[k] ?? 0) + x;
      });
      rows.push(`| ${lang} | ${h} | ${cells(v).join(" | ")} |`);
    }
    rows.push(`| all | ${h} | ${cells(total).join(" | ")} |`);
  }
  console.log(`| lang | half | ${header.join(" | ")} |`);
  console.log(`|${" --- |".repeat(header.length + 2)}`);
  for (const r of rows) console.log(r);
}

/**
 * The one-set benches' table: a row per language and an "all" row summing their counts. `counts` runs
 * (and may print its misses) before anything is printed here; `cells` writes a row's counts.
 */
export function printLanguages(
  header: string[],
  counts: (lang: ShopLang) => number[],
  cells: (v: number[]) => string[],
): void {
  const rows: string[] = [];
  const total: number[] = [];
  for (const lang of SHOP_LANGS) {
    const v = counts(lang);
    v.forEach((x, k) => {
      total[k] = (total[k] ?? 0) + x;
    });
    rows.push(`| ${lang} | ${cells(v).join(" | ")} |`);
  }
  rows.push(`| all | ${cells(total).join(" | ")} |`);
  console.log(`| lang | ${header.join(" | ")} |`);
  console.log(`|${" --- |".repeat(header.length + 1)}`);
  for (const r of rows) console.log(r);
}
