import { ngramLanguage, type Spelling } from "./language-ngrams.js";
import { overrule } from "./language-overrule.js";
import { GENERATED_LEXICONS } from "./lexicons.generated.js";
import { withoutMarks } from "./matcher.js";
import { PACKS } from "./packs.js";
import { type Token, WORD } from "./text.js";

/** Codes in the order of the evidence columns; the last column stands for "some other language". */
export const LANG_CODES = PACKS.map((p) => p.code);
const OTHER = LANG_CODES.length;
const COLS = OTHER + 1;

// Function words of neighbours that would otherwise pass for one of ours (Portuguese for Spanish,
// Dutch for German, Czech/Slovak for Polish, Catalan for Spanish/French). Written for Firebreak.
const OTHER_WORDS = `não você vocês muito obrigado obrigada também então isso essa esse está estão uma um
  het een niet zijn ook maar voor naar wel nog hoe wat dat deze bij geen heel
  jsem není jsou také ale když proto který která které velmi nebo prosím ďakujem
  això però amb també molt perquè aquest aquesta els les seus
  och att det är inte jag med för som på av men har
  og ikke jeg det er på med har til`;

const evidence = new Map<string, Float32Array>();
function addEvidence(word: string, col: number, w: number): void {
  let row = evidence.get(word);
  if (!row) {
    row = new Float32Array(COLS);
    evidence.set(word, row);
  }
  if ((row[col] as number) < w) row[col] = w;
}

PACKS.forEach((p, col) => {
  for (const item of (GENERATED_LEXICONS[p.code] ?? "").split(" ")) {
    const w = item.slice(0, item.lastIndexOf(":"));
    if (w && !w.includes("_") && w.length > 3) addEvidence(w, col, 0.4);
  }
  const hand = `${p.positive} ${p.negative} ${p.complaint} ${p.negators} ${p.intensifiers} ${Object.values(
    p.topics,
  )
    .map((t) => `${t.subject} ${t.problem}`)
    .join(" ")}`;
  for (const item of hand.split(/\s+/)) {
    const w = item.replace(/:[-\d.]+$/, "");
    if (!w || w.includes("*") || w.includes("_") || w.length < 3) continue;
    addEvidence(w, col, 0.7);
  }
  for (const w of p.functionWords.split(/\s+/)) if (w) addEvidence(w, col, 1);
});
for (const w of OTHER_WORDS.split(/\s+/)) if (w) addEvidence(w, OTHER, 1.2);

/**
 * Our marked words spelt without their marks ("dziekuje", "sie", "fur", "naturlich") and, for German,
 * with "ae"/"oe"/"ue"/"ss" ("fuer", "gruesse"): read only in a text with no letter beyond a–z, where a
 * writer without the keyboard lost the letters that named the language best (fifteenth pass, language
 * named on stripped text). A key that is no word of our lists also stands in for part of the lost
 * letters, in proportion to its list weight (BARE_LETTERS; a generated-lexicon word less than a function
 * word: Catalan "qualitat" is not German "Qualität"). A key that is a word of our lists counts only as
 * another language's function word ("sie" for Polish "się"; not "super" for Spanish "súper", nor "el"
 * again for "él"). Keys of one letter ("à" → "a", "è" → "e") say nothing.
 */
const bareEvidence = new Map<string, Float32Array>();
/** Share of the language's letter weight (CHAR_EVIDENCE) a bare key of its own stands in for. */
const BARE_LETTERS = 0.5;

/**
 * Least list weight of a marked word read bare: the hand-written lists and function words, not the
 * generated lexicons' long tail, whose bare keys meet English ("gate" of French "gâté" read
 * "@JetBlue Boston gate C12" with the French lexicon, negative); but Polish and German, whose marks
 * named them best (CHAR_EVIDENCE), keep their long tail ("zaluje", "glucklich").
 */
