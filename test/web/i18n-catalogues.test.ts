import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  isPluralElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
  parse,
} from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";

/**
 * The dashboard's catalogues (web/src/i18n/*.json) must each carry every key of en.json, as ICU messages
 * that parse, use the same placeholders and tags, and give every plural form the language needs
 * (Polish needs one/few/many/other where English has one/other).
 */
const DIR = fileURLToPath(new URL("../../web/src/i18n/", import.meta.url));
const LANGS = ["en", "pl", "de", "fr", "it", "es"];
const load = (lang: string) =>
  JSON.parse(readFileSync(`${DIR}${lang}.json`, "utf8")) as Record<string, string>;
const en = load("en");

/** Placeholder and tag names of a message, plural and select branches included. */
function names(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if ("value" in el && typeof el.value === "string" && el.type !== 0) out.add(el.value);
    if (isTagElement(el)) names(el.children, out);
    if (isPluralElement(el) || isSelectElement(el)) {
      for (const option of Object.values(el.options)) names(option.value, out);
    }
  }
  return out;
}

/** Plural forms a message is missing for `lang` (exact "=n" branches do not count). */
function missingPluralForms(elements: MessageFormatElement[], lang: string): string[] {
  const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const missing: string[] = [];
  for (const el of elements) {
    if (isPluralElement(el)) {
      for (const c of needed) if (!(c in el.options)) missing.push(`${el.value}:${c}`);
      for (const o of Object.values(el.options)) missing.push(...missingPluralForms(o.value, lang));
    }
    if (isSelectElement(el)) {
      for (const o of Object.values(el.options)) missing.push(...missingPluralForms(o.value, lang));
    }
    if (isTagElement(el)) missing.push(...missingPluralForms(el.children, lang));
  }
  return missing;
}

describe("dashboard catalogues", () => {
  it("there is one catalogue per interface language and no other", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));
    expect(files.sort()).toEqual(LANGS.map((l) => `${l}.json`).sort());
    expect(Object.keys(en).length).toBeGreaterThan(100);
  });

  for (const lang of LANGS) {
    it(`${lang}: has every key of en.json and nothing else, each a non-empty ICU message`, () => {
      const cat = load(lang);
      const missing = Object.keys(en).filter((k) => !(k in cat));
      const extra = Object.keys(cat).filter((k) => !(k in en));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      const empty = Object.entries(cat).filter(([, v]) => typeof v !== "string" || !v.trim());
      expect(empty.map(([k]) => k)).toEqual([]);
    });

    it(`${lang}: every message parses, has en's placeholders and the plural forms ${lang} needs`, () => {
      const cat = load(lang);
      const problems: string[] = [];
      for (const [key, message] of Object.entries(cat)) {
        let ast: MessageFormatElement[];
        try {
          ast = parse(message);
        } catch (e) {
          problems.push(`${key}: does not parse (${(e as Error).message})`);
          continue;
        }
        const reference = names(parse(en[key] ?? ""));
        const own = names(ast);
        const diff = [...new Set([...reference, ...own])].filter((n) => reference.has(n) !== own.has(n));
        if (diff.length) problems.push(`${key}: placeholders differ from en (${diff.join(", ")})`);
        const forms = missingPluralForms(ast, lang);
        if (forms.length) problems.push(`${key}: missing plural forms ${forms.join(", ")}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it("a catalogue without a key fails the check above", () => {
    const cat = { ...load("pl") };
    delete cat["nav.home"];
    expect(Object.keys(en).filter((k) => !(k in cat))).toEqual(["nav.home"]);
  });
});
