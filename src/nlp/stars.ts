/**
 * Stars a reviewer wrote into the text ("Five stars, no complaints", "1/5", "★★☆☆☆", "zero stelle",
 * "pięć gwiazdek"): a review stream often carries its rating only so (a title, a pasted review, a post
 * that quotes its own stars), and the words around it rarely say as much. Read as the review's rating
 * when none is given. Only when every star count in the text agrees: "5 stars for the product, 1 for
 * the delivery" says no one thing.
 */

import { STAR_NUMBERS as NUMBERS } from "./star-numbers.js";
import { changedStars, closingScore } from "./stars-told.js";

const STAR_WORD = "(?:stars?|sterne?n?|étoiles?|etoiles?|stell[ae]|estrellas?|gwiazd(?:ka|ki|ek|kę|e)?)";
/** "2 Sterne Abzug", "one star off": stars taken away, not given. */
const TAKEN_AFTER = /^\s*(?:abzug|off|less|de moins|in meno|menos|mniej)\b/iu;
/** A flag's stars ("the 3 stars & a sun", "stars and stripes"), not a rating. */
const FLAG_AFTER = /^\s*(?:&|and)\s+(?:an?\s+)?(?:sun|moon|stripes)\b/iu;
const TAKEN_BEFORE = /(?:minus|abzüglich|ziehe?|enlève|retire|tolgo|quito|resto|odejmuj\p{L}*)\s*$/iu;
/** Italy's Five Star Movement, "Movimento 5 Stelle", is no rating. */
const MOVEMENT =
  /grillo|m5s|movimento|\bmov\b|5\s*stelle\b.*\b(?:voto|votare|elezioni)|pentastellat|casaleggio|di maio/iu;
const COUNTED = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d(?:[.,]5)?|${Object.keys(NUMBERS).join("|")})[\\s-]*${STAR_WORD}(?![\\p{L}])`,
  "giu",
);
/**
 * "4/5", "9/10", "2 out of 5", "3 von 5", "1 sur 5", "2 su 5", "1 de 5", "4 na 5", "3 z 5". A fraction is
 * also how dates are written ("expires 4/10", "2/10 flight 994") and "3 von 5 Paketen" counts parcels,
 * so it is a rating only where a rating ends: before the clause's end or a star word, and for a bare
 * slash only with spaces around it, after "#" or a word of rating ("Rate: 5/5", "Note : 4/5").
 */
const OUT_OF =
  /(?<![\p{N}/.,])(\d{1,2}(?:[.,]5)?)(\s*)(\/|out of|von|sur|su|de|na|z)(\s*)(5|10)(?=\s*(?:$|[.!?,;:)\]}…"'»—–\p{Extended_Pictographic}]|\s*(?:stars?|sterne|étoiles|stelle|estrellas|gwiazd|points|punkte|punti|puntos|pkt)))/giu;
const RATING_WORD =
  /(?:#|rate|rating|note|score|bewertung|voto|nota|valoraci[oó]n|puntuaci[oó]n|ocen\p{L}*|(?<!dat[ae]|datum|fecha)\s*:)\s*:?\s*$/iu;
/** "2 out of 5 stars": the 5 is the scale, read with the fraction. */
const SCALE_BEFORE = /(?:\/|out of|von|sur|su|de|na|z)\s*$/iu;
/(?:#|rate|rating|note|score|bewertung|voto|nota|valoraci[oó]n|puntuaci[oó]n|ocen\p{L}*)\s*:?\s*$/iu;
const GLYPHS = /([★⭐]{1,5})(☆{0,4})/gu;

/** A hotel's or a service's class ("a 5 star hotel", "five-star service", "hôtel 5 étoiles"), not a rating. */
const CLASS_OF =
  /(?:hotel|hôtel|hostel|resort|restaurant|ristorante|restaurante|albergo|palace|lusso|lujo|luxe|luxury)\W+(?:\p{L}+\W+)?$/iu;

/**
 * Stars that describe a thing rather than rate it: joined to the number by a hyphen ("5-star", "Fünf-
 * Sterne-Hotel"), an English "star" in the singular after a number over one (a rating says "5 stars",
 * an adjective "5 star hotel"), or after a hotel or restaurant.
 */
function describes(match: string, n: number, before: string): boolean {
  return /\p{L}-|\d-/u.test(match) || (n > 1 && /star$/i.test(match)) || CLASS_OF.test(before);
}

function counted(text: string, found: number[]): void {
  if (MOVEMENT.test(text)) return;
  for (const m of text.matchAll(COUNTED)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 20), at);
    const word = (m[1] as string).toLowerCase();
    const n = NUMBERS[word] ?? Number(word.replace(",", "."));
    if (
      TAKEN_AFTER.test(text.slice(at + m[0].length)) ||
      FLAG_AFTER.test(text.slice(at + m[0].length)) ||
      TAKEN_BEFORE.test(before) ||
      SCALE_BEFORE.test(before) ||
      describes(m[0], n, before)
    )
      continue;
    if (Number.isFinite(n) && n <= 5) found.push(n);
  }
}

function fractions(text: string, found: number[]): void {
  for (const m of text.matchAll(OUT_OF)) {
    const [, num, before, word, after, den] = m as unknown as string[];
    // A score out of 5 that opens the text ("3/5 — Comfy trainers…") is a review's rating too.
    const opens = (m.index ?? 0) === 0 && den === "5";
    if (word === "/" && !(before && after) && !opens && !RATING_WORD.test(text.slice(0, m.index ?? 0)))
      continue;
    const n = Number((num as string).replace(",", "."));
    const scale = Number(den);
    if (n <= scale) found.push((n * 5) / scale);
  }
}

const MAY_RATE =
  /[★⭐]|star|stern|étoile|etoile|stell|estrell|gwiazd|\d\s*(?:\/|out of|von|sur|su|de|na|z)\s*(?:5|10)/iu;

/** The rating (1–5) the text states, or undefined when it states none or several that disagree. */
export function starsIn(text: string): number | undefined {
  // Every classified text passes here: only one that names stars, draws them or writes a score out of 5
  // or 10 is read by the three patterns below.
  if (!MAY_RATE.test(text)) return undefined;
  // A rating changed in an update, or a score closing the text (stars-told.ts).
  const changed = changedStars(text);
  if (changed !== undefined) return changed;
  const found: number[] = [];
  const closing = closingScore(text);
  if (closing !== undefined) found.push(closing);
  counted(text, found);
  fractions(text, found);
  for (const m of text.matchAll(GLYPHS)) {
    const filled = [...(m[1] as string)].length;
    // A lone ⭐ is an emoji of praise more often than a rating; a row of them, or ★ with ☆, is a rating.
    if (filled > 1 || (m[2] as string).length > 0 || m[1] === "★") found.push(filled);
  }
  if (found.length === 0) return undefined;
  const ratings = found.map((n) => Math.min(5, Math.max(1, Math.round(n))));
  return ratings.every((r) => r === ratings[0]) ? ratings[0] : undefined;
}
