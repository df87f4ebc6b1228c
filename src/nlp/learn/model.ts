import type { Analysis } from "../analyse.js";
import { featurize } from "./features.js";
import { K, type LogReg, probabilities } from "./logreg.js";

/**
 * A workspace's learned sentiment model: one hashed logistic regression per language that earned one.
 * Languages it lacks are read by the shipped classifier. Serialised sparse (only slots with weight), so a
 * model trained on 2,000 short reviews is a few hundred kilobytes, not the 3 MB of its dense table.
 */
export const LEARNED_FORMAT = "firebreak-learned/1";

export interface LearnedModel {
  format: typeof LEARNED_FORMAT;
  version: string;
  trainedOn: string;
  languages: Map<string, LogReg>;
}

/** Weights smaller than this change no decision; they are left out of the stored model. */
const PRUNE = 1e-4;

interface LearnedJson {
  format: string;
  version?: string;
  trained_on?: string;
  languages: Record<
    string,
    { bits: number; slots: string; weights: string; neg_shift?: number; features?: number }
  >;
}

const b64 = (a: Uint32Array | Float32Array) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");

export function learnedToJson(m: LearnedModel): string {
  const languages: LearnedJson["languages"] = {};
  for (const [code, lr] of m.languages) {
    const slots: number[] = [];
    const w = lr.weights;
    for (let s = 0; s < w.length / K; s++) {
      const o = s * K;
      if (Math.max(Math.abs(w[o] ?? 0), Math.abs(w[o + 1] ?? 0), Math.abs(w[o + 2] ?? 0)) >= PRUNE)
        slots.push(s);
    }
    const kept = new Float32Array(slots.length * K);
    slots.forEach((s, j) => {
      kept.set(w.subarray(s * K, s * K + K), j * K);
    });
    languages[code] = {
      bits: lr.bits,
      slots: b64(Uint32Array.from(slots)),
      weights: b64(kept),
      ...(lr.negShift ? { neg_shift: lr.negShift } : {}),
      features: lr.features ?? 1,
    };
  }
  return JSON.stringify({ format: LEARNED_FORMAT, version: m.version, trained_on: m.trainedOn, languages });
}

function fromB64<T extends Uint32Array | Float32Array>(s: string, make: (b: ArrayBuffer) => T): T {
  const buf = Buffer.from(s, "base64");
  const copy = new ArrayBuffer(buf.byteLength);
  new Uint8Array(copy).set(buf);
  return make(copy);
}

/** Parses a stored model; throws with a message that says what is wrong. */
export function learnedFromJson(text: string): LearnedModel {
  const o = JSON.parse(text) as LearnedJson;
  if (!o || o.format !== LEARNED_FORMAT || typeof o.languages !== "object" || o.languages === null) {
    throw new Error(`not a ${LEARNED_FORMAT} model`);
  }
  const languages = new Map<string, LogReg>();
  for (const [code, l] of Object.entries(o.languages)) {
    if (!Number.isInteger(l.bits) || l.bits < 4 || l.bits > 24)
      throw new Error(`model for ${code}: bad bits`);
    const slots = fromB64(l.slots, (b) => new Uint32Array(b));
    const kept = fromB64(l.weights, (b) => new Float32Array(b));
    const dim = 2 ** l.bits;
    if (kept.length !== slots.length * K) throw new Error(`model for ${code}: weights do not match slots`);
    const weights = new Float32Array(dim * K);
    slots.forEach((s, j) => {
      if (s >= dim) throw new Error(`model for ${code}: slot ${s} out of range`);
      weights.set(kept.subarray(j * K, j * K + K), s * K);
    });
    const negShift = typeof l.neg_shift === "number" && Number.isFinite(l.neg_shift) ? l.neg_shift : 0;
    if (l.features !== undefined && l.features !== 1 && l.features !== 2)
      throw new Error(`model for ${code}: unknown feature set ${l.features}`);
    languages.set(code, { bits: l.bits, weights, negShift, features: l.features ?? 1 });
  }
  return { format: LEARNED_FORMAT, version: o.version ?? "", trainedOn: o.trained_on ?? "", languages };
}

/** [negative, neutral, positive] for an analysed text, or null when the model has no such language. */
export function predictLearned(m: LearnedModel, a: Analysis, out = new Float64Array(K)): Float64Array | null {
  const lr = a.code === "und" ? undefined : m.languages.get(a.code);
  if (!lr) return null;
  return probabilities(lr, featurize(a, lr.bits, lr.features ?? 1), out);
}
