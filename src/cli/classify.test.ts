import { describe, expect, it } from "vitest";
import { parseLanguages } from "./classify.js";

describe("firebreak classify --languages", () => {
  it("takes the shop's languages in their order", () => {
    expect(parseLanguages("de, EN")).toEqual(["de", "en"]);
  });

  it("refuses a code Firebreak has no lexicon for, or none at all", () => {
    expect(() => parseLanguages("de,nl")).toThrow(/--languages/);
    expect(() => parseLanguages(" , ")).toThrow(/--languages/);
  });
});
