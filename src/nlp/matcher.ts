import { ELISIONS, type Token, WORD } from "./text.js";

/** One word pattern: exact form, or a stem that matches any word starting with it. */
interface Pattern {
  text: string;
  stem: boolean;
}

export interface Entry<T> {
  /** Words after the first (phrases). */
  rest: Pattern[];
  value: T;
  /** Hand-written entries (1) win over generated ones (0). */
  prio: number;
}

const MIN_STEM = 3;
/** What `heads` collects of a word. */
export const headOf = (w: string): string => w.slice(0, MIN_STEM);
const CACHE_LIMIT = 50_000;
/** Order numbers, prices, dates: nearly every such word is new, so caching them only fills memory. */
export const HAS_DIGIT = /\p{N}/u;

/**
 * Builds a function that folds inflected forms onto one key by removing the longest listed ending, so
 * "przesyłki" and "przesyłka" meet. Endings are only removed while at least four letters remain.
 */
export function makeFolder(suffixes: string): (w: string) => string {
  const list = suffixes.split(/\s+/).filter(Boolean);
  const bySize = new Map<number, Set<string>>();
  let max = 0;
  for (const s of list) {
    const set = bySize.get(s.length) ?? new Set<string>();
    set.add(s);
    bySize.set(s.length, set);
    if (s.length > max) max = s.length;
  }
  return (w: string) => {
    for (let n = Math.min(max, w.length - 4); n > 0; n--) {
      const set = bySize.get(n);
      if (set?.has(w.slice(w.length - n))) return w.slice(0, w.length - n);
    }
    return w;
  };
}

/**
 * Index of single words and phrases (token sequences), reached through their first word by exact
 * form, folded form or stem. A word's entries are computed once and cached, so a steady stream costs
 * one Map lookup per token and language.
 */
export class Matcher<T> {
  private readonly exact = new Map<string, Entry<T>[]>();
  private readonly folded = new Map<string, Entry<T>[]>();
  private readonly stems = new Map<string, Entry<T>[]>();
  private maxStem = 0;
  /** First MIN_STEM letters of every stem: most words fail here and skip the prefix walk. */
  private readonly stemHeads = new Set<string>();
  private readonly cache = new Map<string, Entry<T>[] | null>();
  /** Lookups with the bare index asked too (see withBare). */
  private readonly merged = new Map<string, Entry<T>[] | null>();

  /**
   * `bare`: where writers leave out their language's marks ("zle" for "źle", "decepcion", "perche"), an
   * index of the same entries spelled without them, asked only for a word of plain letters that has no
   * entry of its own. `keepBare` says which spellings may go there: not one that is a word of its own.
   */
  /** Bare key → the marked words that were spelled onto it (for `dropConflicts`). */
  private readonly spelledFrom = new Map<string, Set<string>>();

  /**
   * `spell`: the spellings without marks a writer of the language types (German: "enttäuscht" is
   * "enttaeuscht" and "enttauscht"), each with whether it may be folded (a spelling that collides with
   * words of its own, German "ä" → "a": "mächtig" folded would take "macht", is not).
   */
  constructor(
    private readonly fold: (w: string) => string,
    private readonly bare?: Matcher<T>,
    private readonly keepBare: (first: string) => boolean = () => true,
    private readonly spell: (w: string) => [string, boolean][] = (w) => [[withoutMarks(w), true]],
  ) {}

  /** `spec`: space-separated items; `*` ends a stem, `_` joins phrase words. */
  addList(spec: string, value: (item: string) => T, prio = 1): this {
    for (const item of spec.split(/\s+/)) if (item) this.add(item, value(item), prio);
    return this;
  }

