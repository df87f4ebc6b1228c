import { describe, expect, it } from "vitest";
import { type CrisisFacts, groupBy, median, quarterOf, timesOf, topCauses } from "./stats.js";

const crisis = (over: Partial<CrisisFacts>): CrisisFacts => ({
  id: "c",
  title: "t",
  type: "site_outage",
  type_name: "Site outage",
  severity: "SEV2",
  drill: false,
  started_at: "2026-02-10T10:00:00.000Z",
  created_at: "2026-02-10T10:05:00.000Z",
  acknowledged_at: "2026-02-10T10:15:00.000Z",
  first_public_word_at: null,
  monitoring_at: "2026-02-10T11:00:00.000Z",
  resolved_at: "2026-02-10T12:00:00.000Z",
  remedies_cost: 1000,
  currency: "EUR",
  ...over,
});

describe("across crises", () => {
  it("measures each milestone in minutes from the start", () => {
    expect(timesOf(crisis({}))).toEqual({
      detect: 5,
      acknowledge: 15,
      first_public_word: null,
      mitigate: 60,
      resolve: 120,
    });
  });

  it("gives mean and median per type, counting only crises that reached a milestone", () => {
    const g = groupBy(
      [
        crisis({ id: "a", acknowledged_at: "2026-02-10T10:10:00.000Z" }),
        crisis({ id: "b", acknowledged_at: "2026-02-10T10:20:00.000Z" }),
        crisis({ id: "c", acknowledged_at: "2026-02-10T11:30:00.000Z" }),
        crisis({ id: "d", type: "payment_failure", type_name: "Payment failure", remedies_cost: 50 }),
      ],
      (c) => c.type,
      (c) => c.type_name,
    );
    const outage = g.find((x) => x.key === "site_outage");
    expect(outage?.count).toBe(3);
    expect(outage?.times.acknowledge).toEqual({ mean: 40, median: 20, n: 3 });
    expect(outage?.times.first_public_word).toEqual({ mean: null, median: null, n: 0 });
    expect(outage?.remedy_cost).toEqual({ EUR: 3000 });
    expect(g.find((x) => x.key === "payment_failure")?.remedy_cost).toEqual({ EUR: 50 });
  });

  it("names quarters and takes the middle of an even list", () => {
    expect(quarterOf("2026-02-10T10:00:00Z")).toBe("2026-Q1");
    expect(quarterOf("2026-12-31T23:00:00Z")).toBe("2026-Q4");
    expect(median([1, 9, 3, 5])).toBe(4);
  });

  it("counts causes once per crisis, whatever their case and spacing", () => {
    const top = topCauses([
      ["Carrier hub failure", "No fallback carrier"],
      ["carrier  hub failure"],
      ["No fallback carrier", "no fallback carrier"],
    ]);
    expect(top).toEqual([
      { cause: "Carrier hub failure", count: 2 },
      { cause: "No fallback carrier", count: 2 },
    ]);
  });
});
