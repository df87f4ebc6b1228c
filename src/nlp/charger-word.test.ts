import { describe, expect, it } from "vitest";
import { classify } from "./index.js";

/** A charger is a thing that charges a phone, not a charge on a card: no price topic for it. */
describe("a charger is a product, not a charge", () => {
  it.each([
    ["The charger stopped working after a week.", "en", "product_quality"],
    ["Charger missing from the box.", "en", "order_error"],
    ["Le chargeur ne fonctionne plus.", "fr", "product_quality"],
  ])("%s (%s) reads %s and no price", (text, language, topic) => {
    const c = classify({ text, language });
    expect(c.topics).toContain(topic);
    expect(c.topics).not.toContain("price");
  });

  it.each([
    ["They charged me twice for one order.", "en"],
    ["Hidden charges at checkout, 15€ more than shown.", "en"],
  ])("a charge on the bill still reads price: %s", (text, language) => {
    expect(classify({ text, language }).topics).toContain("price");
  });
});
