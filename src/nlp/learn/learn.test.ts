import { describe, expect, it } from "vitest";
import { analyse } from "../analyse.js";
import { classify, modelVersionFor, SHIPPED_MODEL } from "../index.js";
import { DENSE, featurize } from "./features.js";
import { argmax, probabilities } from "./logreg.js";
import { negativeMacroF1, pairedWins, stratifiedFolds, threeClassMacroF1 } from "./metrics.js";
import { learnedFromJson, learnedToJson, predictLearned } from "./model.js";
import { logCountRatios, trainNbLr } from "./nblr.js";
import { learnSentiment, type SentimentExample } from "./train.js";

// Made-up shop slang that no lexicon knows: only a model trained on it can learn what it means.
function slang(n = 70): SentimentExample[] {
  const things = ["parcel", "order", "jacket", "shoes", "phone case", "lamp", "mug", "the shop", "the app"];
  const rows: SentimentExample[] = [];
  for (let i = 0; i < n; i++) {
    const t = things[i % things.length];
    rows.push({ text: `${t} was totally glorpy, week ${i}`, sentiment: "negative", language: "en" });
    rows.push({ text: `my ${t} is so zingly, week ${i}`, sentiment: "positive", language: "en" });
    rows.push({ text: `${t} shipped on tuesday, week ${i}`, sentiment: "neutral", language: "en" });
  }
  return rows;
}

describe("hashed features", () => {
  it("stay inside the dimension, start with the dense lexicon slots and repeat exactly", () => {
    const a = analyse("The parcel never arrived, terrible service!!! 😡", "en");
    const x = featurize(a, 10);
    expect(Array.from(x.idx.slice(0, DENSE))).toEqual([...Array(DENSE).keys()]);
    expect(Math.max(...x.idx)).toBeLessThan(2 ** 10);
    expect(x.val[1]).toBeLessThan(0);
    const again = featurize(a, 10);
    expect(Array.from(again.idx)).toEqual(Array.from(x.idx));
    let norm = 0;
    for (let j = DENSE; j < x.val.length; j++) norm += (x.val[j] as number) ** 2;
    expect(norm).toBeCloseTo(1, 4);
  });
});

describe("NB-weighted logistic regression", () => {
  it("learns three separable classes", () => {
    const rows = slang(30).map((r) => featurize(analyse(r.text, "en"), 12));
    const ys = slang(30).map((r) => ["negative", "neutral", "positive"].indexOf(r.sentiment));
    const m = trainNbLr(rows, ys, 12);
    expect(m.features).toBe(2);
    const test = ["a glorpy kettle", "a zingly kettle", "kettle shipped on monday"];
    const got = test.map((t) => argmax(probabilities(m, featurize(analyse(t, "en"), 12))));
    expect(got).toEqual([0, 2, 1]);
  });
});

describe("log-count ratios", () => {
  it("are positive for a class's own words, negative for the others', and 1 on the dense slots", () => {
    const texts = ["glorpy parcel", "glorpy lamp", "zingly parcel", "zingly lamp"];
    const rows = texts.map((t) => featurize(analyse(t, "en"), 12));
    const r = logCountRatios(rows, (i) => i < 2, 2 ** 12, 1);
    const slotOf = (t: string) => {
      const a = featurize(analyse(t, "en"), 12);
      // The slot of the word itself: the first hashed slot of a one-word text.
      return a.idx[DENSE] as number;
    };
    expect(r[slotOf("glorpy")]).toBeGreaterThan(0);
    expect(r[slotOf("zingly")]).toBeLessThan(0);
    expect(Math.abs(r[slotOf("parcel")] as number)).toBeLessThan(1e-6);
    expect(Array.from(r.slice(0, DENSE))).toEqual(Array(DENSE).fill(1));
  });
});

