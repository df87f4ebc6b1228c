import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";

/**
 * One customer's time zone, set or cleared by hand: the CSV and shop events could only set one (an
 * import without the column kept it), so a wrong zone could not be corrected or removed.
 */
let h: Harness;
beforeAll(async () => {
  h = await shopHarness({ time_zone: "Europe/Warsaw" }, "2026-12-04T09:00:00Z");
}, 60_000);
afterAll(async () => h.close());

const put = (payload: Record<string, unknown>) =>
  h.app.inject({
    method: "PUT",
    url: "/api/v1/comms/contacts/time-zone",
    headers: h.auth("admin"),
    payload,
  });
const zoneOf = async (email: string) =>
  (
    await h.ctx.db
      .selectFrom("comms_contacts")
      .select("time_zone")
      .where("workspace_id", "=", h.workspaceId)
      .where("email", "=", email)
      .executeTakeFirst()
  )?.time_zone;

describe("one customer's time zone, edited", () => {
  it("corrects a zone the CSV gave, keeps it canonical, and clears it", async () => {
    const csv = "email,name,time_zone\nanna@example.com,Anna,America/New_York\n";
    const imported = await h.app.inject({
      method: "POST",
      url: "/api/v1/comms/contacts/import",
      headers: h.auth("admin"),
      payload: { csv },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const r = await put({ email: "Anna@Example.com", time_zone: "asia/tokyo" });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({ email: "anna@example.com", time_zone: "Asia/Tokyo" });
    expect(await zoneOf("anna@example.com")).toBe("Asia/Tokyo");
    expect((await put({ email: "anna@example.com", time_zone: null })).statusCode).toBe(200);
    expect(await zoneOf("anna@example.com")).toBeNull();
  });

  it("names the field: a zone that is not IANA, an address with no customer; a responder may not", async () => {
    const bad = await put({ email: "anna@example.com", time_zone: "Mars/Olympus" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("time_zone");
    expect(bad.json().error.message).toContain("not an IANA time zone");
    const none = await put({ email: "nobody@example.com", time_zone: "Europe/Paris" });
    expect(none.statusCode).toBe(404);
    expect(none.json().error.field).toBe("email");
    const responder = await h.app.inject({
      method: "PUT",
      url: "/api/v1/comms/contacts/time-zone",
      headers: h.auth("responder"),
      payload: { email: "anna@example.com", time_zone: "Europe/Paris" },
    });
    expect(responder.statusCode).toBe(403);
  });
});
