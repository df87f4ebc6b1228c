import { COMPLAINT, CONTRAST, firstOf, NEG, PROBLEM, SENT } from "./packs.js";
import { anyIs, type Lookups } from "./sentiment.js";
import { endsFullSentence, MENTION, type Token, WORD } from "./text.js";

/** A word this strong judges ("lost" −1.3, "broken"); "refund" (−0.5) names a thing. */
const BLAME = -1;
/** The opener's praise: "nice" (1.8) and up; "ok" is no mock. */
const PRAISE = 1.5;
/** How far the failure may stand from the opener, in words: a mock names what failed in its sentence. */
const REACH = 15;
/** How far after the praise "another" / "wieder" / "znowu" may stand ("Great, yet another …"). */
const MARK_REACH = 3;
const LETTERS = /^\p{L}+$/u;

/**
 * Interjections and exclamatives a mock opens with, per language: "Oh wonderful", "Na toll", "Che bello",
 * "Qué maravilla", "Quelle joie". Not "que" without its accent: "que buena, esos …" is as often a
 * relative or a plain "how good"; not "na" outside German ("na szczęście" is "fortunately").
 */
const EXCLAIM: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    en: "oh ooh ah just well wow how what",
    de: "oh ah ach och na wie was",
    fr: "oh ah quelle quel",
    it: "oh ah che",
    es: "oh ah qué",
    pl: "oh och ach jak ależ",
  }).map(([code, words]) => [code, new Set(words.split(" "))]),
);
const NO_EXCLAIM: ReadonlySet<string> = new Set();

/** "Great, another …", "Super, wieder …", "Genial, otra vez …", "Super, znowu …": the failure comes again. */
const AGAIN_MARKS: ReadonlySet<string> = new Set(
  [
    "another again yet",
    "wieder schon erneut nochmal noch",
    "encore nouveau énième enieme",
    "ennesimo ennesima ennesimi ennesime ancora nuovo altro altra",
    "otra otro otros otras vez nuevo nuevamente",
    "znowu znów znow kolejny kolejna kolejne kolejnego kolejnej ponownie",
  ]
    .join(" ")
    .split(" "),
);
/** "Love how you …", "love the way …": English praise of a manner, not of a thing. */
const LOVE: ReadonlySet<string> = new Set(["love", "loving", "adore"]);
const MANNER: ReadonlySet<string> = new Set(["how", "the", "that", "it"]);
/**
 * Congratulations for something: "Bravo pour …", "Complimenti per …", "Brawo za …", "Congrats on …".
 * Said for a failure they are irony, and the praise of what they name ("la puntualità") is mock too.
 * Congratulations to someone ("Congratulations to Olivia, who won Miss USA", "Bravo aux jeunes …") are
 * meant, whatever the sentence says after.
 */
const FOR: ReadonlySet<string> = new Set("for on pour per za por für zu".split(" "));
const CONGRATS: ReadonlySet<string> = new Set(
  "congrats congratulations kudos bravo brava bravi brave brawo complimenti congratulazioni félicitations felicitations chapeau glückwunsch gratuliere gratulation gratulacje enhorabuena felicidades felicitaciones".split(
    " ",
  ),
);

/** The valence of the word at i in the first language read that has one, or 0. */
function valenceAt(look: Lookups, tokens: Token[], i: number): number {
  for (const row of look) {
    const e = firstOf(row[i] ?? null, SENT, tokens, i);
    if (e) return e.value.weight;
  }
  return 0;
}

/** Whether a negator stands within two words before k ("not bad", "nicht schlecht"). */
function negatedAt(tokens: Token[], look: Lookups, k: number): boolean {
  for (let j = k - 1, seen = 0; j >= 0 && seen < 2; j--) {
    if ((tokens[j] as Token).kind !== WORD) return false;
    seen++;
    if (anyIs(look, j, NEG)) return true;
  }
  return false;
}

interface Opener {
  /** The praise word turned round. */
  at: number;
  /** Congratulations: the praise of what they name is mock too. */
  congrats: boolean;
  /** The opener is all its sentence ("Oh wonderful."): the failure may stand in the next one. */
  next: boolean;
}

