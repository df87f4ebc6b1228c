import { describe, expect, it } from "vitest";
import { defaultDetectionConfig, parseDetectionConfig } from "./detectors/config.js";
import { DetectionEngine } from "./detectors/engine.js";
import { toMentionEvent } from "./detectors/mention.js";
import { lowerTailScore, upperTailScore } from "./detectors/stats.js";
import type { MentionEvent } from "./detectors/types.js";

const mention = (over: Partial<MentionEvent> & { at: string; id: string }): MentionEvent => ({
  type: "mention",
  sentiment: "negative",
  topics: [],
  ...over,
});

describe("single-mention detectors", () => {
  it("raises a high-reach negative at once, groups the author's next ones, closes after a quiet day", () => {
    const e = new DetectionEngine();
    const first = e.push(
      mention({ id: "m1", at: "2024-03-04T10:00:00Z", author: "@big", authorFollowers: 50_000, source: "x" }),
    );
    expect(first).toMatchObject([
      { kind: "high_reach_negative", phase: "open", mentionId: "m1", author: "@big", source: "x" },
    ]);
    const second = e.push(
      mention({ id: "m2", at: "2024-03-04T11:00:00Z", author: "@big", authorFollowers: 50_000, source: "x" }),
    );
    expect(second).toMatchObject([{ phase: "update", observed: 2, episodeId: first[0]?.episodeId }]);
    expect(e.push(mention({ id: "m3", at: "2024-03-04T11:01:00Z", authorFollowers: 9_999 }))).toEqual([]);
    expect(
      e.push(
        mention({ id: "m4", at: "2024-03-04T11:02:00Z", authorFollowers: 90_000, sentiment: "positive" }),
      ),
    ).toEqual([]);
    expect(e.advance("2024-03-05T10:59:00Z")).toEqual([]);
    expect(e.advance("2024-03-05T11:05:00Z")).toMatchObject([
      { kind: "high_reach_negative", phase: "close" },
    ]);
  });

  it("raises a crisis signal episode per signal word", () => {
    const e = new DetectionEngine();
    const a = e.push(
      mention({ id: "s1", at: "2024-03-04T10:00:00Z", signals: ["data_breach"], sentiment: "neutral" }),
    );
    expect(a).toMatchObject([{ kind: "crisis_signal", signal: "data_breach", phase: "open" }]);
    expect(e.push(mention({ id: "s2", at: "2024-03-04T10:05:00Z", signals: ["data_breach"] }))).toMatchObject(
      [{ phase: "update", observed: 2 }],
    );
    expect(e.push(mention({ id: "s3", at: "2024-03-04T10:06:00Z", signals: ["data_breach"] }))).toEqual([]);
    expect(e.push(mention({ id: "s4", at: "2024-03-04T10:07:00Z", signals: ["recall"] }))).toMatchObject([
      { signal: "recall", phase: "open" },
    ]);
  });

  it("hears crisis words in the six languages, from raw text as the live path and replay hand it over", () => {
    const texts: [string, string, string][] = [
      ["en", "Your shop had a data breach, my card was used by someone else", "data_breach"],
      ["pl", "Wyciek danych klientów sklepu, ktoś użył mojej karty", "data_breach"],
      ["de", "Datenleck beim Shop, meine Kreditkarte wurde missbraucht", "data_breach"],
      ["fr", "Ce site est une arnaque totale", "scam"],
      ["it", "Questo negozio è una truffa", "scam"],
      ["es", "La tienda es una estafa", "scam"],
    ];
    const e = new DetectionEngine();
    const raised = texts.flatMap(([, text], i) =>
      // No language given: every lexicon is tried, so a wrong guess cannot hide a crisis word.
      e.push(toMentionEvent({ id: i, text, created_at: `2024-03-04T10:0${i}:00Z` }, { signals: true })),
    );
    const opened = raised.filter((a) => a.phase === "open").map((a) => a.signal);
    expect(opened).toEqual(["data_breach", "scam"]);
    // Every language counted towards its signal's episode.
    expect(raised.filter((a) => a.kind === "crisis_signal").length).toBeGreaterThanOrEqual(4);
    for (const [language, text, signal] of texts) {
      const one = new DetectionEngine();
      const got = one.push(
        toMentionEvent(
          { id: language, text, language, created_at: "2024-03-04T10:00:00Z" },
          { signals: true },
        ),
      );
      expect(got, language).toMatchObject([{ kind: "crisis_signal", signal, phase: "open" }]);
    }
  });

  it("follows the workspace's threshold and switches", () => {
    const e = new DetectionEngine({
      highReachNegative: { minFollowers: 100 },
      crisisSignal: { enabled: false },
    });
    const got = e.push(
      mention({ id: "m", at: "2024-03-04T10:00:00Z", authorFollowers: 150, signals: ["hack"] }),
    );
    expect(got.map((a) => a.kind)).toEqual(["high_reach_negative"]);
  });
});

describe("configuration", () => {
  it("has sane defaults and accepts partial overrides", () => {
    const d = defaultDetectionConfig();
    expect(d.bucketMinutes).toBe(5);
    expect(d.highReachNegative.minFollowers).toBe(10_000);
    expect(d.topics.topics).toContain("delivery");
    const c = parseDetectionConfig({ volume: { minCount: 3 }, spike: { openScore: 4 } });
    expect(c.volume).toMatchObject({ enabled: true, minCount: 3 });
    expect(c.spike.openScore).toBe(4);
    expect(c.negative.minCount).toBe(d.negative.minCount);
  });

  it("rejects nonsense", () => {
    expect(() => parseDetectionConfig({ bucketMinutes: 0 })).toThrow();
    expect(() => parseDetectionConfig({ topics: { topics: ["weather"] } })).toThrow();
  });
});

describe("count scores", () => {
  it("matches Poisson tails", () => {
    // P(X ≥ 5 | 0.5) = 1.7224e-4; P(X ≤ 0 | 10) = e^−10.
    expect(upperTailScore(5, 0.5)).toBeCloseTo(-Math.log10(1.7224e-4), 3);
    expect(lowerTailScore(0, 10)).toBeCloseTo(10 / Math.LN10, 6);
    expect(upperTailScore(3, 5)).toBe(0);
    expect(lowerTailScore(12, 10)).toBe(0);
  });

  it("is more forgiving with overdispersion", () => {
    expect(upperTailScore(80, 40, 30)).toBeLessThan(upperTailScore(80, 40));
    expect(upperTailScore(80, 40, 30)).toBeGreaterThan(2);
  });
});