  /** `fold: false` keeps a word to its exact form (a generated list that already spells out its forms). */
  add(item: string, value: T, prio = 1, fold = true): this {
    const words = item
      .toLowerCase()
      .split("_")
      .flatMap(splitElision)
      .map((p) => (p.endsWith("*") ? { text: p.slice(0, -1), stem: true } : { text: p, stem: false }));
    const first = words[0];
    if (!first || first.text === "") return this;
    const entry: Entry<T> = { rest: words.slice(1), value, prio };
    if (first.stem) {
      if (first.text.length > this.maxStem) this.maxStem = first.text.length;
      this.stemHeads.add(first.text.slice(0, MIN_STEM));
      push(this.stems, first.text, entry);
    } else {
      push(this.exact, first.text, entry);
      const f = this.fold(first.text);
      if (fold && f !== first.text) push(this.folded, f, entry);
    }
    this.cache.clear();
    this.merged.clear();
    if (this.bare) this.addBare(item.toLowerCase(), value, prio, fold);
    return this;
  }

  private addBare(item: string, value: T, prio: number, fold: boolean): void {
    const bare = this.bare as Matcher<T>;
    // The bare index is asked only for a first word without an entry of its own: "personne repond"
    // starts with a word that has one, so a phrase whose later words lose their marks goes here too.
    const head = item.split("_")[0] as string;
    const plainHead = this.spell(head).every(([h]) => h === head);
    const seen = new Set<string>();
    for (const [b, loose] of this.spell(item)) {
      if (b === item || seen.has(b)) continue;
      seen.add(b);
      if (item.includes("_") && plainHead) this.add(b, value, prio, fold && loose);
      else {
        const first = b.split("_")[0]?.replace("*", "") ?? "";
        if (!this.keepBare(first)) continue;
        bare.add(b, value, prio, fold && loose);
        if (b.includes("_") || b.endsWith("*")) continue;
        const from = bare.spelledFrom.get(b) ?? new Set<string>();
        bare.spelledFrom.set(b, from.add(item.replace(/:.*$/, "")));
      }
    }
  }

  /**
   * Two marked words spelled onto one bare key with opposite signs (`sign` of their values): neither is
   * kept, since the text does not say which was meant. Returns each dropped key with its words; a key
   * that is a word with an entry of its own needs no drop (the bare index is not asked for it), and is
   * returned with that word last, marked "=".
   */
  dropConflicts(sign: (v: T) => number): string[][] {
    const bare = this.bare;
    if (!bare) return [];
    const out: string[][] = [];
    for (const [key, words] of bare.spelledFrom) {
      const entries = bare.exact.get(key);
      if (!entries) continue;
      const single = entries.filter((e) => e.rest.length === 0 && sign(e.value) !== 0);
      const own = (this.exact.get(key) ?? []).filter((e) => e.rest.length === 0 && sign(e.value) !== 0);
      const signs = new Set(single.map((e) => Math.sign(sign(e.value))));
      if (own.length > 0 && own.some((e) => !signs.has(Math.sign(sign(e.value)))) && single.length > 0)
        out.push([key, ...words, `=${key}`]);
      if (words.size < 2 || signs.size < 2) continue;
      const keep = entries.filter((e) => !single.includes(e));
      if (keep.length > 0) bare.exact.set(key, keep);
      else bare.exact.delete(key);
      out.push([key, ...words]);
    }
    bare.cache.clear();
    bare.merged.clear();
    this.cache.clear();
    this.merged.clear();
    return out;
  }

  /**
   * The first MIN_STEM letters (or the whole word) of every first word that has an entry matching
   * `pred`: a word whose own first letters are not among them has no such entry (lookup only reaches an
   * entry through the word itself, a folded form, which only cuts endings while four letters remain, or
   * a stem of at least MIN_STEM letters), so a search for those entries can skip it without a lookup.
   */
  heads(pred: (v: T) => boolean): Set<string> {
    const out = new Set<string>();
    for (const map of [this.exact, this.folded, this.stems])
      for (const [k, entries] of map) if (entries.some((e) => pred(e.value))) out.add(headOf(k));
    if (this.bare) for (const h of this.bare.heads(pred)) out.add(h);
    return out;
  }

  /** Whether a word already has an exact entry matching `pred`. */
  hasExact(word: string, pred: (v: T) => boolean): boolean {
    return this.exact.get(word)?.some((e) => e.rest.length === 0 && pred(e.value)) ?? false;
  }

