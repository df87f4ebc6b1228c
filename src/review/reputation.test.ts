import { describe, expect, it } from "vitest";
import { addDays, baselineOf, type DayCounts, dailyPoints, recoveryOf } from "./reputation.js";

/** A day with n mentions of which `neg` negative and `pos` positive. */
const day = (d: string, n: number, neg: number, pos: number, rating?: number): DayCounts => ({
  day: d,
  mentions: n,
  negative: neg,
  positive: pos,
  rated: rating === undefined ? 0 : n,
  rating_sum: rating === undefined ? 0 : rating * n,
});

describe("daily sentiment index", () => {
  it("gives shares, net index and rating per day, and leaves empty days as gaps", () => {
    const pts = dailyPoints(
      [day("2026-03-01", 10, 2, 5, 4), day("2026-03-03", 4, 4, 0)],
      "2026-03-01",
      "2026-03-03",
    );
    expect(pts.map((p) => p.day)).toEqual(["2026-03-01", "2026-03-02", "2026-03-03"]);
    expect(pts[0]).toMatchObject({
      mentions: 10,
      negative: 0.2,
      neutral: 0.3,
      positive: 0.5,
      index: 30,
      rating: 4,
    });
    expect(pts[1]).toMatchObject({ mentions: 0, index: null, negative: null });
    expect(pts[2]).toMatchObject({ index: -100, rating: null });
  });

  it("weights the baseline by volume: a busy day counts more than a quiet one", () => {
    const pts = dailyPoints(
      [day("2026-03-01", 100, 10, 50), day("2026-03-02", 100, 10, 50), day("2026-03-03", 2, 2, 0)],
      "2026-03-01",
      "2026-03-03",
    );
    const b = baselineOf(pts);
    // Unweighted the mean would be (40 + 40 − 100) / 3 ≈ −6.7; weighted it stays near 40.
    expect(b?.index).toBeCloseTo(((50 + 50 - 20 - 2) / 202) * 100, 0);
    expect(b?.low).toBeLessThan(b?.index ?? 0);
    expect(b?.high).toBeGreaterThan(b?.index ?? 0);
    expect(b?.days).toBe(3);
  });

  it("has no baseline with fewer than three days of mentions", () => {
    expect(
      baselineOf(
        dailyPoints([day("2026-03-01", 5, 1, 1), day("2026-03-02", 5, 1, 1)], "2026-03-01", "2026-03-05"),
      ),
    ).toBeNull();
  });
});

describe("recovery", () => {
  // Ten steady days around +20, a crisis from day 11 dropping to −60, back at +18 on day 15.
  const rows: DayCounts[] = [];
  for (let i = 0; i < 10; i++) rows.push(day(addDays("2026-03-01", i), 50, 10 + (i % 2), 20 + (i % 3)));
  rows.push(
    day("2026-03-11", 80, 50, 6),
    day("2026-03-12", 90, 60, 6),
    day("2026-03-13", 60, 30, 10),
    day("2026-03-14", 50, 20, 14),
    day("2026-03-15", 50, 11, 20),
    day("2026-03-16", 50, 10, 21),
  );
  const pts = dailyPoints(rows, "2026-03-01", "2026-03-16");
  const baseline = baselineOf(pts.filter((p) => p.day < "2026-03-11"));

  it("measures the depth from the baseline to the worst day and the days until back within range", () => {
    if (!baseline) throw new Error("expected a baseline");
    const r = recoveryOf(pts, baseline, "2026-03-11");
    expect(r.worst_day).toBe("2026-03-12");
    expect(r.worst_index).toBeCloseTo(-60, 0);
    expect(r.depth).toBeCloseTo(baseline.index + 60, 0);
    expect(r.fell_below).toBe(true);
    expect(r.recovered_on).toBe("2026-03-15");
    expect(r.days_to_recover).toBe(4);
  });

  it("says not recovered while the index is still below the range", () => {
    if (!baseline) throw new Error("expected a baseline");
    const r = recoveryOf(
      pts.filter((p) => p.day <= "2026-03-13"),
      baseline,
      "2026-03-11",
    );
    expect(r.fell_below).toBe(true);
    expect(r.recovered_on).toBeNull();
    expect(r.days_to_recover).toBeNull();
  });

  it("answers 0 days when the index never left the range", () => {
    if (!baseline) throw new Error("expected a baseline");
    const calm = dailyPoints(
      [...rows.slice(0, 10), day("2026-03-11", 50, 11, 20)],
      "2026-03-01",
      "2026-03-11",
    );
    const r = recoveryOf(calm, baseline, "2026-03-11");
    expect(r.fell_below).toBe(false);
    expect(r.days_to_recover).toBe(0);
  });

  it("ignores days too thin to judge: one happy tweet is not a recovery", () => {
    if (!baseline) throw new Error("expected a baseline");
    const thin = dailyPoints([...rows.slice(0, 12), day("2026-03-13", 1, 0, 1)], "2026-03-01", "2026-03-13");
    const r = recoveryOf(thin, baseline, "2026-03-11");
    expect(r.recovered_on).toBeNull();
  });
});
