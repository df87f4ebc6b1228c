import { describe, expect, it } from "vitest";
import { classify } from "./index.js";
import { COMPLAINTS, KIND_TOPICS, type Kind, NOT_COMPLAINTS, SHOP_LANGS } from "./test-shop-sentences.js";

/**
 * The eighth pass's shop sentences (test-shop-sentences.ts): every complaint reads negative, as a
 * complaint, with a right topic, but those the rules still miss (below, with why); no non-complaint reads
 * as a complaint or negative. Before the pass 138 of the 198 complaints read all three right.
 */
const GAPS = new Set([
  // (A price shown and a higher one charged, two amounts and no word of a problem, reads as a price
  // complaint since the thirty-second pass, crisis-facts.ts.)
  // (A refund promised, "versprochen" / "promis" beside it, reads as a refund problem since the
  // seventeenth pass.)
  // German typed with "ae" for "ä" ("laedt"): not read (folding would join "schoen" and "schon").
  "seite laedt seit heute morgen nicht",
  "Ça fait des jours que j'essaie de joindre le service client, personne ne répond",
  "Une heure d'attente au téléphone et ils ont raccroché",
  // "A leak" alone is no data leak in Polish ("wyciek" of a liquid).
  "Skąd mój adres na liście z wycieku?",
]);

const cases = SHOP_LANGS.flatMap((lang) =>
  (Object.entries(COMPLAINTS[lang]) as [Kind, string[]][]).flatMap(([kind, texts]) =>
    texts.filter((t) => !GAPS.has(t)).map((text) => [lang, kind, text] as const),
  ),
);

describe("shop complaints in six languages", () => {
  it.each(cases)("%s %s: %s", (language, kind, text) => {
    const c = classify({ text, language });
    expect(c.sentiment).toBe("negative");
    expect(c.complaint).toBe(true);
    expect(
      c.topics.some((t) => KIND_TOPICS[kind].includes(t)),
      `topics ${c.topics}`,
    ).toBe(true);
  });

  it("the gaps are still gaps (a fixed one leaves the list)", () => {
    for (const lang of SHOP_LANGS)
      for (const [kind, texts] of Object.entries(COMPLAINTS[lang]) as [Kind, string[]][])
        for (const text of texts.filter((t) => GAPS.has(t))) {
          const c = classify({ text, language: lang });
          const right = c.topics.some((t) => KIND_TOPICS[kind].includes(t));
          expect(c.sentiment === "negative" && c.complaint && right, text).toBe(false);
        }
  });
});

describe("shop praise, questions and facts", () => {
  it.each(SHOP_LANGS.flatMap((l) => NOT_COMPLAINTS[l].map((t) => [l, t] as const)))(
    "%s: %s",
    (language, text) => {
      const c = classify({ text, language });
      expect(c.complaint).toBe(false);
      expect(c.sentiment).not.toBe("negative");
    },
  );
});
