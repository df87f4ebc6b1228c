import type { SparseVector } from "./features.js";

/** Classes in the order of every weight triple; the shipped classifier's three sentiments. */
export const K = 3;

export interface LogRegOptions {
  epochs: number;
  /** AdaGrad base step. */
  rate: number;
  /** L2 pull towards zero on every weight a row touches. */
  l2: number;
  seed: number;
}

// Chosen on the tweets and Polish opinions at 1,000 labels (docs/classification.md): a smaller step and a
// stronger pull than usual, because a few hundred labels must not outvote the lexicon reading.
export const DEFAULT_LOGREG: LogRegOptions = { epochs: 6, rate: 0.05, l2: 1e-3, seed: 7 };

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

/**
 * Multinomial logistic regression by sparse AdaGrad with L2, classes weighted to balance: a shop whose
 * reviews are 85% five stars must not learn "always positive". Only the slots a row touches are updated,
 * so an epoch costs the number of non-zero features, not the dimension.
 */
export function trainLogReg(
  rows: readonly SparseVector[],
  ys: ArrayLike<number>,
  bits: number,
  opts: LogRegOptions = DEFAULT_LOGREG,
): LogReg {
  const dim = 2 ** bits;
  const weights = new Float32Array(dim * K);
  const g2 = new Float32Array(dim * K);
  const m: LogReg = { bits, weights };
  const counts = [0, 0, 0];
  for (let i = 0; i < ys.length; i++) counts[ys[i] as number] = (counts[ys[i] as number] as number) + 1;
  const present = counts.filter((c) => c > 0).length || 1;
  const cw = counts.map((c) => (c > 0 ? rows.length / (present * c) : 0));
  const p = new Float64Array(K);
  for (let e = 0; e < opts.epochs; e++) {
    const order = shuffled(rows.length, opts.seed + e);
    for (let r = 0; r < order.length; r++) {
      const i = order[r] as number;
      const x = rows[i] as SparseVector;
      const y = ys[i] as number;
      probabilities(m, x, p);
      const scale = cw[y] as number;
      for (let j = 0; j < x.idx.length; j++) {
        const o = (x.idx[j] as number) * K;
        const v = x.val[j] as number;
        for (let c = 0; c < K; c++) {
          const wc = weights[o + c] as number;
          const g = ((p[c] as number) - (c === y ? 1 : 0)) * scale * v + opts.l2 * wc;
          const acc = (g2[o + c] as number) + g * g;
          g2[o + c] = acc;
          weights[o + c] = wc - (opts.rate * g) / Math.sqrt(acc + 1e-8);
        }
      }
    }
  }
  return m;
}

/** The class with the highest probability. */
export function argmax(p: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
  return best;
}
