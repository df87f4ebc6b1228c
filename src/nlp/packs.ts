import { de } from "./lang/de.js";
import { DEFECTS } from "./lang/defects.js";
import { en } from "./lang/en.js";
import { es } from "./lang/es.js";
import { fr } from "./lang/fr.js";
import { it } from "./lang/it.js";
import { pl } from "./lang/pl.js";
import { PRAISE_IDIOMS } from "./lang/praise.js";
import { PRODUCT_FAULTS, PRODUCT_WORDS } from "./lang/product-words.js";
import { REVIEW_FAULTS } from "./lang/review-faults.js";
import { REVIEW_VOCABULARY } from "./lang/review-vocabulary.js";
import { REVIEW_IDIOMS } from "./lang/reviews.js";
import { VOW_IDIOMS } from "./lang/vows.js";
import { GENERATED_LEXICONS } from "./lexicons.generated.js";
import { type Entry, Matcher, makeFolder, restMatches, withoutMarks } from "./matcher.js";
import type { Token } from "./text.js";
import { TOPICS, type Topic } from "./topics-list.js";
import type { LanguagePack } from "./types.js";

/** What an index entry is: bit flags so one lookup serves every question asked of a word. */
export const SENT = 1;
export const NEG = 2;
export const INT = 4;
export const DIM = 8;
export const CONTRAST = 16;
export const COMPLAINT = 32;
export const SUBJECT = 64;
export const PROBLEM = 128;
export const CRISIS = 256;
/** A verb of something awaited: a problem when negated (see LanguagePack.expected). */
export const EXPECT = 512;
/** A question after something owed ("where is my"): a problem whatever the negation. */
export const ASK = 1024;
/** A word that reports a problem beside a thing of its topic ("raised" prices, charged "twice"). */
export const BESIDE = 2048;
/** A word of "little" that denies the word right after it (see LanguagePack.lows). */
export const LOW = 4096;
/** A "not only" phrase (see LanguagePack.notOnly). */
export const NOT_ONLY = 8192;
/** A word or phrase that opens a request question (see LanguagePack.requests). */
export const REQUEST = 16384;
/** A word that presses in a question (see LanguagePack.impatience). */
export const PRESS = 32768;
/** A reason that is the customer's own (see LanguagePack.ownReasons). */
export const OWN = 65536;
/** A word that opens a "why" question (see LanguagePack.whys). */
export const WHY = 131072;
/** A word that opens a request stated, not asked (see LanguagePack.wishes). */
export const WISH = 262144;
/** A sign-off ("thanks", "cheers", "pozdrawiam"), no judgement when it closes a text (closings.ts). */
export const CLOSING = 524288;
/** A verb of buying or using, the target of "never … again" (see churn.ts). */
export const CHURN = 1048576;
/** "again", "anymore": what closes "never … again" (see churn.ts). */
export const AGAIN = 2097152;
/** "thanks for", "merci pour", "dzięki za": thanks whose object may be a failure (irony.ts). */
export const THANKS_FOR = 4194304;
/** "job" of "Great job.": a word a lone praise may end with (irony.ts). */
export const PRAISE_TAIL = 8388608;
/** Tag.id of EXPECT and ASK entries whose topic is the nearest thing named; Tag.topic is the fallback. */
export const NEAREST = "nearest";
/**
 * An expectation negated only by a negator one or two words before it: "not genuine", "keine echten",
 * "no son originales"; "not sure if the original" and "no sé si es original" doubt, they do not deny.
 */
export const CLOSE = "close";
/** Tag.id of a problem said without blame ("shrank", "anders als auf dem Foto"): void when negated. */
export const DEFECT = "defect";

export interface Tag {
  kind: number;
  /** Valence (SENT), VADER scale −4…+4. */
  weight: number;
  topic: Topic | undefined;
  /** Crisis signal id (CRISIS). */
  id: string | undefined;
}

/** Everything a language needs at classification time, compiled once at module load. */
export interface CompiledPack {
  code: string;
  index: Matcher<Tag>;
  /** Languages whose negation may follow the word it negates ("gefällt mir nicht", "j'aime pas"). */
  postNegation: boolean;
  /** Polish glues "nie" to adjectives and participles: "niezadowolony", "niemiły". */
  niePrefix: boolean;
  /** German "un" negates the adjective it is glued to: "unschön", "ungemütlich". */
  compounds: boolean;
  /**
   * The language's function words but its negators. A later language's lexicon never reads them: German
   * "die" and "war", Spanish "sin" are English sentiment words ("die" −2.9), and German texts say "die"
   * in every other line.
   */
  own: ReadonlySet<string>;
  pack: LanguagePack;
}

