/**
 * Each anchor word with the bits of the rule groups it opens: a rule file reads a sentence's rules only
 * when one of its words is an anchor (told-faults.ts, sentences-fr-it-es.ts). `groups`: each group's bit
 * and its words, space-separated; `forms`: the spellings a word is looked up by (as typed, unmarked…).
 */
export function anchorBits(
  groups: Iterable<readonly [number, string]>,
  forms: (w: string) => string[] = (w) => [w],
): Map<string, number> {
  const m = new Map<string, number>();
  for (const [bit, words] of groups)
    for (const w of words.split(/\s+/)) for (const v of forms(w)) if (v) m.set(v, (m.get(v) ?? 0) | bit);
  return m;
}