  /**
   * All entries whose first word matches w: longest phrases first, then hand-written, then exact.
   * `bare: false` leaves out the spellings without marks: they are for a text in this language, and in
   * another they misread its own words (French "tué*" typed bare takes English "Tuesday").
   */
  lookup(w: string, bare = true): Entry<T>[] | null {
    const own = this.ownLookup(w);
    if (!bare || !this.bare) return own;
    const hit = this.merged.get(w);
    if (hit !== undefined) return hit;
    const res = this.withBare(w, own, this.bare);
    if (!HAS_DIGIT.test(w)) {
      if (this.merged.size > CACHE_LIMIT) this.merged.clear();
      this.merged.set(w, res);
    }
    return res;
  }

  private ownLookup(w: string): Entry<T>[] | null {
    const hit = this.cache.get(w);
    if (hit !== undefined) return hit;
    const out: Entry<T>[] = [];
    const ex = this.exact.get(w);
    if (ex) out.push(...ex);
    const f = this.fold(w);
    const fo = this.folded.get(f) ?? (f !== w ? this.folded.get(w) : undefined);
    if (fo) for (const e of fo) if (!out.includes(e)) out.push(e);
    if (this.stemHeads.has(w.slice(0, MIN_STEM))) {
      for (let n = Math.min(this.maxStem, w.length); n >= MIN_STEM; n--) {
        const st = this.stems.get(w.slice(0, n));
        if (st) out.push(...st);
      }
    }
    // Stable sort: among equals, exact before folded before stems (insertion order).
    out.sort(byLength);
    const res = out.length > 0 ? out : null;
    if (!HAS_DIGIT.test(w)) {
      if (this.cache.size > CACHE_LIMIT) this.cache.clear();
      this.cache.set(w, res);
    }
    return res;
  }

  /**
   * A word of plain letters read also as a spelling without marks. Its own entries win when one is its
   * exact form; a word reached only by a stem or a fold of its own ("wyciekly" by "wyciek*", "falschung"
   * by "falsch*") still takes the marked word's entries after them ("wyciekły", "fälschung*").
   */
  private withBare(w: string, own: Entry<T>[] | null, bare: Matcher<T>): Entry<T>[] | null {
    // A function word is never a spelling without marks: German "schon" (already) is no "schön" folded.
    if (!PLAIN.test(w) || !this.keepBare(w)) return own;
    const b = bare.lookup(w);
    if (!own) return b;
    if (!b || this.exact.has(w)) return own;
    const out = [...own];
    for (const e of b) if (!out.includes(e)) out.push(e);
    return out.sort(byLength);
  }
}

const byLength = <T>(a: Entry<T>, b: Entry<T>) => b.rest.length - a.rest.length || b.prio - a.prio;

/** A word of plain letters only: the one a writer who leaves out marks types. */
const PLAIN = /^[a-z']+$/;

/** "źle" → "zle", "decepción" → "decepcion", "perché" → "perche" (Polish "ł" has no mark to drop). */
export function withoutMarks(w: string): string {
  return w.normalize("NFD").replace(/\p{M}/gu, "").replace(/ł/g, "l").normalize("NFC");
}

/** "dov'è", "j'attends": the tokenizer splits elided articles and pronouns off, so entries must too. */
function splitElision(part: string): string[] {
  const apo = part.search(/['’]/);
  if (apo <= 0) return [part];
  const head = part.slice(0, apo);
  return ELISIONS.has(head) ? [head, part.slice(apo + 1)] : [part.replace("’", "'")];
}

/** Whether the phrase's words after the first match the tokens after i. */
export function restMatches<T>(e: Entry<T>, tokens: Token[], i: number): boolean {
  for (let k = 0; k < e.rest.length; k++) {
    const tok = tokens[i + 1 + k];
    const p = e.rest[k] as Pattern;
    if (!tok || tok.kind !== WORD || !(p.stem ? tok.w.startsWith(p.text) : tok.w === p.text)) return false;
  }
  return true;
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
