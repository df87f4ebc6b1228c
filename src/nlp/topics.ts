import { restMatches } from "./matcher.js";
import { COMPLAINT, type CompiledPack, CRISIS, PROBLEM, SUBJECT } from "./packs.js";
import type { Lookups } from "./sentiment.js";
import type { Token } from "./text.js";
import { TOPICS, type Topic } from "./topics-list.js";

export interface TopicEvidence {
  /** Topics named together with what went wrong ("never arrived", "charged twice"). */
  problem: Set<Topic>;
  /** Topics only named (parcel, refund): they count when the post is negative. */
  subject: Set<Topic>;
  /** Generic complaint words ("complaint", "still waiting", "reklamacja"). */
  markers: number;
}

export function findTopics(tokens: Token[], look: Lookups): TopicEvidence {
  const problem = new Set<Topic>();
  const subject = new Set<Topic>();
  let markers = 0;
  for (const row of look) {
    for (let i = 0; i < tokens.length; i++) {
      const cands = row[i];
      if (!cands) continue;
      let marked = false;
      for (const e of cands) {
        const k = e.value.kind;
        if (!(k & (PROBLEM | SUBJECT | COMPLAINT)) || !restMatches(e, tokens, i)) continue;
        if (k === PROBLEM) problem.add(e.value.topic as Topic);
        else if (k === SUBJECT) subject.add(e.value.topic as Topic);
        else if (!marked) {
          marked = true;
          markers++;
        }
      }
    }
  }
  return { problem, subject, markers };
}

/** Topics in the fixed order of TOPICS, so outputs compare equal. */
export function orderTopics(set: Set<Topic>): Topic[] {
  return TOPICS.filter((t) => set.has(t));
}

export function findCrisisSignals(tokens: Token[], packs: readonly CompiledPack[]): string[] {
  const found = new Set<string>();
  for (const p of packs) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const cands = p.index.lookup(t.w);
      if (!cands) continue;
      for (const e of cands)
        if (e.value.kind === CRISIS && restMatches(e, tokens, i)) found.add(e.value.id as string);
    }
  }
  return [...found].sort();
}