export const PACKS: readonly LanguagePack[] = [en, pl, it, fr, de, es];
const FOLD_EXACT = new Set(["en", "pl"]);
/**
 * Languages whose writers often leave out the marks (measured on the bench's train split). German too
 * (fifteenth pass): "schön" typed "schon" (already) stays out as a function word, like Spanish "esta".
 */
const BARE = new Set(["pl", "es", "it", "fr", "de"]);

/**
 * German without umlauts is typed both ways: "enttaeuscht" and "enttauscht", "Rueckerstattung", "gross".
 * The "ae" spelling is no other word, so it may stem and fold; "a" for "ä" makes words of their own
 * ("macht" of "mächt*" and of "mächtig" folded, "kurz" of "kürz*", "last" of "läst*"), so there it is
 * never folded and a stem under six letters is left out ("unmoglich" of "unmöglich*" is still read).
 */
function germanSpellings(w: string): [string, boolean][] {
  const sharp = w.replace(/ß/g, "ss");
  return [
    [sharp.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue"), true],
    ...(w.endsWith("*") && w.length < 7 ? [] : [[withoutMarks(sharp), false] as [string, boolean]]),
  ];
}

/** Per language, the bare spellings of two words of opposite valence (dropped), see Matcher.dropConflicts. */
export const BARE_CONFLICTS = new Map<string, string[][]>();

function parseWeight(item: string, fallback: number): [string, number] {
  const i = item.lastIndexOf(":");
  const v = i > 0 ? Number(item.slice(i + 1)) : Number.NaN;
  return Number.isFinite(v) ? [item.slice(0, i), v] : [item, fallback];
}

const tag = (kind: number, weight = 0, topic?: Topic, id?: string): Tag => ({ kind, weight, topic, id });

/** "personne ne répond" → also "personne répond": spoken and written French often drops the "ne". */
function withoutNe(spec: string): string {
  return spec.replace(/\S+_ne_\S+/g, (item) => `${item} ${item.replace("_ne_", "_")}`);
}

function frenchWithoutNe(p: LanguagePack): LanguagePack {
  const topics = Object.fromEntries(
    Object.entries(p.topics).map(([t, v]) => [t, { subject: v.subject, problem: withoutNe(v.problem) }]),
  ) as LanguagePack["topics"];
  return { ...p, complaint: withoutNe(p.complaint), negative: withoutNe(p.negative), topics };
}

function compile(pack: LanguagePack): CompiledPack {
  const p = pack.code === "fr" ? frenchWithoutNe(pack) : pack;
  const own = ownWords(p);
  const plain = new Set((p.plainWords ?? "").split(/\s+/).filter(Boolean));
  // A bare spelling that is a word of its own stays out: Spanish "esta" (this) is not "está", Italian
  // "e" (and) not "è"; two letters are too few to tell.
  const bare = BARE.has(p.code) ? new Matcher<Tag>(makeFolder(withoutMarks(p.suffixes))) : undefined;
  const index = new Matcher<Tag>(
    makeFolder(p.suffixes),
    bare,
    (w) => w.length > 2 && !own.has(w) && !plain.has(w),
    p.code === "de" ? germanSpellings : undefined,
  );
  for (const item of p.positive.split(/\s+/)) if (item) index.add(...sent(item, 2));
  for (const item of p.negative.split(/\s+/)) if (item) index.add(...sent(item, -2));
  // Tables whose entries carry their own weights (`word:-1.5`); a bare entry weighs nothing.
  for (const table of [REVIEW_IDIOMS, VOW_IDIOMS, PRAISE_IDIOMS, PRODUCT_WORDS, REVIEW_VOCABULARY])
    for (const item of (table[p.code] ?? "").split(/\s+/)) if (item) index.add(...sent(item, 0));
  index.addList(p.negators, () => tag(NEG));
  index.addList(p.intensifiers, () => tag(INT));
  index.addList(p.diminishers, () => tag(DIM));
  index.addList(p.contrast, () => tag(CONTRAST));
  index.addList(p.lows ?? "", () => tag(LOW));
  index.addList(p.notOnly ?? "", () => tag(NOT_ONLY));
  index.addList(p.complaint, () => tag(COMPLAINT));
  index.addList(p.requests ?? "", () => tag(REQUEST));
  index.addList(p.wishes ?? "", () => tag(WISH));
  index.addList(p.closings ?? "", () => tag(CLOSING));
  index.addList(p.churnVerbs ?? "", () => tag(CHURN));
  index.addList(p.again ?? "", () => tag(AGAIN));
  index.addList(p.thanksFor ?? "", () => tag(THANKS_FOR));
  index.addList(p.praiseTails ?? "", () => tag(PRAISE_TAIL));
  index.addList(p.ownReasons ?? "", () => tag(OWN));
  index.addList(p.whys ?? "", () => tag(WHY));
  // Exact forms: folded, "finally" and "finalmente" would take "final".
  for (const item of (p.impatience ?? "").split(/\s+/)) if (item) index.add(item, tag(PRESS), 1, false);
  for (const t of TOPICS) {
    index.addList(p.topics[t].subject, () => tag(SUBJECT, 0, t));
    index.addList(p.topics[t].problem, () => tag(PROBLEM, 0, t));
  }
  for (const [t, spec] of [
    ...Object.entries(DEFECTS[p.code] ?? {}),
    ...Object.entries(PRODUCT_FAULTS[p.code] ?? {}),
    ...Object.entries(REVIEW_FAULTS[p.code] ?? {}),
  ])
    for (const item of (p.code === "fr" ? withoutNe(spec) : spec).split(/\s+/)) {
      if (!item) continue;
      const [w, v] = parseWeight(item, 0);
      index.add(w, tag(PROBLEM, 0, t as Topic, DEFECT));
      if (v !== 0) index.add(w, tag(SENT, v));
    }
  for (const [t, spec] of Object.entries(p.expected)) {
    const topic = t === "receive" ? "delivery" : t === "work" ? "product_quality" : (t as Topic);
    const id = t === "receive" || t === "work" ? NEAREST : t === "fraud" ? CLOSE : undefined;
    // Exact forms: folding would join "arrivée" (awaited) with "arrive" ("je n'arrive pas à" = I cannot).
    for (const item of spec.split(/\s+/)) if (item) index.add(item, tag(EXPECT, 0, topic, id), 1, false);
  }
  index.addList(p.asks, () => tag(ASK, 0, "delivery", NEAREST));
  // Exact forms too: folded, "cancelled" would take "cancel" ("How do I cancel my order?").
  for (const [t, spec] of Object.entries(p.beside))
    for (const item of spec.split(/\s+/)) if (item) index.add(item, tag(BESIDE, 0, t as Topic), 1, false);
  for (const [id, spec] of Object.entries(p.crisis)) index.addList(spec, () => tag(CRISIS, 0, undefined, id));
  for (const item of (p.neutral ?? "").split(/\s+/)) if (item) index.add(item, tag(SENT, 0));
  for (const item of (GENERATED_LEXICONS[p.code] ?? "").split(" ")) {
    if (!item) continue;
    const [w, v] = parseWeight(item, 0);
    if (!w.includes("_") && v !== 0 && !index.hasExact(w, (t) => t.kind === SENT))
      // VADER spells out English forms, and folding the Polish list by its many endings joins words
      // that mean different things; the Romance and German lists gain from folding (measured on the
      // bench's train split).
      index.add(w, tag(SENT, v), 0, !FOLD_EXACT.has(p.code));
  }
  BARE_CONFLICTS.set(
    p.code,
    index.dropConflicts((t) => (t.kind & SENT ? t.weight : 0)),
  );
  return {
    code: p.code,
    index,
    postNegation: p.code === "de" || p.code === "fr",
    niePrefix: p.code === "pl",
    compounds: p.code === "de",
    own,
    pack: p,
  };
}

/**
 * Function words that are not negators: Spanish "no" is English's "no" in meaning, and keeps its valence;
 * "die", "war" and "sin" are false friends.
 */
function ownWords(p: LanguagePack): Set<string> {
  const words = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);
  const negators = new Set(words(p.negators));
  return new Set(words(p.functionWords).filter((w) => !negators.has(w)));
}

function sent(item: string, fallback: number): [string, Tag] {
  const [w, v] = parseWeight(item, fallback);
  return [w, tag(SENT, v)];
}

export const COMPILED: readonly CompiledPack[] = PACKS.map(compile);
export const BY_CODE: ReadonlyMap<string, CompiledPack> = new Map(COMPILED.map((c) => [c.code, c]));

/** The longest entry of one of `kinds` at token i among `cands` (already looked up for tokens[i]). */
export function firstOf(
  cands: Entry<Tag>[] | null,
  kinds: number,
  tokens: Token[],
  i: number,
): Entry<Tag> | undefined {
  if (!cands) return undefined;
  for (const e of cands) if (e.value.kind & kinds && restMatches(e, tokens, i)) return e;
  return undefined;
}

/** Whether the single word carries one of `kinds`. */
export function wordIs(cands: Entry<Tag>[] | null, kinds: number): boolean {
  if (!cands) return false;
  for (const e of cands) if (e.rest.length === 0 && e.value.kind & kinds) return true;
  return false;
}
