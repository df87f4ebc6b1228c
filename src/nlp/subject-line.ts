import type { Topic } from "./topics-list.js";

/**
 * A help-desk ticket's subject line or a review's title, in six languages (the twenty-third pass's two
 * readers made one, twenty-fourth pass, docs/classification.md): "Subject: Wrong tracking number? — Hello,
 * …", "Betreff: Falsches Sofa, Bestellnr. 3310287 — …", "Temat: Błędna faktura … —", "Objet : Erreur de
 * pointure commande 20488 — Bonjour, …", "Oggetto: Consegna mancata ordine 55719 — …", "Asunto: Pedido 31207
 * retenido en aduana — …", and the reviews' "Title:", "Titel:", "Tytuł:", "Titre :", "Titolo:", "Título:".
 * The customer sums the text up there, and the body often tells the facts without a word of blame. The
 * tokenizer drops the dash that ends the line, so it is read from the text as written.
 */
const LABELS: Record<string, { subject: readonly string[]; title: readonly string[] }> = {
  en: { subject: ["subject", "re"], title: ["title"] },
  de: { subject: ["betreff"], title: ["titel"] },
  pl: { subject: ["temat"], title: ["tytuł", "tytul"] },
  fr: { subject: ["objet", "sujet"], title: ["titre"] },
  it: { subject: ["oggetto"], title: ["titolo"] },
  es: { subject: ["asunto"], title: ["título", "titulo"] },
};

/** "Label: text —", "Label: text - ", "Label: text" then a new line, or "Label: text" to the end. */
const HEAD = new Map(
  Object.entries(LABELS).map(([code, l]) => [
    code,
    new RegExp(
      `^\\s*(${[...l.subject, ...l.title].join("|")})\\s*:\\s*(.+?)(?:\\s+[—–-]\\s+|\\s*\\n|$)`,
      "iu",
    ),
  ]),
);

export interface SubjectLine {
  /** "title" for a review's title, "subject" for a ticket's or a mail's. */
  kind: "title" | "subject";
  text: string;
  /** Where the body starts in the whole text. */
  bodyAt: number;
}

/** The subject line or title a text in language `code` opens with, or null. */
export function subjectLine(text: string, code: string): SubjectLine | null {
  const head = HEAD.get(code);
  // Most texts have no subject line: one cheap test before the rest.
  if (!head || !/^\s*\p{L}{2,8}\s*:/u.test(text)) return null;
  const m = head.exec(text);
  if (!m) return null;
  const label = (m[1] as string).toLowerCase();
  const kind = (LABELS[code] as { title: readonly string[] }).title.includes(label) ? "title" : "subject";
  return { kind, text: m[2] as string, bodyAt: m.index + m[0].length };
}

/** A thing called wrong: an order's error (a tracking number is delivery's). */
export const WRONG: Record<string, RegExp> = {
  en: /\b(?:wrong|incorrect)\b(?!\s+(?:tracking|address on your site))/iu,
  de: /(?:^|\s)(?:falsche[rsnm]?|fehlerhafte[rsnm]?)\s/iu,
  pl: /(?:^|\s)(?:błędn\p{L}+|zł[ayeo]|niewłaściw\p{L}+|pomylon\p{L}+)\s/iu,
};
/** A thing called broken or faulty: the product's quality. */
export const BROKEN: Record<string, RegExp> = {
  en: /\b(?:broken|damaged|faulty|defective|cracked)\b/iu,
  de: /(?:kaputt|beschädigt|defekt|mangelhaft)/iu,
  pl: /(?:uszkodzon|zepsut|wadliw|pęknię)/iu,
};
/** A subject that tells a fault in words ("Still no refund", "Paket nicht angekommen", "Brak zwrotu", "?"). */
const TELLS: Record<string, RegExp> = {
  en: /\b(?:not|no|never|still|yet|again|missing|late|lost|charged|twice|without|can't|cannot|won't|isn't|hasn't|haven't|didn't|doesn't)\b|n't\b|\?|!/iu,
  de: /(?:^|\s)(?:nicht|kein\p{L}*|nie|noch|immer noch|wieder|fehlt|fehlend\p{L}*|zu spät|verloren|doppelt|ohne)(?!\p{L})|\?|!/iu,
  pl: /(?:^|\s)(?:nie|brak\p{L}*|nadal|wciąż|znowu|zaginion\p{L}*|spóźnion\p{L}*|podwójn\p{L}*|bez)(?!\p{L})|\?|!/iu,
};

/** What a subject line says read as a text of its own (title-reading.ts): its problems, things named, score. */
export interface TitleRead {
  problem: Set<Topic>;
  subject: Set<Topic>;
  score: number;
}

/**
 * How far below the texts' negative threshold a subject's own score must be to read negative: a subject is
 * a few words, where one topic's name decides the score ("Refund" -0.13 in the English lexicon; "Erreur de
 * pointure commande 20488" -0.38, "Déçue" -0.51).
 */
const SHORT_MARGIN = 0.1;

/** A subject that reads as a complaint of its own: a problem named or a clearly negative score. */
export const readsAsComplaint = (read: TitleRead, negativeAt: number) =>
  read.problem.size > 0 || read.score <= negativeAt - SHORT_MARGIN;

/**
 * The one neutral-subject rule: a subject that neither reads as a complaint nor says a fault in words where
 * its language has them (a thing called wrong or broken, "still", "no", a question or an exclamation) only
 * names what the text is about: "Delivery slot for wardrobe", "Lieferung an Packstation", "Livraison en
 * Suisse", "Lampada bellissima". It tells nothing; the body does.
 */
export function namesOnly(line: SubjectLine, code: string, read: TitleRead, negativeAt: number): boolean {
  if (readsAsComplaint(read, negativeAt)) return false;
  const s = ` ${line.text} `;
  return !(TELLS[code]?.test(s) || WRONG[code]?.test(s) || BROKEN[code]?.test(s));
}

/**
 * The topics a complaining title gives the text: its problems, its things named ("order" only with a
 * problem word: "Erreur de … commande"), else for a review the product.
 */
export function titleTopics(line: SubjectLine, read: TitleRead, negativeAt: number): Set<Topic> | null {
  if (!readsAsComplaint(read, negativeAt)) return null;
  const out = new Set<Topic>(read.problem);
  for (const t of read.subject) out.add(t);
  if (out.size === 0 && line.kind === "title") out.add("product_quality");
  return out.size > 0 ? out : null;
}
