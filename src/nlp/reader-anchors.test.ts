import { describe, expect, it } from "vitest";
import "./index.js";
import { CONCESSION_WORDS, FEAR_WORDS, NO_FUSS_WORDS, toneBitsOf } from "./tone-words.js";

/**
 * The readers that skip a text without an anchor word (concessions.ts, no-fuss.ts, feared-faults.ts) must
 * find every word they open on noted: a word missing here would silently turn a reading off.
 */
describe("anchor words of the concession, no-fuss and fear readers", () => {
  it("notes a preposition of concession, a phrase's last word, and nothing else", () => {
    for (const w of ["despite", "malgré", "trotz", "mimo", "nonostante", "spite", "dépit", "pese", "pesar"])
      expect(toneBitsOf(w) & CONCESSION_WORDS, w).not.toBe(0);
    expect(toneBitsOf("in") & CONCESSION_WORDS).toBe(0);
  });
  it("notes each idiom's last word", () => {
    for (const w of ["asked", "fuss", "discuter", "anstandslos", "dyskusji", "storie", "rechistar"])
      expect(toneBitsOf(w) & NO_FUSS_WORDS, w).not.toBe(0);
    expect(toneBitsOf("no") & NO_FUSS_WORDS).toBe(0);
  });
  it("notes fear words and verbs, stems by their beginning", () => {
    for (const w of [
      "worried",
      "feared",
      "befürchtete",
      "befürchteten",
      "preoccupata",
      "preocupado",
      "obawiałam",
      "bałam",
    ])
      expect(toneBitsOf(w) & FEAR_WORDS, w).not.toBe(0);
    expect(toneBitsOf("delayed") & FEAR_WORDS).toBe(0);
  });
});
