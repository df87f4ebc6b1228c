/** Class ids as in logreg.ts: 0 negative, 1 neutral, 2 positive. */
export const NEGATIVE = 0;

function f1(tp: number, fp: number, fn: number): number {
  const d = 2 * tp + fp + fn;
  return d === 0 ? 1 : (2 * tp) / d;
}

/** Mean F1 of the classes in `classes` (one-vs-rest counts over the given labels). */
function macroOver(truth: ArrayLike<number>, pred: ArrayLike<number>, classes: number[]): number {
  let sum = 0;
  for (const k of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < truth.length; i++) {
      const t = truth[i] === k;
      const p = pred[i] === k;
      if (t && p) tp++;
      else if (p) fp++;
      else if (t) fn++;
    }
    sum += f1(tp, fp, fn);
  }
  return sum / classes.length;
}

/** Macro-F1 of "negative" against "not negative": what detection and alerts act on. */
export function negativeMacroF1(truth: ArrayLike<number>, pred: ArrayLike<number>): number {
  const t = Array.from(truth, (y) => (y === NEGATIVE ? 0 : 1));
  const p = Array.from(pred, (y) => (y === NEGATIVE ? 0 : 1));
  return round(macroOver(t, p, [0, 1]));
}

/** Macro-F1 over the three sentiments, counting only classes present in the truth. */
export function threeClassMacroF1(truth: ArrayLike<number>, pred: ArrayLike<number>): number {
  const present = [0, 1, 2].filter((k) => Array.prototype.includes.call(truth, k));
  return present.length ? round(macroOver(truth, pred, present)) : 0;
}

export const round = (x: number) => Math.round(x * 10000) / 10000;

/**
 * Stratified k folds: every fold gets its share of each class, so a rare class is in every test fold.
 * Answers each row's fold number.
 */
export function stratifiedFolds(ys: ArrayLike<number>, k: number, order: ArrayLike<number>): Uint8Array {
  const fold = new Uint8Array(ys.length);
  const next = [0, 0, 0];
  for (let r = 0; r < order.length; r++) {
    const i = order[r] as number;
    const y = ys[i] as number;
    fold[i] = (next[y] as number) % k;
    next[y] = (next[y] as number) + 1;
  }
  return fold;
}

/** Macro-F1 of negative against not from the counts of one resample (see pairedWins). */
function negativeF1Counts(tp: number, fp: number, fn: number, tn: number): number {
  const f = (a: number, b: number, c: number) => (2 * a + b + c === 0 ? 1 : (2 * a) / (2 * a + b + c));
  return (f(tp, fp, fn) + f(tn, fn, fp)) / 2;
}

/**
 * Paired bootstrap of two predictions on the same labels: the share of `rounds` resamples of the rows
 * (with replacement, seeded) in which `a` has the higher macro-F1 of negative against not. A difference
 * that a few rows decide wins about half of them; a real one nearly all.
 */
export function pairedWins(
  truth: ArrayLike<number>,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  rounds = 200,
  seed = 17,
): number {
  const n = truth.length;
  if (n === 0) return 0;
  let s = seed >>> 0;
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  let wins = 0;
  for (let r = 0; r < rounds; r++) {
    const ca = [0, 0, 0, 0];
    const cb = [0, 0, 0, 0];
    for (let k = 0; k < n; k++) {
      const i = Math.floor(rnd() * n);
      const t = truth[i] === NEGATIVE;
      const slot = (p: boolean) => (t ? (p ? 0 : 2) : p ? 1 : 3);
      const ia = slot(a[i] === NEGATIVE);
      const ib = slot(b[i] === NEGATIVE);
      ca[ia] = (ca[ia] as number) + 1;
      cb[ib] = (cb[ib] as number) + 1;
    }
    const fa = negativeF1Counts(ca[0] as number, ca[1] as number, ca[2] as number, ca[3] as number);
    const fb = negativeF1Counts(cb[0] as number, cb[1] as number, cb[2] as number, cb[3] as number);
    if (fa > fb) wins++;
  }
  return round(wins / rounds);
}
