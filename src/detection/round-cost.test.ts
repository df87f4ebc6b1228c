import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noteSignals, signalsRead } from "../listening/signals.js";
import { classify, classifyWithSignals, crisisSignals } from "../nlp/index.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { parseDetectionConfig } from "./detectors/config.js";
import type { EngineState } from "./detectors/engine-state.js";
import { mentionKeys } from "./detectors/narrowed.js";
import { seriesKey } from "./detectors/series.js";
import type { MentionEvent } from "./detectors/types.js";
import { mentionSpecs } from "./detectors/watch.js";
import { type FeedMention, mentionEventOf } from "./live.js";

/**
 * What a rush's round does per mention, made cheaper without changing what it decides (the engine's
 * own tests and bench/detect-round-cost.ts's digests hold the decisions): series keys shared between
 * mentions alike, and crisis signal words read once, at ingest.
 */

const TEXTS = [
  "Your site was hacked and my card data leaked, this is a scam",
  "Order 1234 from Acme: parcel late refund, day 12",
  "Wyciek danych! Konto zhakowane, oszustwo",
  "Rappel produit: contaminé, intoxication alimentaire",
  "Lovely shop, fast delivery and great quality, thank you!",
  "",
  "recall recalled recalls product recall 2024",
];

const emptyState = (): EngineState => ({ sources: [], languages: [], series: {} }) as unknown as EngineState;

describe("series keys of a mention", () => {
  const config = parseDetectionConfig({});
  const combos: MentionEvent[] = [];
  for (const sentiment of ["negative", "neutral", "positive"] as const)
    for (const complaint of [true, false, undefined])
      for (const topics of [[], ["delivery"], ["delivery", "refund"], ["refund", "delivery", "refund"]])
        for (const source of [undefined, "twitter", ""])
          for (const language of [undefined, "und", "pl"])
            combos.push({
              type: "mention",
              id: "x",
              at: "2026-01-01T00:00:00Z",
              sentiment,
              topics: topics as never,
              ...(complaint === undefined ? {} : { complaint }),
              ...(source === undefined ? {} : { source }),
              ...(language === undefined ? {} : { language }),
            });

  it("are the keys built one by one, and mentions alike share one array", () => {
    const state = emptyState();
    for (const m of combos) {
      const specs = mentionSpecs(config, m);
      const lang = m.language && m.language !== "und" ? m.language : undefined;
      const want = [
        ...specs.map(seriesKey),
        ...(m.source === undefined ? [] : specs.map((s) => seriesKey({ ...s, source: m.source as string }))),
        ...(lang === undefined
          ? []
          : specs.filter((s) => s.measure !== "topic").map((s) => seriesKey({ ...s, language: lang }))),
      ];
      const first = mentionKeys(state, config, m, 0);
      expect(first, JSON.stringify(m)).toEqual(want);
      expect(mentionKeys(state, config, { ...m, id: "y" }, 1)).toBe(first);
    }
    expect(state.sources).toEqual(["twitter", ""]);
    expect(state.languages).toEqual(["pl"]);
  });

  it("a source or language past the tracked ones gets no narrowed keys, even after one that had them", () => {
    const narrow = parseDetectionConfig({ perSource: { maxSources: 1 } });
    const state = emptyState();
    const m = (source: string): MentionEvent => ({
      type: "mention",
      id: source,
      at: "2026-01-01T00:00:00Z",
      sentiment: "neutral",
      topics: [],
      source,
    });
    expect(mentionKeys(state, narrow, m("a"), 0)).toEqual(["volume", "volume|src:a"]);
    expect(mentionKeys(state, narrow, m("b"), 0)).toEqual(["volume"]);
    expect(mentionKeys(state, narrow, m("a"), 0)).toEqual(["volume", "volume|src:a"]);
  });
});

describe("language series", () => {
  it("languages outside our six leave a slot for each of ours not seen yet", () => {
    const config = parseDetectionConfig({});
    const state = emptyState();
    const m = (language: string): MentionEvent => ({
      type: "mention",
      id: language,
      at: "2026-01-01T00:00:00Z",
      sentiment: "neutral",
      topics: [],
      language,
    });
    for (const l of ["pt", "nl", "tl", "ms", "sv", "ro", "tr", "ca"]) mentionKeys(state, config, m(l), 0);
    // Eight slots: two for languages outside ours while none of the six has come.
    expect(state.languages).toEqual(["pt", "nl"]);
    for (const l of ["en", "pl", "de", "fr", "it", "es"])
      expect(mentionKeys(state, config, m(l), 0)).toContain(`volume|lang:${l}`);
    expect(state.languages).toHaveLength(8);
    expect(mentionKeys(state, config, m("cs"), 0)).toEqual(["volume"]);
  });
});

describe("crisis signal words read once", () => {
  it("classification finds what crisisSignals finds with the language it classified", () => {
    for (const text of TEXTS) {
      const { classification, signals } = classifyWithSignals({ text });
      expect(classification).toEqual(classify({ text }));
      const lang = classification.language === "und" ? undefined : classification.language;
      expect(signals, text).toEqual(crisisSignals(text, lang));
    }
    expect(classifyWithSignals({ text: TEXTS[0] as string }).signals).toEqual([
      "data_breach",
      "hack",
      "scam",
    ]);
  });

  it("detection takes the words handed over with a mention instead of reading its text", () => {
    const m: FeedMention = {
      id: "m1",
      text: TEXTS[0] as string,
      created_at: "2026-01-01T00:00:00.000Z",
      source: "twitter",
      sentiment: "negative",
      topics: [],
      author: null,
      author_followers: null,
      language: "en",
    };
    expect(mentionEventOf(m).signals).toEqual(["data_breach", "hack", "scam"]);
    noteSignals(m, ["recall"]);
    expect(mentionEventOf(m).signals).toEqual(["recall"]);
    // A copy (read back from the store) has none handed over: its text is read.
    expect(mentionEventOf({ ...m }).signals).toEqual(["data_breach", "hack", "scam"]);
  });

  describe("at ingest", () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness();
    });
    afterAll(async () => h.close());

    it("every stored mention the listening service publishes carries the words of its text", async () => {
      const published: FeedMention[] = [];
      h.ctx.bus.subscribe<{ mentions: FeedMention[] }>("mention.created", (e) => {
        published.push(...e.data.mentions);
      });
      const res = await h.app.inject({
        method: "POST",
        url: "/api/v1/mentions",
        headers: h.auth("responder"),
        payload: {
          mentions: TEXTS.filter(Boolean).map((text, i) => ({ source: "t", external_id: `e${i}`, text })),
        },
      });
      expect(res.statusCode).toBe(202);
      expect(published).toHaveLength(TEXTS.length - 1);
      for (const m of published) {
        const lang = m.language === "und" ? undefined : m.language;
        expect(signalsRead(m), m.text).toEqual(crisisSignals(m.text, lang));
        expect(mentionEventOf(m).signals).toBe(signalsRead(m));
      }
      expect(published.some((m) => (signalsRead(m)?.length ?? 0) > 0)).toBe(true);
    });
  });
});
