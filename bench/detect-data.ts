/**
 * The real texts bench:detect places on its synthetic clock, split once and for all by a hash of the
 * text: the `bench` half is what the benchmark scores; the `dev` half is for anyone developing the
 * detectors (`--split dev`). Nothing in src/detection was tuned on either half: the engine was developed
 * on synthetic Poisson streams (src/detection/*.test.ts); the bench rows were first read by this file.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Sentiment } from "../src/nlp/index.js";

export const DATA = process.env["FIREBREAK_DATA"] ?? join(import.meta.dirname, "../../shared/data");

export interface Row {
  text: string;
  /** The data's own language tag (the product column detects it again with the classifier). */
  language: string;
  /** The data's label: used only to pick which rows make a wave, never fed to a detector. */
  label: Sentiment;
  /** Airline complaint reason mapped to a topic group, for topic-coherent waves. */
  group: string | null;
}

export interface Pools {
  /** English airline tweets (to a support account: mostly negative). */
  airline: Row[];
  /** English general tweets (SemEval): a calm, mixed background. */
  english: Row[];
  /** French, German, Italian, Spanish tweets. */
  otherLanguages: Row[];
  polish: Row[];
}

const half = (text: string) => (createHash("sha1").update(text).digest()[0] as number) & 1;

function groupOf(reason: string): string | null {
  if (reason === "Customer Service Issue") return "customer_service";
  if (["Late Flight", "Lost Luggage", "Damaged Luggage"].includes(reason)) return "delivery";
  if (reason === "Flight Booking Problems") return "booking";
  if (reason === "Cancelled Flight") return "cancelled";
  return null;
}

function jsonl(file: string): Row[] {
  if (!existsSync(file)) return [];
  const out: Row[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const j = JSON.parse(line) as { text: string; label: string; language: string };
    if (j.label !== "negative" && j.label !== "neutral" && j.label !== "positive") continue;
    out.push({ text: j.text, language: j.language, label: j.label, group: null });
  }
  return out;
}

/** The pools of one split, or null when the data folder is missing. */
export function loadPools(split: "bench" | "dev"): Pools | null {
  const csv = join(DATA, "airline-tweets-dev.csv");
  if (!existsSync(csv)) return null;
  const want = split === "bench" ? 0 : 1;
  const keep = (r: Row) => half(r.text) === want;
  const airline = (parse(readFileSync(csv), { columns: true }) as Record<string, string>[]).map(
    (r): Row => ({
      text: r["text"] ?? "",
      language: "en",
      label: r["airline_sentiment"] as Sentiment,
      group: r["airline_sentiment"] === "negative" ? groupOf(r["negativereason"] ?? "") : null,
    }),
  );
  const other = ["fr", "de", "it", "es"].flatMap((l) => jsonl(join(DATA, "sentiment", `tweets-${l}.jsonl`)));
  return {
    airline: airline.filter(keep),
    english: jsonl(join(DATA, "sentiment", "tweets-en.jsonl")).filter(keep),
    otherLanguages: other.filter(keep),
    polish: jsonl(join(DATA, "sentiment", "opinions-pl.jsonl")).filter(keep),
  };
}
