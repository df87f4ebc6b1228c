import { analyse } from "../analyse.js";
import { classifyAnalysed } from "../index.js";
import { DEFAULT_BITS, featurize, LEX_WEIGHT, SHIPPED_NEG, type SparseVector } from "./features.js";
import { K, type LogReg, shuffled } from "./logreg.js";
import { negativeMacroF1, pairedWins, stratifiedFolds, threeClassMacroF1 } from "./metrics.js";
import { LEARNED_FORMAT, type LearnedModel } from "./model.js";
import { DEFAULT_NBLR, type NbLrOptions, trainNbLr } from "./nblr.js";

export const SENTIMENT_CLASSES = ["negative", "neutral", "positive"] as const;
export type SentimentLabel = (typeof SENTIMENT_CLASSES)[number];

export interface SentimentExample {
  text: string;
  /** ISO 639-1 when known; otherwise the text's guessed language is used. */
  language?: string | undefined;
  sentiment: SentimentLabel;
}

export interface LearnOptions {
  version: string;
  trainedOn?: string;
  /** A language needs this many labels, and `minPerClass` negatives and non-negatives, to get a model. */
  minLabels?: number;
  minPerClass?: number;
  folds?: number;
  /** The learned model must beat the shipped one by this much (cross-validated) to become active. */
  margin?: number;
  /** ...and win at least this share of paired bootstrap resamples of the labels (see metrics.ts). */
  confidence?: number;
  bits?: number;
  learner?: Partial<NbLrOptions>;
  /** L2 strengths tried by cross-validation; the best out-of-fold macro-F1 wins. */
  l2Grid?: number[];
  /** Pulls towards the shipped decision tried by cross-validation (see decide). */
  blends?: number[];
}

export interface LanguageReport {
  labels: number;
  negative: number;
  /** Cross-validated macro-F1, negative against not; null when too few labels to learn. */
  macro_f1: number | null;
  shipped_macro_f1: number;
  /** The same over the three sentiments. */
  macro_f1_3: number | null;
  shipped_macro_f1_3: number;
  active: boolean;
  /** Why the learned model is not active, in plain words. */
  reason: string | null;
  /** The L2 strength cross-validation chose, and the shift of the negative class (null before learning). */
  l2?: number | null;
  neg_shift?: number | null;
  /** The pull towards the shipped decision cross-validation chose (see decide; null before learning). */
  blend?: number | null;
  /** Share of paired bootstrap resamples of the labels where the learned model's figure is the higher. */
  wins?: number | null;
}

export interface LearnResult {
  /** Holds only the languages where the learned model is active. */
  model: LearnedModel;
  languages: Record<string, LanguageReport>;
  labels: number;
}

export const LEARN_DEFAULTS = { minLabels: 150, minPerClass: 30, folds: 5, margin: 0.005, confidence: 0.8 };
const LARGE = 5000;
export const L2_GRID = [1e-4, 1e-3, 1e-2];
export const BLENDS = [0, 0.5, 1, 2];

/**
 * The blend as weights, so the stored model stays three linear sums: +blend on the negative sum where
 * the shipped flag is up, −blend where not (the flag slot holds LEX_WEIGHT or 0; the bias slot 1).
 */
function foldBlend(m: LogReg, blend: number): void {
  if (blend === 0) return;
  const w = m.weights;
  w[SHIPPED_NEG * K] = (w[SHIPPED_NEG * K] as number) + (2 * blend) / LEX_WEIGHT;
  w[0] = (w[0] as number) - blend;
}

/**
 * What a training may spend, counted in feature values read (non-zero features × passes), not in labels:
 * 2,000 reviews of 500 characters hold as many features as 15,000 tweets.
 * PASS_WORK: the features a full set of passes is sized for (about 1,500 tweets); beyond it passes shrink.
 * GRID_WORK: above this per fit, one L2 strength and three folds (the grid matters least with many labels).
 */
const PASS_WORK = 400_000;
const GRID_WORK = 6_000_000;

/** Passes over the labels: the full count up to PASS_WORK features, fewer beyond, at least 3. */
function epochsFor(epochs: number, nnz: number): number {
  return Math.max(Math.min(epochs, 3), Math.min(epochs, Math.round((epochs * PASS_WORK) / Math.max(nnz, 1))));
}

