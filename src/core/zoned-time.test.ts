import { describe, expect, it } from "vitest";
import { canonicalTimeZone, formatForCustomer, formatZoned, localDate } from "./zoned-time.js";

describe("formatForCustomer", () => {
  it("shows the instant in the shop's zone with its abbreviation, winter and summer", () => {
    const winter = formatForCustomer("2026-12-04T02:27:00Z", { timeZone: "Europe/Warsaw", language: "en" });
    expect(winter).toBe("4 Dec 2026, 03:27 CET");
    const summer = formatForCustomer("2026-07-04T02:27:00Z", { timeZone: "Europe/Warsaw", language: "pl" });
    expect(summer).toContain("04:27 CEST");
    expect(summer).toContain("lip");
  });

  it("prefers an abbreviation where the language only knows an offset", () => {
    const fr = formatForCustomer("2026-12-04T02:27:00Z", { timeZone: "Europe/Warsaw", language: "fr" });
    expect(fr).toContain("03:27 CET");
    expect(fr).not.toContain("UTC");
    expect(
      formatForCustomer("2026-07-04T02:27:00Z", { timeZone: "America/New_York", language: "en" }),
    ).toContain("22:27 EDT");
  });

  it("says the offset where no abbreviation exists, and the time alone on request", () => {
    const t = formatForCustomer("2026-07-04T02:27:00Z", {
      timeZone: "Asia/Kolkata",
      language: "de",
      style: "time",
    });
    expect(t).toBe("07:57 GMT+5:30");
  });

  it("canonicalTimeZone accepts IANA names in any case and refuses others", () => {
    expect(canonicalTimeZone("europe/warsaw")).toBe("Europe/Warsaw");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    expect(canonicalTimeZone("Mars/Olympus")).toBeNull();
    expect(canonicalTimeZone("")).toBeNull();
  });

  it("localDate is the shop's calendar day, which may not be UTC's", () => {
    expect(localDate("2026-12-03T23:30:00Z", "Europe/Warsaw")).toBe("2026-12-04");
    expect(localDate("2026-12-03T23:30:00Z", "UTC")).toBe("2026-12-03");
    expect(localDate("2026-12-04T03:00:00Z", "America/New_York")).toBe("2026-12-03");
  });

  it("formatZoned keeps the caller's format and still names the zone by its abbreviation", () => {
    const options: Intl.DateTimeFormatOptions = {
      day: "numeric",
      month: "long",
      hour: "2-digit",
      minute: "2-digit",
    };
    const fr = formatZoned("2026-12-04T10:00:00Z", { locale: "fr", timeZone: "Europe/Paris", options });
    expect(fr).toBe("4 décembre à 11:00 CET");
    expect(formatZoned("nonsense", { locale: "en", timeZone: "Europe/Paris", options })).toBe("");
  });
});
