import { describe, expect, it } from "vitest";
import { classify } from "./index.js";

/**
 * Rules of the eighth pass (docs/classification.md, "Eighth pass"), on sentences written for these
 * tests. Each failed on the commit before its rule.
 */
const neg = (text: string, language: string) => classify({ text, language }).sentiment;

describe("a phrase that says its own negation is not turned round by a negator before it", () => {
  it.each([
    ["fr", "Mon colis n'est toujours pas arrivé"],
    ["it", "Il mio pacco non è mai arrivato"],
  ])("%s: %s", (language, text) => {
    expect(neg(text, language)).toBe("negative");
  });
});

describe("French typed without its marks", () => {
  it("reads the marked words of a French text", () => {
    expect(classify({ text: "Colis recu casse, tres decu", language: "fr" })).toMatchObject({
      sentiment: "negative",
      complaint: true,
    });
  });

  it("reads no French spelling without marks into another language's text", () => {
    // French "tué*" typed bare is "tue*", which takes English "Tuesday".
    expect(classify({ text: "Our Paris boutique reopens on Tuesday" }).sentiment).toBe("neutral");
  });
});
