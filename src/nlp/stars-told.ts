/**
 * Star counts that stars.ts's counting alone misreads (product reviews, fourth writer's dev set):
 *
 * - A rating changed in an update: "Down from 4 stars to 1", "von vier auf einen Stern", "de 4 à 1
 *   étoile", "da 5 a una stella", "de 5 a 2 estrellas", "z pięciu na dwie gwiazdki". The count after the
 *   change is the review's rating, and where an update ("UPDATE", "Nachtrag", "MISE À JOUR",
 *   "AGGIORNAMENTO", "ACTUALIZACIÓN", "AKTUALIZACJA", "Edit") tells a first rating and a later one ("le
 *   puse 5 estrellas al principio … la dejo en 2 estrellas", "avevo dato 5 stelle … Scendo a una
 *   stella"), the last count is.
 * - A score out of 5 or 10 that closes the text after its last sentence ("… de la poussière au fond.
 *   2/5", "Fajna apka … 5/5"), as one that opens it is read already.
 */

import { STAR_NUMBERS } from "./star-numbers.js";

const NUMBER =
  "\\d(?:[.,]5)?|one|two|three|four|five|eins|einen?|einem|zwei|drei|vier|fünf|une?|deux|trois|quatre|cinq|una|uno|due|tre|quattro|cinque|dos|tres|cuatro|cinco|jedn(?:ej|ą|a)|dw(?:ie|óch|u)|trz(?:y|ech)|czter(?:y|ech)|pię(?:ć|ciu)";
/** stars.ts's numbers, and the article and case forms a changed rating is told with ("von vier auf einen Stern"). */
const WORD_VALUE: Readonly<Record<string, number>> = {
  ...STAR_NUMBERS,
  ein: 1,
  einen: 1,
  einem: 1,
  un: 1,
  une: 1,
  una: 1,
  uno: 1,
  jednej: 1,
  dwóch: 2,
  dwu: 2,
  trzech: 3,
  czterech: 4,
  pięciu: 5,
};
const STAR = "(?:stars?|sterne?n?|étoiles?|etoiles?|stell[ae]|estrellas?|gwiazd\\p{L}*)";

/** "from 4 (stars) to 1", "von vier auf einen Stern", "de 4 à 1", "da 5 a una stella", "z pięciu na dwie". */
const CHANGED = new RegExp(
  `(?<!\\p{L})(?:from|von|de|da|z)\\s+(${NUMBER})(\\s+${STAR})?\\s+(?:to|auf|à|a|na)\\s+(${NUMBER})(?!\\p{L})(\\s*${STAR})?`,
  "iu",
);
/** A review that says it was updated: its last count of stars is its rating now. */
const UPDATED =
  /^\W*(?:update|updated|edit|nachtrag|update nach|mise à jour|maj|aggiornamento|actualizaci[oó]n|aktualizacja)\b/iu;
const COUNT = new RegExp(`(?<![\\p{L}\\p{N}])(${NUMBER})\\s*${STAR}(?!\\p{L})`, "giu");
/** "… au fond. 2/5", "… 10/10 👍": a score after the text's last sentence. */
const CLOSING =
  /(?:^|[.!?…)\]—–-]\s*|\n\s*)(\d{1,2}(?:[.,]5)?)\s*\/\s*(5|10)\s*[.!…\p{Extended_Pictographic}\s]*$/u;

function countOf(word: string): number {
  const w = word.toLowerCase();
  return WORD_VALUE[w] ?? Number(w.replace(",", "."));
}

/** The rating an update or a change of rating states (1–5), else undefined. */
export function changedStars(text: string): number | undefined {
  const m = CHANGED.exec(text);
  // One of the two counts is of stars: "from 2 to 3 days" changes no rating.
  if (m && (m[2] || m[4])) {
    const n = countOf(m[3] as string);
    if (Number.isFinite(n) && n <= 5) return Math.max(1, Math.round(n));
  }
  if (!UPDATED.test(text)) return undefined;
  let last: number | undefined;
  for (const c of text.matchAll(COUNT)) {
    const n = countOf(c[1] as string);
    if (Number.isFinite(n) && n <= 5) last = Math.max(1, Math.round(n));
  }
  return last;
}

/** A score out of 5 or 10 closing the text, as a rating of 0–5, else undefined. */
export function closingScore(text: string): number | undefined {
  const m = CLOSING.exec(text);
  if (!m) return undefined;
  const n = Number((m[1] as string).replace(",", "."));
  const scale = Number(m[2]);
  return n <= scale ? (n * 5) / scale : undefined;
}
