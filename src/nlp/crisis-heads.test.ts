import { describe, expect, it } from "vitest";
import { restMatches } from "./matcher.js";
import { COMPILED, type CompiledPack, CRISIS } from "./packs.js";
import { type Token, tokenize } from "./text.js";
import { findCrisisSignals } from "./topics.js";

/** The search without the first-letters check: every word looked up in the whole index. */
function everyWord(tokens: Token[], packs: readonly CompiledPack[]): string[] {
  const found = new Set<string>();
  for (const p of packs)
    for (let i = 0; i < tokens.length; i++)
      for (const e of p.index.lookup((tokens[i] as Token).w) ?? [])
        if (e.value.kind === CRISIS && restMatches(e, tokens, i)) found.add(e.value.id as string);
  return [...found].sort();
}

/** Every crisis item of every language, as written, with its stems completed and endings added. */
function texts(): string[] {
  const out: string[] = [];
  const endings = ["", "s", "ed", "ing", "a", "y", "ów", "ami", "en", "es", "i", "o", "e", "ción", "és"];
  for (const p of COMPILED)
    for (const spec of Object.values(p.pack.crisis))
      for (const item of spec.split(/\s+/).filter(Boolean)) {
        const words = item.split("_");
        for (const end of endings) {
          const text = words
            .map((w) => (w.endsWith("*") ? `${w.slice(0, -1)}${end}` : `${w}${end}`))
            .join(" ");
          out.push(
            text,
            `Order 123 ${text} 2024!`,
            text.toUpperCase(),
            `${text.slice(0, 3)} ${text.slice(2)}`,
          );
        }
      }
  return out;
}

describe("crisis signal words", () => {
  it("skipping words by their first letters finds exactly what looking up every word finds", () => {
    let found = 0;
    for (const text of texts()) {
      const tokens = tokenize(text);
      for (const packs of [COMPILED, ...COMPILED.map((p) => [p])]) {
        const want = everyWord(tokens, packs);
        expect(findCrisisSignals(tokens, packs), text).toEqual(want);
        found += want.length;
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it("a word shares its first letters with the crisis words it can match, and few words do", () => {
    const en = COMPILED.find((p) => p.code === "en") as CompiledPack;
    const heads = en.index.heads((v) => v.kind === CRISIS);
    for (const w of ["hac", "scam", "recall", "lawsuit"]) expect(heads.has(w.slice(0, 3))).toBe(true);
    for (const w of ["order", "123", "parcel", "late", "refund"])
      expect(heads.has(w.slice(0, 3))).toBe(false);
  });
});
