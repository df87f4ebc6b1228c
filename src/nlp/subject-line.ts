import type { Analysis } from "./analyse.js";
import type { Topic } from "./topics-list.js";

/**
 * A ticket's subject line or a review's title, read as what the text is about (twenty-third pass,
 * docs/classification.md): "Objet : Erreur de pointure commande 20488 — Bonjour, …", "Asunto: Pedido 31207
 * retenido en aduana — …", "Titre : Déçue — La poêle …", "Título: Duró nada — …". Help desks and review
 * sites put the customer's own summary there, and the body often tells the facts without a word of blame.
 * The tokenizer drops the dash that ends the line, so it is found in the text as written. A title that
 * reads negative or names a problem makes its topics the text's (a review's title without a thing named
 * is about the product); a neutral or praising one ("Objet : Livraison en Suisse —", "Titolo: Lampada
 * bellissima —") tells nothing.
 */
const LINE =
  /^\s*(objet|sujet|oggetto|asunto|titre|titolo|t[ií]tulo)\s*:\s*([^\n—–]{2,120}?)\s*(?:—|–|\s-\s|\n)/iu;
const REVIEW = /^(?:titre|titolo|t[ií]tulo)$/iu;

/** Languages whose help-desk labels LINE reads (the other helper's languages have their own). */
const READS: ReadonlySet<string> = new Set(["fr", "it", "es"]);

export interface SubjectLine {
  title: string;
  review: boolean;
}

/** The subject line or title of a French, Italian or Spanish text, or null. */
export function subjectLine(text: string, lang: string): SubjectLine | null {
  if (!READS.has(lang) || text.indexOf(":") < 0) return null;
  const m = LINE.exec(text);
  if (!m) return null;
  return { title: m[2] as string, review: REVIEW.test(m[1] as string) };
}

/**
 * The topics a complaining title gives the text: its problems, its things named ("order" only with a
 * problem word: "Erreur de … commande"), else for a review the product. `read` is the title analysed
 * and read as a text of its own (reading.ts), with its lexicon score.
 */
export function titleTopics(
  line: SubjectLine,
  read: { problem: Set<Topic>; subject: Set<Topic>; score: number },
  negativeAt: number,
): Set<Topic> | null {
  const complains = read.problem.size > 0 || read.score <= negativeAt;
  if (!complains) return null;
  const out = new Set<Topic>(read.problem);
  for (const t of read.subject) out.add(t);
  if (out.size === 0 && line.review) out.add("product_quality");
  return out.size > 0 ? out : null;
}

export type { Analysis };
