import { subjectLine, topicSubjectBody } from "./subject-lines.js";

/**
 * A ticket whose subject only names its topic is read by its body (twenty-third pass): "Subject: Refund —
 * Hi, how long does a refund usually take?" and "Temat: Zwrot towaru — Dzień dobry, czy mogę oddać kurtkę
 * w sklepie?" ask; their subject's "refund", "zwrot" named a complaint on main. Where the body tells no
 * complaint and does not read negative, the ticket takes the body's reading. A subject that tells a fault
 * itself ("Still no refund", "Wrong size", a question mark) keeps the whole text's.
 */
interface Reading {
  language: string;
  sentiment: "negative" | "neutral" | "positive";
  score: number;
  complaint: boolean;
  topics: string[];
}

export function byTicketBody<R extends Reading>(text: string, whole: R, readBody: (body: string) => R): R {
  // Most texts have no subject line: one cheap test before the rest.
  if (!whole.complaint || !/^\s*\p{L}{2,8}\s*:/u.test(text) || !subjectLine(text)) return whole;
  const body = topicSubjectBody(text, whole.language);
  if (body === null) return whole;
  const b = readBody(body);
  if (b.complaint || b.sentiment === "negative") return whole;
  return { ...whole, sentiment: b.sentiment, score: b.score, complaint: false, topics: [] };
}