/** The mock opener of the sentence starting at s, or null. */
function openerAt(tokens: Token[], look: Lookups, s: number, exclaims: ReadonlySet<string>): Opener | null {
  let k = s;
  while ((tokens[k] as Token | undefined)?.kind === MENTION) k++;
  let exclaimed = false;
  while (k < tokens.length && exclaims.has((tokens[k] as Token).w) && (tokens[k] as Token).kind === WORD) {
    exclaimed = true;
    k++;
  }
  const p = tokens[k];
  // The valence first: nearly every sentence opens with a word of none, and the test of letters costs more.
  if (!p || p.kind !== WORD || valenceAt(look, tokens, k) < PRAISE || !LETTERS.test(p.w)) return null;
  const after = tokens[k + 1];
  const congrats = CONGRATS.has(p.w) && after?.kind === WORD && FOR.has(after.w);
  const next = exclaimed && (after === undefined || endsFullSentence(after));
  if (congrats || exclaimed) return { at: k, congrats, next };
  if (LOVE.has(p.w) && after?.kind === WORD && MANNER.has(after.w)) return { at: k, congrats, next };
  for (let j = k + 1, seen = 0; j < tokens.length && seen < MARK_REACH; j++) {
    const t = tokens[j] as Token;
    if (endsFullSentence(t)) break;
    if (t.kind !== WORD) continue;
    seen++;
    // "pas encore", "noch nicht", "non ancora", "not yet": a negator beside it makes it "not yet".
    if (AGAIN_MARKS.has(t.w) && !anyIs(look, j - 1, NEG) && !anyIs(look, j + 1, NEG))
      return { at: k, congrats, next };
  }
  return null;
}

/**
 * The praise positions to turn round when a failure follows the opener: a word of blame with no negator
 * before it, or a problem or complaint phrase, in its sentence (commas crossed). Nothing when a contrast
 * stands between ("Love how soft it is, but the zip broke": praise and a complaint, each meant) or when
 * other praise does ("Great, another one, no complaints").
 */
function mocked(tokens: Token[], look: Lookups, o: Opener): number[] | null {
  const marks = [o.at];
  let next = o.next;
  for (let k = o.at + 1, seen = 0; k < tokens.length && seen < REACH; k++) {
    const t = tokens[k] as Token;
    if (endsFullSentence(t)) {
      if (!next) return null;
      next = false;
      continue;
    }
    if (t.kind !== WORD) continue;
    seen++;
    // An elided "l'" carries no valence of its own (sentiment.ts drops single letters too).
    if (t.w.length < 2) continue;
    if (anyIs(look, k, CONTRAST)) return null;
    // A negator is no failure of its own: "Hoping for no more delays" (VADER's "no" is −1.2).
    if (anyIs(look, k, NEG)) continue;
    const v = valenceAt(look, tokens, k);
    for (const row of look)
      if (firstOf(row[k] ?? null, PROBLEM | COMPLAINT, tokens, k))
        return negatedAt(tokens, look, k) ? null : marks;
    if (v <= BLAME && !negatedAt(tokens, look, k)) return marks;
    if (v >= 1) {
      if (!o.congrats) return null;
      marks.push(k);
    }
  }
  return null;
}

/** "appreciate being ignored", "love getting lied to": English liking of what was done to the writer. */
const LIKE: ReadonlySet<string> = new Set(["love", "loving", "adore", "appreciate", "enjoy", "enjoying"]);
const SUFFERED: ReadonlySet<string> = new Set(["being", "getting"]);

/**
 * "Really appreciate being ignored for a week", "love being lied to", "I enjoy getting charged twice":
 * a liking whose object is a passive of blame (the word right after "being" / "getting" is −1 or
 * worse), anywhere in the sentence, not negated ("I don't love being ignored" is meant).
 */
function likedBlame(tokens: Token[], look: Lookups, out: number[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== WORD || !LIKE.has(t.w)) continue;
    const b = tokens[i + 1] as Token;
    if (b.kind !== WORD || !SUFFERED.has(b.w) || (tokens[i + 2] as Token).kind !== WORD) continue;
    if (valenceAt(look, tokens, i + 2) <= BLAME && !negatedAt(tokens, look, i)) out.push(i);
  }
}

/**
 * Sarcasm without a clear signal, only where a failure stands near it: "Love how you lost my parcel",
 * "Great, another delay", "Oh wonderful, lost again", "Bravo pour le retard", "Super, wieder kaputt",
 * "Complimenti per il ritardo", "Genial, otra vez tarde", "Super, znowu spóźnione". The same openers
 * before praise or nothing ("Great, another pair for my collection!", "Love how soft it is") praise.
 * `code`: the text's first language, whose interjections open a mock. Pushes the token positions whose
 * valence irony turns round.
 */
export function mockOpeners(tokens: Token[], look: Lookups, code: string, out: number[]): void {
  const exclaims = EXCLAIM[code] ?? NO_EXCLAIM;
  if (code === "en") likedBlame(tokens, look, out);
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && !endsFullSentence(t)) continue;
    if (i > start) {
      const o = openerAt(tokens, look, start, exclaims);
      const marks = o && mocked(tokens, look, o);
      if (marks) out.push(...marks);
    }
    start = i + 1;
  }
}
