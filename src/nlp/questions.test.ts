import { describe, expect, it } from "vitest";
import { classify } from "./index.js";
import { half, QUESTIONS } from "./test-questions.js";
import { SHOP_LANGS, type ShopLang } from "./test-shop-sentences.js";

/**
 * The ninth pass (docs/classification.md): request questions are not complaints. The tuning half (even
 * index) is held to every sentence; the held-out half (odd index, read once after the rules were
 * written) to the figures it gave then. On main (523de59) 9 tuning and 10 held-out requests of 60 read
 * as complaints.
 */

/** Tuning requests still read as complaints, and why. */
const STILL_MISSED: Partial<Record<ShopLang, string[]>> = {
  // "inny rozmiar" is a problem phrase ("got another size"); here it is the size asked for.
  pl: ["Jak wymienić produkt na inny rozmiar?"],
};

const read = (text: string, language: string) => classify({ text, language });

describe("request questions, tuning half", () => {
  for (const lang of SHOP_LANGS) {
    const { requests, complaints } = QUESTIONS[lang];
    const missed = STILL_MISSED[lang] ?? [];
    for (const text of requests.filter((t, i) => half(i) === "tuning" && !missed.includes(t))) {
      it(`${lang}: "${text}" is no complaint and not negative`, () => {
        const c = read(text, lang);
        expect(c.complaint).toBe(false);
        expect(c.sentiment).not.toBe("negative");
      });
    }
    for (const text of complaints.filter((_, i) => half(i) === "tuning")) {
      it(`${lang}: "${text}" is a complaint`, () => {
        expect(read(text, lang).complaint).toBe(true);
      });
    }
  }
});

describe("request questions, held-out half (floors measured once)", () => {
  const held = <T>(xs: T[]) => xs.filter((_, i) => half(i) === "heldout");
  it("reads at most 1 of 60 requests as a complaint (main: 10)", () => {
    const wrong = SHOP_LANGS.flatMap((lang) =>
      held(QUESTIONS[lang].requests).filter((t) => read(t, lang).complaint),
    );
    expect(wrong.length).toBeLessThanOrEqual(1);
  });
  it("keeps at least 35 of 36 complaint questions as complaints (main: 35)", () => {
    const right = SHOP_LANGS.flatMap((lang) =>
      held(QUESTIONS[lang].complaints).filter((t) => read(t, lang).complaint),
    );
    expect(right.length).toBeGreaterThanOrEqual(35);
  });
});

describe("what keeps a question a complaint", () => {
  it.each([
    ["en", "How do I cancel my order??"],
    ["en", "How do I cancel my order, it never arrived?"],
    ["en", "Can I return this useless jacket?"],
    ["en", "How do I file a complaint?"],
    ["pl", "Jak złożyć reklamację?"],
    ["en", "Terrible quality. How do I return it?"],
    ["en", "When will I finally get my refund?"],
    ["de", "Wann bekomme ich endlich mein Geld zurück?"],
    ["es", "¿Cuándo me devolvéis el dinero de una vez?"],
  ])("%s: %s", (lang, text) => {
    expect(read(text, lang).complaint).toBe(true);
  });

  it("reads a request beside a plain statement as a request", () => {
    const c = read("Hi, how can I change my delivery address? Thanks", "en");
    expect(c.complaint).toBe(false);
    expect(c.sentiment).not.toBe("negative");
  });

  it("leaves words of impatience outside questions alone", () => {
    expect(read("Finally got my order, love it", "en").complaint).toBe(false);
    expect(read("Endlich angekommen, super!", "de").complaint).toBe(false);
  });
});
