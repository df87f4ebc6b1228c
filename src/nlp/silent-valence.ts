import { deniesFaultAfter } from "./denied-faults.js";
import { NEG } from "./packs.js";
import { IN_ASKING, IN_OWN, IN_WHY, quiet } from "./requests.js";
import { anyIs, type Lookups } from "./sentiment.js";
import type { Token } from "./text.js";

/**
 * Whether a word's valence says nothing of the author's stance here: a fault word inside a plain request
 * ("How do I cancel?"), a hindrance conceded ("malgré la grève", concessions.ts), a fault denied before a
 * fault that follows ("wasn't delayed, it was lost", denied-faults.ts), or praise inside a question about
 * why, one's own doing or asking.
 */
export function saysNothing(
  v: number | undefined,
  i: number,
  tokens: Token[],
  look: Lookups,
  requests: Uint8Array | null,
  conceded: Uint8Array | null,
): boolean {
  if (v === undefined || v === 0) return true;
  if (v < 0) {
    return (
      quiet(requests, i) || conceded?.[i] === 1 || (anyIs(look, i, NEG) && deniesFaultAfter(tokens, look, i))
    );
  }
  const r = requests?.[i];
  return r === IN_WHY || r === IN_OWN || r === IN_ASKING;
}
