import type { FeatureSet, SparseVector } from "./features.js";

/**
 * A linear model of the three sentiments over hashed features (trained by nblr.ts), and what reads it.
 * Classes in the order of every weight triple: the shipped classifier's three sentiments.
 */
export const K = 3;

export interface LogReg {
  /** log2 of the number of feature slots */
  bits: number;
  /** slot-major: weights[slot * K + class] */
  weights: Float32Array;
  /**
   * Added to the negative class's sum: moves the line between "negative" and the rest to where the
   * cross-validated macro-F1 of negative against not is best (0 when not tuned).
   */
  negShift?: number;
  /** The feature set it was trained on (see features.ts); 1 when a stored model does not say. */
  features?: FeatureSet;
}

/** Deterministic shuffle (mulberry32): the same labels give the same model. */
export function shuffled(n: number, seed: number): Uint32Array {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const t = idx[i] as number;
    idx[i] = idx[j] as number;
    idx[j] = t;
  }
  return idx;
}

/** Class probabilities of one row into `out` (softmax of the three sums). */
export function probabilities(m: LogReg, x: SparseVector, out = new Float64Array(K)): Float64Array {
  const w = m.weights;
  let a = m.negShift ?? 0;
  let b = 0;
  let c = 0;
  for (let j = 0; j < x.idx.length; j++) {
    const o = (x.idx[j] as number) * K;
    const v = x.val[j] as number;
    a += (w[o] as number) * v;
    b += (w[o + 1] as number) * v;
    c += (w[o + 2] as number) * v;
  }
  const mx = Math.max(a, b, c);
  const ea = Math.exp(a - mx);
  const eb = Math.exp(b - mx);
  const ec = Math.exp(c - mx);
  const z = ea + eb + ec;
  out[0] = ea / z;
  out[1] = eb / z;
  out[2] = ec / z;
  return out;
}

/** The class with the highest probability. */
export function argmax(p: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
  return best;
}
