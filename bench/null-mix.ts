/**
 * The mix of the null bench's workspace (bench/detect-null.ts and its trace, detect-null-trace.ts): one
 * mention's mood, topic, source and language drawn from a seeded `rand`, in a fixed order, so both draw
 * the same stream.
 */
import type { MentionEvent } from "../src/detection/detectors/types.js";
import type { Topic } from "../src/nlp/index.js";

const SOURCES: [string, number][] = [
  ["twitter", 0.6],
  ["facebook", 0.3],
  ["reviews", 0.1],
];
const LANGUAGES: [string, number][] = [
  ["en", 0.85],
  ["de", 0.08],
  ["pl", 0.05],
  ["fr", 0.02],
];
const TOPICS: [Topic, number][] = [
  ["delivery", 0.35],
  ["customer_service", 0.25],
  ["price", 0.2],
  ["product_quality", 0.12],
  ["returns_refunds", 0.08],
];

const choose = <T>(u: number, xs: [T, number][]): T => {
  let acc = 0;
  for (const [x, w] of xs) {
    acc += w;
    if (u < acc) return x;
  }
  return (xs[xs.length - 1] as [T, number])[0];
};

/** One mention of the `workspace` shape at `t`: mood, topic, source and language drawn from `rand`. */
export function drawMention(rand: () => number, t: number, i: number, text?: string): MentionEvent {
  const u = rand();
  const sentiment = u < 0.25 ? "negative" : u < 0.35 ? "positive" : "neutral";
  const topics = rand() < 0.4 ? [choose(rand(), TOPICS)] : [];
  const m = {
    type: "mention",
    id: `n${i}`,
    at: new Date(t).toISOString(),
    source: choose(rand(), SOURCES),
    language: choose(rand(), LANGUAGES),
    sentiment,
    topics,
  } as MentionEvent;
  if (text !== undefined) m.text = text;
  return m;
}