describe("metrics", () => {
  it("computes macro-F1 of negative against not, and over three classes", () => {
    // negatives: tp 1, fn 1, fp 1 → F1 0.5; not-negative: tp 1, fp 1, fn 1 → 0.5
    expect(negativeMacroF1([0, 0, 1, 2], [0, 1, 0, 2])).toBe(0.5);
    expect(negativeMacroF1([0, 1, 2], [0, 2, 1])).toBe(1);
    expect(threeClassMacroF1([0, 1, 2], [0, 2, 1])).toBeCloseTo(1 / 3, 4);
  });

  it("counts a clear lead as winning nearly every resample, a one-row lead about half, a tie none", () => {
    const truth = Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? 0 : 2));
    const right = [...truth];
    const half = truth.map((y, i) => (i % 4 === 0 ? 2 : y));
    expect(pairedWins(truth, right, half)).toBe(1);
    expect(pairedWins(truth, half, right)).toBe(0);
    expect(pairedWins(truth, right, right)).toBe(0);
    const oneMore = half.map((y, i) => (i === 0 ? 0 : y));
    const w = pairedWins(truth, oneMore, half);
    expect(w).toBeGreaterThan(0.1);
    expect(w).toBeLessThan(0.9);
  });

  it("spreads every class over the folds", () => {
    const ys = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2];
    const folds = stratifiedFolds(ys, 5, [...ys.keys()]);
    for (let f = 0; f < 5; f++) {
      const inFold = ys.filter((_, i) => folds[i] === f);
      expect(inFold.sort()).toEqual([0, 1, 2]);
    }
  });
});

