/**
 * Fresh customer texts (bench/data20), written by hand as shop customers write, in six languages, before
 * any rule and without reading the classifier: `dev.ts` may be looked at while tuning, `heldout.ts` is read
 * once. Each text carries the label a careful reader gives it as a whole.
 */
import { TOPICS, type Topic } from "../../src/nlp/topics-list.js";

export type FreshLanguage = "en" | "pl" | "de" | "fr" | "it" | "es";
export type FreshSentiment = "negative" | "neutral" | "positive";
/** The product's topics: a label the classifier cannot give is refused when the set is read. */
export type FreshTopic = Topic;
export type FreshText = {
  text: string;
  language: FreshLanguage;
  sentiment: FreshSentiment;
  complaint: boolean;
  topics: FreshTopic[];
};

const SENTIMENTS: Record<string, FreshSentiment> = { N: "negative", O: "neutral", P: "positive" };

/**
 * One text a line: `N C delivery,payment | the text`. First letter the sentiment (N negative, O neutral,
 * P positive), then C for a complaint or - for none, then the topics (comma-separated, - for none), then
 * ` | ` and the text as the customer wrote it. Blank lines are skipped; a malformed line throws.
 */
export function lines(language: FreshLanguage, block: string): FreshText[] {
  const out: FreshText[] = [];
  for (const raw of block.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^([NOP]) ([C-]) (\S+) \| (.+)$/.exec(line);
    const sentiment = m ? SENTIMENTS[m[1] ?? ""] : undefined;
    if (!m || !sentiment) throw new Error(`data20: bad line: ${line}`);
    const topics = m[3] === "-" ? [] : (m[3] ?? "").split(",");
    const bad = topics.filter((t) => !(TOPICS as readonly string[]).includes(t));
    if (bad.length) throw new Error(`data20: unknown topic ${bad.join(",")}: ${line}`);
    out.push({
      text: m[4] ?? "",
      language,
      sentiment,
      complaint: m[2] === "C",
      topics: topics as FreshTopic[],
    });
  }
  return out;
}
