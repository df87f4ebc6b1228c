import type { MentionOut } from "../../listening/schema.js";

export const ESCALATE_QUEUE = "cases.escalate";
export type EscalationReason = "high_reach" | "overdue" | "overdue_resolution" | "priority" | "manual";
export const RULE_QUEUE = "cases.mention";
export const CRISIS_QUEUE = "cases.crisis-opened";
export const SPREAD_QUEUE = "cases.spread";
/** One job per ingested batch: the rules for its negative originals, the spread for its copies. */
export const BATCH_QUEUE = "cases.mentions";

export interface MentionBatchJob {
  /** Originals that may open a case or join their author's open case, in ingest order. */
  mentionIds: string[];
  /** Originals (in a case or not yet) that gained copies in the batch. */
  originalIds: string[];
}

/** What a batch of new mentions asks of the cases, or null when it asks nothing. */
export function mentionBatchOf(mentions: MentionOut[]): MentionBatchJob | null {
  const mentionIds: string[] = [];
  const originals = new Set<string>();
  for (const m of mentions) {
    if (m.duplicate_of) originals.add(m.duplicate_of);
    else if (m.complaint || m.sentiment === "negative") mentionIds.push(m.id);
  }
  return mentionIds.length || originals.size ? { mentionIds, originalIds: [...originals] } : null;
}