describe("learnSentiment", () => {
  it("activates a language whose cross-validated figures beat the shipped model, and the model is used", () => {
    const r = learnSentiment(slang(), { version: "learned-1" });
    const en = r.languages["en"];
    expect(en?.active).toBe(true);
    expect(en?.macro_f1 ?? 0).toBeGreaterThan(en?.shipped_macro_f1 ?? 1);
    expect(r.model.languages.has("en")).toBe(true);
    expect(classify({ text: "the kettle was glorpy" }).sentiment).toBe("neutral");
    expect(classify({ text: "the kettle was glorpy" }, r.model).sentiment).toBe("negative");
    expect(classify({ text: "the kettle is zingly" }, r.model).sentiment).toBe("positive");
    expect(modelVersionFor("en", r.model)).toBe("learned-1");
    expect(modelVersionFor("pl", r.model)).toBe(SHIPPED_MODEL);
  });

  it("keeps the shipped model where its lead does not hold across resamples of the labels", () => {
    // No lead wins more than every resample: asking for more keeps the shipped model, and says why.
    const r = learnSentiment(slang(), { version: "learned-6", confidence: 1.01 });
    expect(r.languages["en"]?.wins).toBe(1);
    expect(r.languages["en"]?.active).toBe(false);
    expect(r.languages["en"]?.reason).toMatch(
      /not clearly better than the shipped model \(ahead in 100% of resamples/,
    );
    expect(r.model.languages.size).toBe(0);
  });

  it("leans on the shipped decision by the blend cross-validation chose, folded into the stored weights", () => {
    const free = learnSentiment(slang(), { version: "learned-7", blends: [0] });
    expect(free.languages["en"]?.blend).toBe(0);
    expect(classify({ text: "the kettle was glorpy" }, free.model).sentiment).toBe("negative");
    // A blend far beyond any learned margin: the stored model says "negative" exactly where the shipped one does.
    const forced = { margin: -1, confidence: 0, blends: [100] };
    const leaning = learnSentiment(slang(), { version: "learned-8", ...forced });
    expect(leaning.languages["en"]?.blend).toBe(100);
    expect(leaning.model.languages.has("en")).toBe(true);
    for (const text of ["the kettle was glorpy", "the kettle was awful", "the kettle is zingly"]) {
      const shippedNeg = classify({ text }).sentiment === "negative";
      expect(classify({ text }, leaning.model).sentiment === "negative").toBe(shippedNeg);
    }
    expect(classify({ text: "the kettle was awful" }, leaning.model).sentiment).toBe("negative");
  });

  it("keeps the shipped model where too few labels arrived", () => {
    const r = learnSentiment(slang(20), { version: "learned-2" });
    expect(r.languages["en"]?.active).toBe(false);
    expect(r.languages["en"]?.macro_f1).toBeNull();
    expect(r.languages["en"]?.reason).toMatch(/needs 150 labels/);
    expect(r.model.languages.size).toBe(0);
  });

  it("stays inactive where the learned model is worse than the shipped one, whatever the learner", () => {
    // Plain lexicon words, labelled as the lexicon reads them: the shipped model is right on every row.
    const good = ["good", "nice", "great", "pleasant", "helpful", "lovely"];
    const bad = ["bad", "poor", "awful", "rude", "broken", "annoying"];
    const rows: SentimentExample[] = [];
    for (let i = 0; i < 90; i++) {
      rows.push({ text: `${good[i % 6]} service, visit ${i}`, sentiment: "positive", language: "en" });
      rows.push({ text: `${bad[i % 6]} service, visit ${i}`, sentiment: "negative", language: "en" });
    }
    // A learner given no epochs learns nothing and guesses one class: worse, so it stays out (no blend
    // towards the shipped decision, which would rescue it).
    const worse = learnSentiment(rows, { version: "learned-3", learner: { epochs: 0 }, blends: [0] });
    const en = worse.languages["en"];
    expect(en?.shipped_macro_f1).toBe(1);
    expect(en?.macro_f1 ?? 1).toBeLessThan(0.9);
    expect(en?.active).toBe(false);
    expect(en?.reason).toMatch(/not better/);
    expect(worse.model.languages.size).toBe(0);
    // With the blend, the same empty learner reads as the shipped model does: a tie, still no switch.
    const blended = learnSentiment(rows, { version: "learned-3", learner: { epochs: 0 } });
    expect(blended.languages["en"]?.macro_f1).toBe(1);
    expect(blended.languages["en"]?.active).toBe(false);
    // The usual learner can at best match the lexicon here: a tie is no reason to switch.
    const usual = learnSentiment(rows, { version: "learned-4" });
    expect(usual.languages["en"]?.macro_f1 ?? 0).toBeLessThanOrEqual(1);
    expect(usual.languages["en"]?.active).toBe(false);
  });

  it("survives a round trip through its stored form, pruned and identical in its decisions", () => {
    const r = learnSentiment(slang(), { version: "learned-4", trainedOn: "unit test" });
    const json = learnedToJson(r.model);
    expect(json.length).toBeLessThan(2 ** 18 * 3 * 4);
    const again = learnedFromJson(json);
    expect(again.version).toBe("learned-4");
    for (const t of ["the mug was glorpy and late", "zingly!", "shipped"]) {
      expect(classify({ text: t }, again)).toEqual(classify({ text: t }, r.model));
    }
    expect(() => learnedFromJson('{"format":"nope","languages":{}}')).toThrow(/not a firebreak-learned/);
    expect(JSON.parse(json).languages.en.features).toBe(2);
  });

  it("reads a model stored before the feature set changed with the features it was trained on", () => {
    const r = learnSentiment(slang(), { version: "learned-5" });
    const stored = JSON.parse(learnedToJson(r.model));
    delete stored.languages.en.features;
    const old = learnedFromJson(JSON.stringify(stored));
    expect(old.languages.get("en")?.features).toBe(1);
    const a = analyse("the mug was glorpy", "en");
    const lr = old.languages.get("en");
    if (!lr) throw new Error("no en model");
    expect(Array.from(predictLearned(old, a) ?? [])).toEqual(
      Array.from(probabilities(lr, featurize(a, 18, 1))),
    );
    stored.languages.en.features = 9;
    expect(() => learnedFromJson(JSON.stringify(stored))).toThrow(/unknown feature set 9/);
  });
});
