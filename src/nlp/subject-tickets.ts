import type { Analysis } from "./analyse.js";
import { namesOnly } from "./subject-line.js";
import { readTitle } from "./title-reading.js";

/**
 * A ticket whose subject only names its topic is read by its body (twenty-third pass): "Subject: Refund —
 * Hi, how long does a refund usually take?" and "Temat: Zwrot towaru — Dzień dobry, czy mogę oddać kurtkę
 * w sklepie?" ask; their subject's "refund", "zwrot" named a complaint on main. Where the body tells no
 * complaint and does not read negative, the ticket takes the body's reading. A subject that tells a fault
 * itself ("Still no refund", "Wrong size", a question mark; subject-line.ts's namesOnly) keeps the whole
 * text's.
 */
interface Reading {
  language: string;
  sentiment: "negative" | "neutral" | "positive";
  score: number;
  complaint: boolean;
  topics: string[];
}

export function byTicketBody<R extends Reading>(
  a: Analysis,
  whole: R,
  negativeAt: number,
  readBody: (body: string) => R,
): R {
  const line = a.title;
  if (!whole.complaint || line?.kind !== "subject" || line.bodyAt >= a.text.length) return whole;
  const read = readTitle(a);
  if (!read || !namesOnly(line, whole.language, read, negativeAt)) return whole;
  const b = readBody(a.text.slice(line.bodyAt));
  if (b.complaint || b.sentiment === "negative") return whole;
  return { ...whole, sentiment: b.sentiment, score: b.score, complaint: false, topics: [] };
}
