import { describe, expect, it } from "vitest";
import {
  inQuietHours,
  lastStep,
  localMinutes,
  quietHoursEnd,
  recipientAt,
  ruleMatches,
  shouldPage,
} from "./rules.js";
import { ruleInput } from "./schema.js";

const rule = (over: Record<string, unknown> = {}) => ({
  ...ruleInput.parse({ name: "r", ...over }),
  id: "r1",
  created_at: "",
  updated_at: "",
});

describe("alert rules", () => {
  it("reads local time in the rule's time zone", () => {
    // 21:30 UTC in summer is 23:30 in Warsaw.
    expect(localMinutes(new Date("2024-07-01T21:30:00Z"), "Europe/Warsaw")).toBe(23 * 60 + 30);
    expect(localMinutes(new Date("2024-01-01T21:30:00Z"), "Europe/Warsaw")).toBe(22 * 60 + 30);
  });

  it("finds the end of the quiet hours, across midnight and a daylight-saving change", () => {
    const q = { start: "22:00", end: "07:00", timezone: "Europe/Warsaw" };
    // 23:30 local in summer (UTC+2): quiet until 07:00 local, 05:00 UTC.
    expect(quietHoursEnd(q, new Date("2024-07-01T21:30:00Z"))?.toISOString()).toBe(
      "2024-07-02T05:00:00.000Z",
    );
    // The night the clocks go back (27 October 2024): the end is 07:00 CET, 06:00 UTC.
    expect(quietHoursEnd(q, new Date("2024-10-26T22:00:00Z"))?.toISOString()).toBe(
      "2024-10-27T06:00:00.000Z",
    );
    expect(quietHoursEnd(q, new Date("2024-07-01T12:00:00Z"))).toBeNull();
    expect(quietHoursEnd(null, new Date())).toBeNull();
  });

  it("quiet hours wrap midnight and follow daylight saving time", () => {
    const q = { start: "22:00", end: "07:00", timezone: "Europe/Warsaw" };
    expect(inQuietHours(q, new Date("2024-07-01T21:30:00Z"))).toBe(true); // 23:30 local
    expect(inQuietHours(q, new Date("2024-07-01T19:30:00Z"))).toBe(false); // 21:30 local
    expect(inQuietHours(q, new Date("2024-07-02T04:59:00Z"))).toBe(true); // 06:59 local
    expect(inQuietHours(q, new Date("2024-07-02T05:00:00Z"))).toBe(false); // 07:00 local
    expect(
      inQuietHours({ start: "12:00", end: "13:00", timezone: "UTC" }, new Date("2024-07-02T12:30:00Z")),
    ).toBe(true);
    expect(inQuietHours(null, new Date())).toBe(false);
  });

  it("during quiet hours only SEV-worthy kinds page", () => {
    const r = rule({ quiet_hours: { start: "00:00", end: "23:59", timezone: "UTC" } });
    const night = new Date("2024-07-01T03:00:00Z");
    const spike = { kind: "topic_spike", topic: "delivery", score: 9, observed: 30 };
    const breach = { kind: "crisis_signal", topic: null, score: 1, observed: 1 };
    expect(shouldPage(r, spike, night)).toBe(false);
    expect(shouldPage(r, breach, night)).toBe(true);
    expect(shouldPage(rule(), spike, night)).toBe(true);
  });

  it("matches on kinds, topics and thresholds", () => {
    const a = { kind: "topic_spike", topic: "delivery", score: 9, observed: 30 };
    expect(ruleMatches(rule(), a)).toBe(true);
    expect(ruleMatches(rule({ kinds: ["volume_spike"] }), a)).toBe(false);
    expect(ruleMatches(rule({ topics: ["payment"] }), a)).toBe(false);
    expect(ruleMatches(rule({ topics: ["delivery"], min_score: 8 }), a)).toBe(true);
    expect(ruleMatches(rule({ min_observed: 31 }), a)).toBe(false);
    expect(ruleMatches(rule({ enabled: false }), a)).toBe(false);
  });

  it("walks the escalation chain and repeats the last person once for a chain of one", () => {
    const r = rule({ recipients: ["a@x.test", "b@x.test", "c@x.test"] });
    expect([0, 1, 2, 3].map((s) => recipientAt(r, s))).toEqual([
      "a@x.test",
      "b@x.test",
      "c@x.test",
      "c@x.test",
    ]);
    expect(lastStep(r)).toBe(2);
    expect(lastStep(rule({ recipients: ["a@x.test"] }))).toBe(1);
  });

  it("refuses an unknown time zone and a malformed time", () => {
    expect(() =>
      ruleInput.parse({ name: "r", quiet_hours: { start: "22:00", end: "07:00", timezone: "Mars/Olympus" } }),
    ).toThrow();
    expect(() =>
      ruleInput.parse({ name: "r", quiet_hours: { start: "24:00", end: "07:00", timezone: "UTC" } }),
    ).toThrow();
  });
});
