import { afterEach, describe, expect, it } from "vitest";
import { parseDate } from "./dates.js";

describe("dates as files write them", () => {
  const zone = process.env["TZ"];
  afterEach(() => {
    if (zone === undefined) delete process.env["TZ"];
    else process.env["TZ"] = zone;
  });

  it("reads a date and time without an offset as UTC, whatever the server's own zone", () => {
    // Date.parse reads "2024-05-01T10:00:00" in the process's zone: 17:00 UTC in Los Angeles.
    process.env["TZ"] = "America/Los_Angeles";
    expect(parseDate("2024-05-01T10:00:00")).toBe("2024-05-01T10:00:00.000Z");
    expect(parseDate("2024-05-01 10:00")).toBe("2024-05-01T10:00:00.000Z");
    expect(parseDate("2024-05-01")).toBe("2024-05-01T00:00:00.000Z");
  });

  it("keeps an offset, reads epochs and the forms exports and APIs use, and hands back what it cannot read", () => {
    expect(parseDate("2015-02-24 11:35:52 -0800")).toBe("2015-02-24T19:35:52.000Z");
    expect(parseDate("Tue Feb 24 11:35:52 +0000 2015")).toBe("2015-02-24T11:35:52.000Z");
    expect(parseDate("1424778900")).toBe("2015-02-24T11:55:00.000Z");
    expect(parseDate("1424778900000")).toBe("2015-02-24T11:55:00.000Z");
    expect(parseDate("yesterday")).toBe("yesterday");
    expect(parseDate("2015-02-24T11:35:52 +01:00")).toBe("2015-02-24T10:35:52.000Z");
  });

  it("reads numeric dates the way their writers mean them, in UTC", () => {
    process.env["TZ"] = "Europe/Warsaw";
    // Dotted dates are day first (de, pl, fr, it, es); Date.parse read 03.04 as the 4th of March, local.
    expect(parseDate("03.04.2024 14:05")).toBe("2024-04-03T14:05:00.000Z");
    expect(parseDate("24.02.2015")).toBe("2015-02-24T00:00:00.000Z");
    // Slashed dates are month first unless the first number cannot be a month.
    expect(parseDate("02/24/2015 11:35:52 PM")).toBe("2015-02-24T23:35:52.000Z");
    expect(parseDate("24/02/2015 11:35")).toBe("2015-02-24T11:35:00.000Z");
    expect(parseDate("31.02.2015")).toBe("31.02.2015");
  });
});
