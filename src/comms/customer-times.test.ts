import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";
import { draftMessage, openCrisis } from "./testing.js";

/** Every time a message names (start, next update, reminders) in the shop's zone with its abbreviation. */
let h: Harness;
beforeAll(async () => {
  // 10:00 UTC on a winter morning: 11:00 in Warsaw.
  h = await shopHarness(
    { time_zone: "Europe/Warsaw", languages: ["pl", "en"], default_language: "pl" },
    "2026-12-04T10:00:00Z",
  );
}, 60_000);
afterAll(async () => h.close());

const call = (method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
  h.app.inject({ method, url, headers: h.auth("responder"), ...(payload ? { payload } : {}) });

const crisis = (extra: Record<string, unknown> = {}) => openCrisis(h, extra);
const draft = (crisisId: string, kind: string, language: string) => draftMessage(h, crisisId, kind, language);

describe("times in messages to customers", () => {
  it("the next update and the start are in the shop's zone, today as a time, never UTC", async () => {
    const id = await crisis({ started_at: "2026-12-03T22:30:00Z" });
    const update = await draft(id, "status_update", "en");
    expect(update.body).toMatch(/Next update at \d{2}:\d{2} CET\./);
    expect(update.body).not.toContain("UTC");
    // Started 23:30 in Warsaw the evening before: another day, so it says which one.
    const brief = await draft(id, "internal_brief", "pl");
    expect(brief.body).toContain("Początek: 3 gru 2026, 23:30 CET");
    expect(brief.body).toMatch(/Kolejna aktualizacja o \d{2}:\d{2} CET/);
    expect(brief.body).not.toContain("UTC");
    // The crisis's status in the brief's language, not the stored English word.
    expect(brief.body).toMatch(/^Kryzys: .*, SEV\d, wykryty\)$/m);
    expect(brief.body).not.toContain("detected");
    expect((await draft(id, "internal_brief", "en")).body).toMatch(/^Crisis: .*, SEV\d, detected\)$/m);
  });

  it("a declined crisis (a false alarm) promises no next update", async () => {
    const id = await crisis();
    const declined = await call("PATCH", `/api/v1/crises/${id}`, {
      status: "declined",
      reason: "A test payment by the team",
    });
    expect(declined.statusCode).toBe(200);
    const update = await draft(id, "status_update", "en");
    expect(update.body).not.toContain("Next update");
  });

  it("an overdue public word is noted in the room in the shop's zone", async () => {
    const id = await crisis({ started_at: "2026-12-04T04:00:00Z", aware_at: "2026-12-04T04:00:00Z" });
    await h.ctx.services.comms.reminders.remindWorkspace(h.workspaceId);
    const rec = (await call("GET", `/api/v1/crises/${id}`)).json();
    const note = rec.timeline.find((e: { kind: string }) => e.kind === "comms.reminder");
    expect(note.text).toMatch(/was due at 4 Dec 2026, \d{2}:\d{2} CET: publish an update now\./);
    expect(note.text).not.toContain("UTC");
  });
});
