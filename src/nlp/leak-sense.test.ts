import { describe, expect, it } from "vitest";
import { classify } from "./index.js";

/**
 * "Leak" in its two senses (leak-sense.ts): a thing that leaks is a product fault and no breach; data
 * that leaked is a breach and no product fault. Both read as both before: a shop selling shampoo saw
 * `security` on its leaking bottles.
 */
const THINGS: [string, string][] = [
  ["The shampoo bottle leaked all over the box.", "en"],
  ["My tent leaks at every seam.", "en"],
  ["Aren't these boots supposed to be waterproof? Mine leaked on the first walk.", "en"],
  ["Szampon wyciekł w paczce, wszystko mokre.", "pl"],
  ["Die Flasche hat ein Leck, alles ausgelaufen.", "de"],
];
const DATA: [string, string][] = [
  ["Our customer list leaked online, we got phishing emails", "en"],
  ["My account was hacked and my data leaked", "en"],
  ["My email address was leaked by your shop", "en"],
  ["Wyciek danych klientów, dostaję phishing.", "pl"],
  ["Fuite de données chez vous, je reçois du phishing.", "fr"],
];

describe("a leak's sense", () => {
  it.each(THINGS)("reads %s (%s) as a product fault, not a breach", (text, language) => {
    const c = classify({ text, language });
    expect(c.complaint).toBe(true);
    expect(c.topics).toContain("product_quality");
    expect(c.topics).not.toContain("security");
  });
  it.each(DATA)("reads %s (%s) as a breach, not a product fault", (text, language) => {
    const c = classify({ text, language });
    expect(c.topics).toContain("security");
    expect(c.topics).not.toContain("product_quality");
  });
});
