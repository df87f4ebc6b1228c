import { type Analysis, analyse } from "./analyse.js";
import { type TitleRead, titleTopics } from "./subject-line.js";
import { findTopics } from "./topics.js";
import type { Topic } from "./topics-list.js";

/** A text's subject line or title read as a text of its own, in the text's language, or null without one. */
export function readTitle(a: Analysis): TitleRead | null {
  if (!a.title) return null;
  const t = analyse(a.title.text, a.primary);
  const ev = findTopics(t.tokens, t.look, t.requests, t.code);
  return { problem: ev.problem, subject: ev.subject, score: t.lexicon.compound };
}

/** The topics a complaining subject line or title gives its text (subject-line.ts). */
export function titleProblems(a: Analysis, negativeAt: number): Set<Topic> | null {
  const read = readTitle(a);
  return read && a.title ? titleTopics(a.title, read, negativeAt) : null;
}