interface Prepared {
  x: SparseVector[];
  y: number[];
  shipped: number[];
}

function prepare(rows: SentimentExample[], bits: number): Map<string, Prepared> {
  const by = new Map<string, Prepared>();
  for (const r of rows) {
    const a = analyse(r.text, r.language);
    if (a.code === "und") continue;
    let p = by.get(a.code);
    if (!p) {
      p = { x: [], y: [], shipped: [] };
      by.set(a.code, p);
    }
    p.x.push(featurize(a, bits));
    p.y.push(SENTIMENT_CLASSES.indexOf(r.sentiment));
    p.shipped.push(SENTIMENT_CLASSES.indexOf(classifyAnalysed(a).sentiment));
  }
  return by;
}

/** Class sums of every row (softmax is monotonic: the sums decide as the probabilities would). */
function scoresOf(m: LogReg, xs: SparseVector[], out: Float64Array, rows: number[]): void {
  const w = m.weights;
  xs.forEach((x, r) => {
    const o3 = (rows[r] as number) * 3;
    for (let j = 0; j < x.idx.length; j++) {
      const o = (x.idx[j] as number) * 3;
      const v = x.val[j] as number;
      out[o3] = (out[o3] as number) + (w[o] as number) * v;
      out[o3 + 1] = (out[o3 + 1] as number) + (w[o + 1] as number) * v;
      out[o3 + 2] = (out[o3 + 2] as number) + (w[o + 2] as number) * v;
    }
  });
}

/**
 * Decisions from class sums: the negative sum moved by `shift`, and by `blend` towards the shipped
 * model's own decision (+blend where the shipped model says negative, −blend where not): 0 is the
 * learned model alone, a large blend the shipped decision unless the learned one is sure.
 */
function decide(scores: Float64Array, shift: number, blend = 0, shippedNeg?: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < scores.length; i += 3) {
    const toward = blend === 0 || !shippedNeg ? 0 : shippedNeg[i / 3] ? blend : -blend;
    const a = (scores[i] as number) + shift + toward;
    const b = scores[i + 1] as number;
    const c = scores[i + 2] as number;
    out.push(a >= b && a >= c ? 0 : c > b ? 2 : 1);
  }
  return out;
}

/** Out-of-fold class sums: every row scored by a model that never saw it. */
function crossValidate(p: Prepared, folds: number, bits: number, o: NbLrOptions): Float64Array {
  const fold = stratifiedFolds(p.y, folds, shuffled(p.y.length, o.seed));
  const scores = new Float64Array(p.y.length * 3);
  for (let f = 0; f < folds; f++) {
    const trainX: SparseVector[] = [];
    const trainY: number[] = [];
    const testAt: number[] = [];
    for (let i = 0; i < p.y.length; i++) {
      if (fold[i] === f) testAt.push(i);
      else {
        trainX.push(p.x[i] as SparseVector);
        trainY.push(p.y[i] as number);
      }
    }
    const m = trainNbLr(trainX, trainY, bits, o);
    scoresOf(
      m,
      testAt.map((i) => p.x[i] as SparseVector),
      scores,
      testAt,
    );
  }
  return scores;
}

/** Shifts tried for the negative class; coarse, so tuning on the out-of-fold rows flatters little. */
const SHIFTS = [-0.6, -0.4, -0.2, 0, 0.2, 0.4, 0.6];

/** The shift of the negative class with the best out-of-fold macro-F1 (negative against not). */
function tuneShift(
  y: number[],
  scores: Float64Array,
  blends: readonly number[],
  shippedNeg: Uint8Array,
): { shift: number; blend: number; pred: number[] } {
  let best = { shift: 0, blend: 0, pred: decide(scores, 0), f1: -1 };
  for (const blend of blends)
    for (const shift of SHIFTS) {
      const pred = decide(scores, shift, blend, shippedNeg);
      const f1 = negativeMacroF1(y, pred);
      // Ties go to the smaller shift and blend: each must earn its place.
      const smaller = Math.abs(shift) + blend < Math.abs(best.shift) + best.blend;
      if (f1 > best.f1 + 1e-9 || (Math.abs(f1 - best.f1) < 1e-9 && smaller))
        best = { shift, blend, pred, f1 };
    }
  return best;
}

