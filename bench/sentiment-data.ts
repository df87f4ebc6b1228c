/** The labelled sentiment files of ../shared/data/sentiment (see its README) and how the benches score them. */
import { readFileSync } from "node:fs";
import { round } from "./classify-airline.js";

export const SENTIMENT_FILES: Record<string, string> = {
  en: "tweets-en.jsonl",
  pl: "opinions-pl.jsonl",
  de: "tweets-de.jsonl",
  fr: "tweets-fr.jsonl",
  it: "tweets-it.jsonl",
  es: "tweets-es.jsonl",
};

export interface SentimentRow {
  id: string;
  text: string;
  label: string;
}

export function readJsonl(file: string): SentimentRow[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SentimentRow);
}

const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

/** Macro-F1 over the two classes negative / not negative. */
export function macroNegF1(gold: boolean[], pred: boolean[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  gold.forEach((g, i) => {
    const p = pred[i];
    if (g && p) tp++;
    else if (!g && p) fp++;
    else if (g && !p) fn++;
    else tn++;
  });
  return round((f1(tp, fp, fn) + f1(tn, fn, fp)) / 2);
}
