import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const put = (payload: Record<string, unknown>) =>
  h.app.inject({ method: "PUT", url: "/api/v1/detection/settings", headers: h.auth("admin"), payload });
const surge = (over: Record<string, unknown>) => ({
  plannedSurges: [
    {
      start: "2026-11-27T00:00:00Z",
      end: "2026-11-28T00:00:00Z",
      multiple: 5,
      label: "Black Friday",
      ...over,
    },
  ],
});

describe("planned surges in the detector settings", () => {
  it("keeps a declared surge and hands it back", async () => {
    const res = await put(surge({ label: "  Black Friday  " }));
    expect(res.statusCode).toBe(200);
    const got = await h.app.inject({
      method: "GET",
      url: "/api/v1/detection/settings",
      headers: h.auth("viewer"),
    });
    expect(got.json().plannedSurges).toEqual([
      { start: "2026-11-27T00:00:00Z", end: "2026-11-28T00:00:00Z", multiple: 5, label: "Black Friday" },
    ]);
  });

  it("refuses a bad surge naming its field and saying what to do", async () => {
    const backwards = await put(surge({ end: "2026-11-26T00:00:00Z" }));
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error).toMatchObject({ code: "invalid", field: "plannedSurges.0.end" });
    expect(backwards.json().error.message).toContain("end must be after start");
    const long = await put(surge({ end: "2026-12-12T00:00:01Z" }));
    expect(long.statusCode).toBe(400);
    expect(long.json().error).toMatchObject({ field: "plannedSurges.0.end" });
    expect(long.json().error.message).toContain("at most 14 days");
    const zero = await put(surge({ multiple: 0 }));
    expect(zero.json().error).toMatchObject({ code: "invalid", field: "plannedSurges.0.multiple" });
    const notADate = await put(surge({ start: "Friday" }));
    expect(notADate.json().error).toMatchObject({ field: "plannedSurges.0.start" });
    const blank = await put(surge({ label: "   " }));
    expect(blank.json().error).toMatchObject({ field: "plannedSurges.0.label" });
    // The preview validates like the settings.
    const preview = await h.app.inject({
      method: "POST",
      url: "/api/v1/detection/preview",
      headers: h.auth("admin"),
      payload: { settings: surge({ end: "2026-11-26T00:00:00Z" }), days: 7 },
    });
    expect(preview.statusCode).toBe(400);
    expect(preview.json().error).toMatchObject({ field: "plannedSurges.0.end" });
  });
});
