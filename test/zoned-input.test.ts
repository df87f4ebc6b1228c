import { describe, expect, it } from "vitest";
import { fromLocalInput, toLocalInput } from "../web/src/zoned-input.js";

/** The dashboard's date-time fields' conversions (components/DateTimeInput), on a named zone's clock. */
describe("datetime-local values on a named zone", () => {
  it("reads a wall time on the zone, whatever the machine's own", () => {
    expect(fromLocalInput("2026-12-20T14:00", "America/New_York")).toBe("2026-12-20T19:00:00.000Z");
    expect(fromLocalInput("2026-12-20T14:00", "Asia/Tokyo")).toBe("2026-12-20T05:00:00.000Z");
    expect(fromLocalInput("2026-07-01T14:00", "Europe/Warsaw")).toBe("2026-07-01T12:00:00.000Z");
    expect(toLocalInput("2026-12-20T19:00:00.000Z", "America/New_York")).toBe("2026-12-20T14:00");
    expect(toLocalInput("2026-12-20T19:00:00.000Z", "Asia/Kolkata")).toBe("2026-12-21T00:30");
  });

  it("reads a skipped wall time after the jump and a doubled one as its first", () => {
    // 8 March 2026, New York: 02:00 EST jumps to 03:00 EDT; 02:30 does not exist, read as 03:30 EDT.
    expect(fromLocalInput("2026-03-08T02:30", "America/New_York")).toBe("2026-03-08T07:30:00.000Z");
    // 1 November 2026: 01:30 happens twice (EDT, then EST); the first.
    expect(fromLocalInput("2026-11-01T01:30", "America/New_York")).toBe("2026-11-01T05:30:00.000Z");
    // 25 October 2026, Warsaw: 02:30 CEST (00:30Z), then 02:30 CET (01:30Z).
    expect(fromLocalInput("2026-10-25T02:30", "Europe/Warsaw")).toBe("2026-10-25T00:30:00.000Z");
    expect(toLocalInput("2026-10-25T01:30:00.000Z", "Europe/Warsaw")).toBe("2026-10-25T02:30");
  });

  it("gives nothing for an empty or broken value", () => {
    expect(fromLocalInput("", "UTC")).toBe("");
    expect(fromLocalInput("2026-12-20", "UTC")).toBe("");
    expect(toLocalInput("", "UTC")).toBe("");
    expect(toLocalInput(null, "UTC")).toBe("");
  });
});
