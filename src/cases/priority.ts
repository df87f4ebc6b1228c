export const PRIORITIES = ["P1", "P2", "P3", "P4"] as const;
export type Priority = (typeof PRIORITIES)[number];

export interface PriorityInput {
  /** The author's followers, 0 when unknown. */
  reach: number;
  topics: readonly string[];
  /** Sentiment score in [-1, 1]. */
  score: number;
  /** Copies, reposts and replies seen of the post. */
  spread: number;
}

const HIGH_TOPICS = new Set(["security", "fraud", "payment"]);
const MEDIUM_TOPICS = new Set(["outage", "returns_refunds", "order_error", "price"]);

/** Points per factor; each capped so one loud factor alone cannot make a P1 of a mild complaint. */
export function priorityPoints(p: PriorityInput) {
  const reach = p.reach >= 100_000 ? 3 : p.reach >= 10_000 ? 2 : p.reach >= 1_000 ? 1 : 0;
  const topic = p.topics.some((t) => HIGH_TOPICS.has(t))
    ? 3
    : p.topics.some((t) => MEDIUM_TOPICS.has(t))
      ? 2
      : p.topics.length
        ? 1
        : 0;
  const sentiment = p.score <= -0.7 ? 2 : p.score <= -0.4 ? 1 : 0;
  const spread = p.spread >= 10 ? 3 : p.spread >= 3 ? 2 : p.spread >= 1 ? 1 : 0;
  return { reach, topic, sentiment, spread, total: reach + topic + sentiment + spread };
}

export function priorityOf(p: PriorityInput): Priority {
  const { total } = priorityPoints(p);
  return total >= 7 ? "P1" : total >= 5 ? "P2" : total >= 3 ? "P3" : "P4";
}

const H = 3_600_000;
/** First-response and resolution clocks per priority. */
export const CLOCKS: Record<Priority, { firstResponseMs: number; resolveMs: number }> = {
  P1: { firstResponseMs: 1 * H, resolveMs: 24 * H },
  P2: { firstResponseMs: 4 * H, resolveMs: 48 * H },
  P3: { firstResponseMs: 8 * H, resolveMs: 5 * 24 * H },
  P4: { firstResponseMs: 24 * H, resolveMs: 7 * 24 * H },
};

export function dueDates(priority: Priority, from: number) {
  const c = CLOCKS[priority];
  return {
    first_response_due_at: new Date(from + c.firstResponseMs).toISOString(),
    resolve_due_at: new Date(from + c.resolveMs).toISOString(),
  };
}