/** Whether the shipped reading called each row negative (its flag among the dense slots). */
function shippedNegatives(p: Prepared): Uint8Array {
  return Uint8Array.from(p.x, (x) => ((x.val[SHIPPED_NEG] as number) > 0 ? 1 : 0));
}

/**
 * Learns a sentiment model per language from a workspace's labels and keeps it only where its
 * cross-validated macro-F1 beats the shipped classifier's on the very same labels, by the margin and in
 * enough bootstrap resamples. The L2 strength and the negative shift are chosen on the same out-of-fold
 * scores (not nested: the figure flatters the learned model a little, which the guard's margin and
 * resamples absorb).
 */
export function learnSentiment(rows: SentimentExample[], opts: LearnOptions): LearnResult {
  const o = { ...LEARN_DEFAULTS, ...opts };
  const bits = opts.bits ?? DEFAULT_BITS;
  const base: NbLrOptions = { ...DEFAULT_NBLR, ...opts.learner };
  const grid = opts.l2Grid ?? L2_GRID;
  const blends = opts.blends ?? BLENDS;
  const languages: Record<string, LanguageReport> = {};
  const model: LearnedModel = {
    format: LEARNED_FORMAT,
    version: o.version,
    trainedOn: o.trainedOn ?? "",
    languages: new Map(),
  };
  let labels = 0;
  for (const [code, p] of prepare(rows, bits)) {
    labels += p.y.length;
    const negative = p.y.filter((y) => y === 0).length;
    const report: LanguageReport = {
      labels: p.y.length,
      negative,
      macro_f1: null,
      shipped_macro_f1: negativeMacroF1(p.y, p.shipped),
      macro_f1_3: null,
      shipped_macro_f1_3: threeClassMacroF1(p.y, p.shipped),
      active: false,
      reason: null,
    };
    languages[code] = report;
    if (p.y.length < o.minLabels || negative < o.minPerClass || p.y.length - negative < o.minPerClass) {
      report.reason = `needs ${o.minLabels} labels with ${o.minPerClass} negative and ${o.minPerClass} not negative`;
      continue;
    }
    let nnz = 0;
    for (const x of p.x) nnz += x.idx.length;
    const lr = { ...base, epochs: epochsFor(base.epochs, nnz) };
    // With thousands of labels (or long texts) three folds and one strength estimate as well, in a third
    // of the time.
    const large = p.y.length > LARGE || nnz * lr.epochs > GRID_WORK;
    const folds = large ? Math.min(o.folds, 3) : o.folds;
    const shippedNeg = shippedNegatives(p);
    let best = { l2: base.l2, shift: 0, blend: 0, pred: [] as number[], f1: -1 };
    for (const l2 of large ? [grid[Math.floor(grid.length / 2)] as number] : grid) {
      const t = tuneShift(p.y, crossValidate(p, folds, bits, { ...lr, l2 }), blends, shippedNeg);
      const f1 = negativeMacroF1(p.y, t.pred);
      if (f1 > best.f1 + 1e-9) best = { l2, shift: t.shift, blend: t.blend, pred: t.pred, f1 };
    }
    const { shift, pred } = best;
    report.l2 = best.l2;
    report.neg_shift = shift;
    report.blend = best.blend;
    report.macro_f1 = negativeMacroF1(p.y, pred);
    report.macro_f1_3 = threeClassMacroF1(p.y, pred);
    if (report.macro_f1 < report.shipped_macro_f1 + o.margin) {
      report.reason = "not better than the shipped model on these labels";
      continue;
    }
    // A lead that a handful of rows decide is no reason to switch: the shop would trade a known reading
    // for a coin toss.
    report.wins = pairedWins(p.y, pred, p.shipped);
    if (report.wins < o.confidence) {
      report.reason = `not clearly better than the shipped model (ahead in ${Math.round(report.wins * 100)}% of resamples of these labels)`;
      continue;
    }
    report.active = true;
    const final = trainNbLr(p.x, p.y, bits, { ...lr, l2: best.l2 });
    foldBlend(final, best.blend);
    model.languages.set(code, { ...final, negShift: shift });
  }
  return { model, languages, labels };
}
