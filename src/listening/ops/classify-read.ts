import { type Classification, classifyWithSignals, type LearnedModel } from "../../nlp/index.js";
import { fingerprint } from "../normalize.js";

/** What classification reads of each mention of a batch: columns, so a thread hands them over compactly. */
export interface ReadInputs {
  texts: string[];
  languages: (string | null)[];
  ratings: (number | null)[];
}

/**
 * A batch's classifications as columns (one entry per input, in order), the crisis signal words read
 * with them (null: classification failed) and each text's fingerprint. A thread sends this back in one
 * message: seven arrays, not an object per mention.
 */
export interface Reads {
  language: string[];
  sentiment: Classification["sentiment"][];
  score: number[];
  complaint: boolean[];
  topics: Classification["topics"][];
  signals: (string[] | null)[];
  fingerprint: (string | null)[];
  /** How many classifications failed (those mentions are stored unclassified), and the first fault. */
  failed: number;
  fault?: { message: string; stack?: string | undefined };
}

export const emptyReads = (): Reads => ({
  language: [],
  sentiment: [],
  score: [],
  complaint: [],
  topics: [],
  signals: [],
  fingerprint: [],
  failed: 0,
});

/**
 * Reads mention `i` of `inputs` into `out`. A classifier fault must not lose a mention: it is stored
 * unclassified (language as given, neutral, no topics) and no signals are read (detection reads the
 * text itself). The same code runs inline and in the classify thread, so both give the same rows.
 */
export function readOne(
  out: Reads,
  inputs: ReadInputs,
  i: number,
  shop: readonly string[],
  learned?: LearnedModel | null,
): void {
  const text = inputs.texts[i] as string;
  const language = inputs.languages[i] ?? null;
  let c: Classification;
  let signals: string[] | null = null;
  try {
    const rating = inputs.ratings[i];
    const read = classifyWithSignals(
      { text, language: language ?? undefined, rating: rating ?? undefined, languages: shop },
      learned,
    );
    c = read.classification;
    signals = read.signals;
  } catch (err) {
    if (out.failed++ === 0)
      out.fault =
        err instanceof Error ? { message: err.message, stack: err.stack } : { message: String(err) };
    c = { language: language ?? "und", sentiment: "neutral", score: 0, complaint: false, topics: [] };
  }
  out.language.push(c.language);
  out.sentiment.push(c.sentiment);
  out.score.push(c.score);
  out.complaint.push(c.complaint);
  out.topics.push(c.topics);
  out.signals.push(signals);
  out.fingerprint.push(fingerprint(text));
}
