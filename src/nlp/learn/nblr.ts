import { DENSE, FEATURES, type SparseVector } from "./features.js";
import { K, type LogReg, shuffled } from "./logreg.js";

export interface NbLrOptions {
  /** Passes over the labels; training.ts scales it down as labels grow (each pass costs more). */
  epochs: number;
  /** AdaGrad base step. */
  rate: number;
  /** L2 pull towards zero on every weight a row touches (chosen by cross-validation in train.ts). */
  l2: number;
  /** Laplace smoothing of the log-count ratios; 0 turns the NB scaling off (plain logistic regression). */
  alpha: number;
  seed: number;
}

export const DEFAULT_NBLR: NbLrOptions = { epochs: 12, rate: 0.1, l2: 1e-4, alpha: 1, seed: 7 };

/**
 * Log-count ratio of every hashed slot for one class against the rest (Wang & Manning 2012, "NB-SVM"):
 * how much more often texts of the class use the slot. Scaling a slot by it before the regression lets a
 * few hundred labels find the telling n-grams, which plain regression spreads over many weak ones.
 * Dense slots (the shipped reading) keep 1: they are already on a sentiment scale.
 */
export function logCountRatios(
  rows: readonly SparseVector[],
  isClass: (i: number) => boolean,
  dim: number,
  alpha: number,
): Float32Array {
  const p = new Float32Array(dim);
  const q = new Float32Array(dim);
  for (let i = 0; i < rows.length; i++) {
    const x = rows[i] as SparseVector;
    const into = isClass(i) ? p : q;
    for (let j = DENSE; j < x.idx.length; j++) {
      const s = x.idx[j] as number;
      into[s] = (into[s] as number) + 1;
    }
  }
  // Norms over the slots the labels touched: the empty rest of the table would swamp the smoothing.
  let touched = 0;
  let sp = 0;
  let sq = 0;
  for (let s = DENSE; s < dim; s++) {
    const a = p[s] as number;
    const b = q[s] as number;
    if (a === 0 && b === 0) continue;
    touched++;
    sp += a;
    sq += b;
  }
  const np = sp + alpha * touched;
  const nq = sq + alpha * touched;
  const r = new Float32Array(dim);
  for (let s = 0; s < dim; s++) {
    const a = p[s] as number;
    const b = q[s] as number;
    r[s] = s < DENSE || (a === 0 && b === 0) ? 1 : Math.log((a + alpha) / np / ((b + alpha) / nq));
  }
  return r;
}

/**
 * One binary logistic regression per sentiment (one against the rest) over NB-scaled features, by sparse
 * AdaGrad with L2, each class's positives and negatives weighted to balance: a shop whose reviews are 85%
 * five stars must not learn "never negative". The scaling is folded into the weights afterwards, so the
 * stored model is an ordinary linear model over the same features (three sums per text; the highest,
 * after the tuned shift of the negative one, decides).
 */
export function trainNbLr(
  rows: readonly SparseVector[],
  ys: ArrayLike<number>,
  bits: number,
  opts: NbLrOptions = DEFAULT_NBLR,
): LogReg {
  const dim = 2 ** bits;
  const weights = new Float32Array(dim * K);
  const w = new Float32Array(dim);
  const g2 = new Float32Array(dim);
  const n = rows.length;
  for (let c = 0; c < K; c++) {
    let pos = 0;
    for (let i = 0; i < n; i++) if (ys[i] === c) pos++;
    if (pos === 0) continue;
    const r =
      opts.alpha > 0
        ? logCountRatios(rows, (i) => ys[i] === c, dim, opts.alpha)
        : new Float32Array(dim).fill(1);
    const wPos = n / (2 * pos);
    const wNeg = pos === n ? 0 : n / (2 * (n - pos));
    w.fill(0);
    g2.fill(0);
    for (let e = 0; e < opts.epochs; e++) {
      const order = shuffled(n, opts.seed + e * 31 + c);
      for (let k = 0; k < n; k++) {
        const i = order[k] as number;
        const x = rows[i] as SparseVector;
        let z = 0;
        for (let j = 0; j < x.idx.length; j++) {
          const s = x.idx[j] as number;
          z += (w[s] as number) * (r[s] as number) * (x.val[j] as number);
        }
        const y = ys[i] === c ? 1 : 0;
        const common = (1 / (1 + Math.exp(-z)) - y) * (y ? wPos : wNeg);
        for (let j = 0; j < x.idx.length; j++) {
          const s = x.idx[j] as number;
          const ws = w[s] as number;
          const g = common * (r[s] as number) * (x.val[j] as number) + opts.l2 * ws;
          const acc = (g2[s] as number) + g * g;
          g2[s] = acc;
          w[s] = ws - (opts.rate * g) / Math.sqrt(acc + 1e-8);
        }
      }
    }
    for (let s = 0; s < dim; s++) weights[s * K + c] = (w[s] as number) * (r[s] as number);
  }
  return { bits, weights, features: FEATURES };
}