const BARE_LIST = 0.7;
const BARE_ALL = new Set(["pl", "de"].map((code) => LANG_CODES.indexOf(code)));
const listed = (w: number, col: number) => w > 0 && (w >= BARE_LIST || BARE_ALL.has(col));

/** A plain word's evidence as a bare spelling of our marked words, read in a text without marks. */
export function bareEvidenceOf(w: string): Float32Array | undefined {
  return bareEvidence.get(w);
}

/**
 * `letters(word, col)`: the weight of the letters of `word` that name language `col` (CHAR_EVIDENCE);
 * only a key that lost such letters stands in for them ("deja" of French "déjà" had none: it is also
 * Spanish "leaves").
 */
function addBareSpellings(letters: (word: string, col: number) => number): void {
  const de = LANG_CODES.indexOf("de");
  const lost = new Map<string, Float32Array>();
  for (const [word, row] of evidence) {
    if (/^[a-z']+$/.test(word)) continue;
    const sharp = word.replace(/ß/g, "ss");
    const keys = [withoutMarks(sharp)];
    if ((row[de] as number) > 0) keys.push(sharp.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue"));
    for (const key of keys) {
      if (key.length < 2 || key === word) continue;
      const bare = bareEvidence.get(key) ?? new Float32Array(COLS);
      const bonus = lost.get(key) ?? new Float32Array(COLS);
      bareEvidence.set(key, bare);
      lost.set(key, bonus);
      for (let c = 0; c < OTHER; c++) {
        const w = row[c] as number;
        if (!listed(w, c)) continue;
        if (w > (bare[c] as number)) bare[c] = w;
        bonus[c] = Math.max(bonus[c] as number, w * BARE_LETTERS * letters(word, c));
      }
    }
  }
  for (const [key, bare] of bareEvidence) {
    const own = evidence.get(key);
    const bonus = lost.get(key) as Float32Array;
    for (let c = 0; c < OTHER; c++) {
      const w = bare[c] as number;
      if (!w) continue;
      if (!own) bare[c] = w + (bonus[c] as number);
      // A bare spelling the language lists itself ("dziekuje" beside "dziękuję") counts as itself and
      // stands in for the letters it lost, as an unlisted key does (seventeenth pass: "Dziekuje" alone
      // was `und`).
      else if ((own[c] as number) > 0) bare[c] = bonus[c] as number;
      // Spanish "el" is counted as itself, not again as "él"; another list's word only by a function word.
      else bare[c] = w < 1 ? 0 : w;
    }
  }
}

const CHAR_EVIDENCE: [RegExp, number, number][] = [
  [/[ąćęłńśźż]/, LANG_CODES.indexOf("pl"), 2.5],
  [/[äöüß]/, LANG_CODES.indexOf("de"), 1.5],
  [/[ñ¿¡]/, LANG_CODES.indexOf("es"), 1.5],
  [/[çœêëîôû]/, LANG_CODES.indexOf("fr"), 1.2],
  [/[ãõ]/, OTHER, 2.5],
  [/[\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/, OTHER, 3],
];

addBareSpellings((word, col) =>
  CHAR_EVIDENCE.reduce((sum, [re, c, w]) => (c === col && re.test(word) ? sum + w : sum), 0),
);

// Spellings typical of one of our languages, for words no list knows (names of things, headlines):
// weak evidence each, so only several together decide. Written for Firebreak.
const SHAPES: [RegExp, string][] = [
  [/(?:ing|ness|ship|ould|ight|ough)$|^(?:th|wh)/, "en"],
  [/(?:ung|ungen|keit|heit|lich|liche[nrs]?|isch|ische[nrs]?|schaft|chen)$|sch|tz|^ge\p{L}{3,}t$/u, "de"],
  [/(?:ych|ami|ego|emu|ość|owy|owa|ować|ają)$|szcz|prz|rz|cz|sz/, "pl"],
  [/(?:zione|zioni|mente|ggi|tto|tti|ssi|ato|ati|ata|ito|iti|ano|ere|ire)$|gli|cch|zz/, "it"],
  [/(?:eau|eaux|eux|euse|ais|ait|aient|ement|ée|ées|oir|ette)$|oi|ou/, "fr"],
  [/(?:ción|ciones|idad|ado|ada|ados|adas|ido|ida|idos|amos|aron)$|ll|ñ/, "es"],
];
const SHAPE_WEIGHT = 0.45;

/** Language evidence of one lower-cased word: its lexicon hits plus tell-tale letters. */
export function evidenceOf(w: string): Float32Array | undefined {
  let row = evidence.get(w);
  if (!row && w.length >= 4) {
    for (const [re, code] of SHAPES) {
      if (!re.test(w)) continue;
      row ??= new Float32Array(COLS);
      const col = LANG_CODES.indexOf(code);
      row[col] = (row[col] as number) + SHAPE_WEIGHT;
    }
  }
  for (const [re, col, weight] of CHAR_EVIDENCE) {
    if (!re.test(w)) continue;
    row = row ? row.slice() : new Float32Array(COLS);
    row[col] = (row[col] as number) + weight;
  }
  return row;
}

export interface LanguageGuess {
  /** Best language, or "und". */
  code: string;
  /** Second language with real evidence (a mixed post), if any. */
  second: string | undefined;
  /** Column of the best known language even when too weak to report (for choosing a lexicon). */
  lean: string | undefined;
}

/** A letter beyond a–z (tokens are lower-cased). */
const NOT_PLAIN = /[^ -~]/;
/** Whether a word is spelt in a–z only (no mark). */
export const isPlain = (w: string) => !NOT_PLAIN.test(w);

/** The best and second best columns of a score. */
function topTwo(score: Float64Array): [best: number, second: number] {
  let best = -1;
  let second = -1;
  for (let c = 0; c < COLS; c++) {
    if (best < 0 || (score[c] as number) > (score[best] as number)) {
      second = best;
      best = c;
    } else if (second < 0 || (score[c] as number) > (score[second] as number)) second = c;
  }
  return [best, second];
}

/** Whether the words leave the language open: another language's, too weak, or a near tie. */
function undecided(score: Float64Array, best: number, second: number, needed: number): boolean {
  const b = score[best] as number;
  const s = second >= 0 ? (score[second] as number) : 0;
  return best === OTHER || b < needed || b < s * TIE;
}

/** Fewer words than this do not spell a language outside ours well enough to name it. */
export const FOREIGN_WORDS = 4;
/**
 * How far eld's language outside ours must lead its best one of ours: "Paket kaputt, Geld weg" is Dutch
 * to eld by 2 % over German, Portuguese and Catalan shop posts lead Spanish by 12 % or more.
 */
const FOREIGN_LEAD = 1.1;

function foreignSpelling(s: Spelling): boolean {
  return s.reliable && s.words >= FOREIGN_WORDS && s.lead >= FOREIGN_LEAD && /^[a-z]{2}$/.test(s.code);
}

/** How much the best language must outscore the second to be reported (below it, a near tie). */
const TIE = 1.15;

/**
 * The first of the shop's languages the text itself speaks for about as well as for its best one (a
 * score within TIE of the best, the band where the text alone cannot choose), if any. Only languages
 * with some evidence in the text qualify: the prior chooses among what the words allow, it adds none.
 */
function shopChoice(score: Float64Array, top: number, prior: readonly string[]): number {
  for (const code of prior) {
    const col = LANG_CODES.indexOf(code);
    const v = col < 0 ? 0 : (score[col] as number);
    if (v > 0 && v * TIE > top) return col;
  }
  return -1;
}

/**
 * `infos[i]`: evidence of word token i (see evidenceOf), undefined for other tokens. `prior`: the
 * languages the shop's customers write in, likeliest first; it decides only where the text does not
 * (no language clears the bar, or a near tie), and a text that clearly says another language keeps it.
 */
export function guessLanguage(
  tokens: Token[],
  infos: (
    | { evidence: Float32Array | undefined; bare?: Float32Array | undefined; plain?: boolean | undefined }
    | undefined
  )[],
  prior: readonly string[] = [],
): LanguageGuess {
  const score = new Float64Array(COLS);
  let words = 0;
  // Bare spellings count only if every word is spelt in a–z: a writer who types one mark types them all.
  let bareScore: Float64Array | undefined;
  let plain = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== WORD) continue;
    words++;
    const info = infos[i];
    if (plain && !(info?.plain ?? isPlain(t.w))) plain = false;
    const bare = plain ? (info ? info.bare : bareEvidence.get(t.w)) : undefined;
    if (bare) {
      bareScore ??= new Float64Array(OTHER);
      for (let c = 0; c < OTHER; c++) bareScore[c] = (bareScore[c] as number) + (bare[c] as number);
    }
    const row = info?.evidence;
    if (!row) continue;
    for (let c = 0; c < COLS; c++) score[c] = (score[c] as number) + (row[c] as number);
  }
  // One function word is enough for a two-word post, but a long text needs more than a stray hit.
  const needed = Math.min(2, 0.8 + words * 0.08);
  // A second language is one the words as written speak for: English "place" and "hold" are Polish
  // "płace" and "hołd" bare, and would make an English tweet a mixed post.
  const written = plain && bareScore ? score.slice() : score;
  if (plain && bareScore)
    for (let c = 0; c < OTHER; c++) score[c] = (score[c] as number) + (bareScore[c] as number);
  const [best, second] = topTwo(score);
  // The runner-up as written (the text's bare spellings left out).
  const alt = written === score ? second : topTwo(written)[1];
  const b = score[best] as number;
  const leanCode = best < OTHER && b > 0 ? LANG_CODES[best] : undefined;
  if (undecided(score, best, second, needed)) {
    // The words do not decide: how the text is spelt may (a German tweet of names and slang).
    const spelling = ngramLanguage(tokens, LANG_CODES);
    const spelt = spelling?.code;
    if (spelt && LANG_CODES.includes(spelt))
      return { code: spelt, second: leanCode !== spelt ? leanCode : undefined, lean: spelt };
    const shop = prior.length > 0 && b > 0 ? shopChoice(score, b, prior) : -1;
    if (shop >= 0) {
      const code = LANG_CODES[shop] as string;
      return { code, second: leanCode !== code ? leanCode : undefined, lean: code };
    }
    // A language outside ours that eld is sure of, in a text long enough to spell it, is reported (a
    // shop filters and routes "pt", not "und"), after the shop's prior: eld's sure "other" on a German
    // tweet the prior read right cost 0.2 points of German in a German shop (train split). It is read as
    // an undecided text was, with the lexicon its words lean to (see packsFor).
    const lean = best === OTHER ? undefined : leanCode;
    if (spelling && foreignSpelling(spelling)) return { code: spelling.code, second: undefined, lean };
    return { code: "und", second: undefined, lean };
  }
  const secondCode =
    alt >= 0 && alt !== best && alt < OTHER && (written[alt] as number) >= 1 ? LANG_CODES[alt] : undefined;
  // Our words can decide for a neighbour's post (Turkish "ü" for German, Catalan "el" for Spanish,
  // Czech "i na" for Polish): eld gets a second say (language-overrule.ts). The text is still read with
  // the lexicon its words chose, as an undecided text is, so the sentiment does not move.
  if (words >= FOREIGN_WORDS) {
    let covered = 0;
    for (const info of infos) if (((info?.evidence?.[best] as number) ?? 0) > 0) covered++;
    const other = overrule(tokens, LANG_CODES[best] as string, covered, words, LANG_CODES);
    if (other) return { code: other, second: undefined, lean: leanCode };
  }
  return { code: LANG_CODES[best] as string, second: secondCode, lean: leanCode };
}
