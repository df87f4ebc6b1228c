import { describe, expect, it } from "vitest";
import {
  addDays,
  canonicalTimeZone,
  formatDay,
  formatForCustomer,
  formatRangeForCustomer,
  formatZoned,
  localDate,
  zonedDayStart,
} from "./zoned-time.js";

describe("formatForCustomer", () => {
  it("shows the instant in the shop's zone with its abbreviation, winter and summer", () => {
    const winter = formatForCustomer("2026-12-04T02:27:00Z", { timeZone: "Europe/Warsaw", language: "en" });
    expect(winter).toBe("4 Dec 2026, 03:27 CET");
    const summer = formatForCustomer("2026-07-04T02:27:00Z", { timeZone: "Europe/Warsaw", language: "pl" });
    expect(summer).toContain("04:27 CEST");
    expect(summer).toContain("lip");
  });

  it("takes American English's and Spanish's abbreviation where the language knows it; others keep theirs", () => {
    const fr = formatForCustomer("2026-12-04T02:27:00Z", { timeZone: "Europe/Warsaw", language: "fr" });
    expect(fr).toContain("03:27 UTC+1");
    expect(fr).not.toContain("CET");
    const chicago = (language: string) =>
      formatForCustomer("2026-12-04T23:30:00Z", { timeZone: "America/Chicago", language, style: "time" });
    expect(chicago("es")).toBe("17:30 CST");
    expect(chicago("pl")).toBe("17:30 GMT-6");
    expect(chicago("de")).toBe("17:30 GMT-6");
    expect(chicago("it")).toBe("17:30 GMT-6");
    expect(chicago("fr")).toBe("17:30 UTC−6");
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
    expect(fr).toBe("4 décembre à 11:00 UTC+1");
    const es = formatZoned("2026-12-04T10:00:00Z", { locale: "es", timeZone: "America/New_York", options });
    expect(es).toBe("4 de diciembre a las 05:00 EST");
    expect(formatZoned("nonsense", { locale: "en", timeZone: "Europe/Paris", options })).toBe("");
  });
});

describe("the shop's days", () => {
  const hours = (day: string, zone: string) =>
    (zonedDayStart(addDays(day, 1), zone) - zonedDayStart(day, zone)) / 3_600_000;

  it("a day starts at the zone's midnight and lasts 23 or 25 hours when the clocks change", () => {
    expect(new Date(zonedDayStart("2026-12-05", "Europe/Warsaw")).toISOString()).toBe(
      "2026-12-04T23:00:00.000Z",
    );
    expect(new Date(zonedDayStart("2026-07-05", "Europe/Warsaw")).toISOString()).toBe(
      "2026-07-04T22:00:00.000Z",
    );
    expect(hours("2026-03-29", "Europe/Warsaw")).toBe(23);
    expect(hours("2026-10-25", "Europe/Warsaw")).toBe(25);
    expect(hours("2026-12-05", "Europe/Warsaw")).toBe(24);
    expect(zonedDayStart("2026-12-05", "UTC")).toBe(Date.parse("2026-12-05T00:00:00Z"));
    expect(new Date(zonedDayStart("2026-12-05", "Asia/Kolkata")).toISOString()).toBe(
      "2026-12-04T18:30:00.000Z",
    );
    // Clocks that jump over midnight (Chile's spring): the day starts at 01:00, its first moment.
    const santiago = zonedDayStart("2026-09-06", "America/Santiago");
    expect(localDate(new Date(santiago), "America/Santiago")).toBe("2026-09-06");
    expect(localDate(new Date(santiago - 1), "America/Santiago")).toBe("2026-09-05");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("a calendar day as each language writes it", () => {
    expect(formatDay("2026-12-05", "en")).toBe("5 Dec 2026");
    expect(formatDay("2026-12-05", "pl")).toBe("5 gru 2026");
    expect(formatDay("2026-12-05", "de")).toBe("5. Dez. 2026");
    expect(formatDay("2026-12-05", "en", "long")).toBe("5 December 2026");
    expect(formatDay("2026-12-05", "pl", "long")).toBe("5 grudnia 2026");
    expect(formatDay("2026-12-05", "de", "long")).toBe("5. Dezember 2026");
    expect(formatDay("2026-12-05", "fr", "long")).toBe("5 décembre 2026");
    expect(formatDay("2026-12-05", "it", "long")).toBe("5 dicembre 2026");
    expect(formatDay("2026-12-05", "es", "long")).toBe("5 de diciembre de 2026");
  });
});

describe("formatRangeForCustomer", () => {
  const warsaw = (language: string) => ({ timeZone: "Europe/Warsaw", language });
  it("writes a window within one day once, as each language writes a range", () => {
    // The old way repeated the date: "7 Dec 2026, 02:52 CET – 7 Dec 2026, 03:52 CET".
    const from = "2026-12-07T01:52:00Z";
    const to = "2026-12-07T02:52:00Z";
    expect(formatRangeForCustomer(from, to, warsaw("en"))).toBe("7 Dec 2026, 02:52–03:52 CET");
    expect(formatRangeForCustomer(from, to, warsaw("pl"))).toBe("7 gru 2026, 02:52–03:52 CET");
    expect(formatRangeForCustomer(from, to, warsaw("de"))).toBe("7. Dez. 2026, 02:52–03:52 Uhr MEZ");
    // French knows only "UTC+1" for Warsaw: the abbreviation wins, as for one instant.
    expect(formatRangeForCustomer(from, to, warsaw("fr"))).toBe("7 déc. 2026, 02:52 – 03:52 UTC+1");
    // ICU's Spanish range drops the leading zero its single times keep ("01:45"): padded, as one page
    // shows both (this pinned "2:52–3:52" before the ninth customer-text pass, changed on purpose).
    expect(formatRangeForCustomer(from, to, warsaw("es"))).toBe("7 dic 2026, 02:52–03:52 CET");
    expect(
      formatRangeForCustomer("2026-12-31T09:00:00Z", "2026-12-31T11:00:00Z", {
        timeZone: "Pacific/Kiritimati",
        language: "es",
      }),
    ).toBe("31 dic 2026, 23:00 GMT+14 – 1 ene 2027, 01:00 GMT+14");
  });

  it("writes both ends in full across midnight and across a clock change", () => {
    expect(formatRangeForCustomer("2026-12-07T22:00:00Z", "2026-12-08T02:00:00Z", warsaw("en"))).toBe(
      "7 Dec 2026, 23:00 CET – 8 Dec 2026, 03:00 CET",
    );
    // 01:30 is still summer time on 25 October: one shared "CET" would put the start an hour late.
    expect(formatRangeForCustomer("2026-10-24T23:30:00Z", "2026-10-25T02:30:00Z", warsaw("en"))).toBe(
      "25 Oct 2026, 01:30 CEST – 25 Oct 2026, 03:30 CET",
    );
  });

  it("an empty or backwards window is its start alone, a bad instant nothing", () => {
    const at = "2026-12-07T01:52:00Z";
    expect(formatRangeForCustomer(at, at, warsaw("en"))).toBe("7 Dec 2026, 02:52 CET");
    expect(formatRangeForCustomer("nope", at, warsaw("en"))).toBe("");
  });
});
