import { type Analysis, analyse } from "./analyse.js";
import { titleTopics } from "./subject-line.js";
import { findTopics } from "./topics.js";
import type { Topic } from "./topics-list.js";

/**
 * The topics a complaining subject line or title gives its text (subject-line.ts): the title is read as
 * a text of its own, in the text's language, only when the text has one.
 */
export function titleProblems(a: Analysis, negativeAt: number): Set<Topic> | null {
  if (!a.title) return null;
  const t = analyse(a.title.title, a.primary);
  const ev = findTopics(t.tokens, t.look, t.requests, t.code);
  return titleTopics(
    a.title,
    { problem: ev.problem, subject: ev.subject, score: t.lexicon.compound },
    negativeAt,
  );
}
