import { bareEvidenceOf, evidenceOf, isPlain } from "./language.js";
import { type Entry, HAS_DIGIT } from "./matcher.js";
import { COMPILED, type CompiledPack, type Tag } from "./packs.js";
import { type Token, WORD } from "./text.js";
import { toneBitsOf } from "./tone-words.js";

/** What is known about one word form, gathered on first sight and then reused. */
export interface TokenInfo {
  evidence: Float32Array | undefined;
  /** Its evidence as a bare spelling of our marked words (language.ts), read in a plain text. */
  bare: Float32Array | undefined;
  /** Spelt in a–z only. */
  plain: boolean;
  /**
   * Index entries per language (position in COMPILED), then the same with spellings without marks
   * (position + COMPILED.length, for a text in that language); undefined until first asked.
   */
  entries: (Entry<Tag>[] | null | undefined)[];
  /**
   * Per slot of `entries`, every kind (packs.ts bit flags) its entries carry, phrases' too; 0 when none.
   * A plain array: a typed one per word form, made anew for every word with a digit (never cached),
   * tripled the collector's share of the classify path.
   */
  kinds: number[];
  /** The tone rules whose anchor word it is (tone-words.ts), 0 for nearly every word. */
  tone: number;
}

const CACHE_LIMIT = 100_000;
const cache = new Map<string, TokenInfo>();
const PACK_POS = new Map<CompiledPack, number>(COMPILED.map((p, i) => [p, i]));

export function infoOf(w: string): TokenInfo {
  let info = cache.get(w);
  if (info === undefined) {
    info = {
      evidence: evidenceOf(w),
      bare: bareEvidenceOf(w),
      plain: isPlain(w),
      entries: new Array(2 * COMPILED.length),
      kinds: [],
      tone: toneBitsOf(w),
    };
    if (HAS_DIGIT.test(w)) return info;
    // A stream of endless new words (names, typos) must not grow memory without bound.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(w, info);
  }
  return info;
}

/** `own`: the text is in the pack's language, so its words typed without marks are read too. */
export function entriesIn(info: TokenInfo, pack: CompiledPack, w: string, own = true): Entry<Tag>[] | null {
  const pos = (PACK_POS.get(pack) as number) + (own ? COMPILED.length : 0);
  let e = info.entries[pos];
  if (e === undefined) {
    e = pack.index.lookup(w, own);
    info.entries[pos] = e;
    let kinds = 0;
    for (const x of e ?? []) kinds |= x.value.kind;
    info.kinds[pos] = kinds;
  }
  return e;
}

/** The kinds the entries of `entriesIn(info, pack, w, own)` carry; asked after it. */
export function kindsIn(info: TokenInfo, pack: CompiledPack, own = true): number {
  return info.kinds[(PACK_POS.get(pack) as number) + (own ? COMPILED.length : 0)] ?? 0;
}

export function infosOf(tokens: Token[]): (TokenInfo | undefined)[] {
  return tokens.map((t) => (t.kind === WORD ? infoOf(t.w) : undefined));
}
