import { analyse } from "./analyse.js";
import {
  CLASSES,
  type Features,
  featuresOf,
  type LanguageModel,
  LEX_SCALE,
  MODEL_FORMAT,
  predict,
  type SentimentClass,
  type SentimentModel,
} from "./model.js";

export interface LabelledText {
  text: string;
  /** negative, neutral or positive; "ambiguous" (mixed feelings) is learnt as neutral. */
  label: string;
  language: string;
}

export interface TrainOptions {
  epochs?: number;
  /** AdaGrad step. */
  rate?: number;
  /** L2 pull towards zero, per update. */
  l2?: number;
  /** Features seen in fewer training texts are dropped (they only memorise rows). */
  minCount?: number;
  seed?: number;
  trainedOn?: string;
}

function classOf(label: string): number {
  if (label === "ambiguous") return 1;
  return CLASSES.indexOf(label as SentimentClass);
}

/** Deterministic shuffle (mulberry32), so the same data gives the same model. */
function shuffled(n: number, seed: number): number[] {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
  }
  return idx;
}

function trainLanguage(
  rows: { f: Features; y: number }[],
  o: Required<Omit<TrainOptions, "trainedOn">>,
): LanguageModel {
  const docFreq = new Map<string, number>();
  for (const r of rows) for (const k of new Set(r.f.keys)) docFreq.set(k, (docFreq.get(k) ?? 0) + 1);
  const weights = new Map<string, Float32Array>();
  const grads = new Map<string, Float64Array>();
  for (const [k, n] of docFreq) {
    if (n < o.minCount) continue;
    weights.set(k, new Float32Array(3));
    grads.set(k, new Float64Array(3));
  }
  weights.set("lex", new Float32Array(3));
  grads.set("lex", new Float64Array(3));
  const m: LanguageModel = { bias: [0, 0, 0], weights };
  const biasG = new Float64Array(3);
  // Balanced classes: a skewed training set must not teach "always neutral".
  const counts = [0, 0, 0];
  for (const r of rows) counts[r.y] = (counts[r.y] as number) + 1;
  const cw = counts.map((c) => (c > 0 ? rows.length / (3 * c) : 0));
  const p = new Float64Array(3);
  const g = new Float64Array(3);
  const step = (w: Float32Array | [number, number, number], G: Float64Array, x: number) => {
    for (let c = 0; c < 3; c++) {
      const gc = (g[c] as number) * x + o.l2 * (w[c] as number);
      G[c] = (G[c] as number) + gc * gc;
      w[c] = (w[c] as number) - (o.rate * gc) / Math.sqrt((G[c] as number) + 1e-8);
    }
  };
  for (let e = 0; e < o.epochs; e++) {
    for (const i of shuffled(rows.length, o.seed + e)) {
      const r = rows[i] as { f: Features; y: number };
      predict(m, r.f, p);
      for (let c = 0; c < 3; c++) g[c] = ((p[c] as number) - (c === r.y ? 1 : 0)) * (cw[r.y] as number);
      step(m.bias, biasG, 1);
      step(weights.get("lex") as Float32Array, grads.get("lex") as Float64Array, r.f.lexicon * LEX_SCALE);
      for (const k of r.f.keys) {
        const w = weights.get(k);
        if (w) step(w, grads.get(k) as Float64Array, 1);
      }
    }
  }
  // Weights that stayed near zero cost memory and time and say nothing.
  for (const [k, w] of weights)
    if (Math.max(Math.abs(w[0] ?? 0), Math.abs(w[1] ?? 0), Math.abs(w[2] ?? 0)) < 0.01) weights.delete(k);
  return m;
}

/** Trains one model per language present in `rows` (each row read in its own language). */
export function trainModel(rows: LabelledText[], opts: TrainOptions = {}): SentimentModel {
  const o = {
    epochs: opts.epochs ?? 4,
    rate: opts.rate ?? 0.1,
    l2: opts.l2 ?? 1e-4,
    minCount: opts.minCount ?? 2,
    seed: opts.seed ?? 7,
  };
  const byLang = new Map<string, { f: Features; y: number }[]>();
  for (const r of rows) {
    const y = classOf(r.label);
    if (y < 0 || typeof r.text !== "string") continue;
    const a = analyse(r.text, r.language);
    const list = byLang.get(a.code) ?? [];
    list.push({ f: featuresOf(a.tokens, a.look, a.lexicon.compound), y });
    byLang.set(a.code, list);
  }
  const languages = new Map<string, LanguageModel>();
  for (const [code, list] of byLang)
    if (code !== "und" && list.length >= 20) languages.set(code, trainLanguage(list, o));
  return { format: MODEL_FORMAT, trainedOn: opts.trainedOn ?? "", languages };
}

export interface LabelledFile {
  rows: LabelledText[];
  /** "line N: why" for every line that was skipped. */
  skipped: string[];
}

const LABELS = new Set(["negative", "neutral", "positive", "ambiguous"]);

/** Parses labelled JSON lines `{text, label, language?}`; bad lines are reported, good ones kept. */
export function parseLabelled(content: string, defaultLanguage?: string): LabelledFile {
  const rows: LabelledText[] = [];
  const skipped: string[] = [];
  content.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch {
      skipped.push(`line ${i + 1}: not valid JSON`);
      return;
    }
    if (o === null || typeof o !== "object" || Array.isArray(o))
      skipped.push(`line ${i + 1}: expected an object`);
    else if (typeof o["text"] !== "string") skipped.push(`line ${i + 1}: text: missing`);
    else if (typeof o["label"] !== "string" || !LABELS.has(o["label"]))
      skipped.push(`line ${i + 1}: label: must be one of ${[...LABELS].join(", ")}`);
    else {
      const language =
        typeof o["language"] === "string" && o["language"] !== "" ? o["language"] : defaultLanguage;
      if (!language) skipped.push(`line ${i + 1}: language: missing (or pass a default)`);
      else rows.push({ text: o["text"], label: o["label"], language });
    }
  });
  return { rows, skipped };
}
