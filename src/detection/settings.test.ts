import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const settings = async () =>
  (
    await h.app.inject({ method: "GET", url: "/api/v1/detection/settings", headers: h.auth("viewer") })
  ).json();
const put = (payload: Record<string, unknown>, role: "admin" | "responder" = "admin") =>
  h.app.inject({ method: "PUT", url: "/api/v1/detection/settings", headers: h.auth(role), payload });

describe("detector settings", () => {
  it("keeps a workspace's settings and fills in the defaults", async () => {
    expect(await settings()).toMatchObject({
      bucketMinutes: 5,
      falseAlarmsPerWeek: 1,
      volume: { minCount: 5 },
      negative: { minCount: 3 },
    });
    const res = await put({ falseAlarmsPerWeek: 0.5, highReachNegative: { minFollowers: 50_000 } });
    expect(res.statusCode).toBe(200);
    expect(await settings()).toMatchObject({
      falseAlarmsPerWeek: 0.5,
      negative: { minCount: 3 },
      highReachNegative: { minFollowers: 50_000, enabled: true },
      volume: { minCount: 5 },
    });
  });

  it("refuses bad values naming the field, and callers below admin", async () => {
    const bad = await put({ volume: { minCount: 0 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: "invalid", field: "volume.minCount" });
    const words = await put({ bucketMinutes: "five" });
    expect(words.statusCode).toBe(400);
    expect(words.json().error.field).toBe("bucketMinutes");
    const tooLoose = await put({ falseAlarmsPerWeek: 1000 });
    expect(tooLoose.json().error).toMatchObject({ code: "invalid", field: "falseAlarmsPerWeek" });
    expect((await put({ falseAlarmsPerWeek: 3 }, "responder")).statusCode).toBe(403);
    expect(await settings()).toMatchObject({ falseAlarmsPerWeek: 0.5 });
  });

  it("a new bucket size restarts the baseline and the detectors run on", async () => {
    expect((await put({ bucketMinutes: 10 })).statusCode).toBe(200);
    expect(await settings()).toMatchObject({ bucketMinutes: 10 });
    await h.ctx.services.listening.ingest(h.workspaceId, [
      {
        source: "reviews",
        external_id: "r1",
        text: "The parcel never arrived and nobody answers",
        created_at: "2025-03-03T10:00:00Z",
      },
    ] as never);
    const detection = h.ctx.services.detection;
    await detection.process(h.workspaceId, { catchUp: true });
    const row = await h.ctx.db
      .selectFrom("detector_states")
      .selectAll()
      .where("workspace_id", "=", h.workspaceId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.state).engine.bucketMs).toBe(600_000);
    // The detectors read on from the mention's arrival.
    const [stored] = (await h.ctx.services.listening.list(h.workspaceId, {}, 1)).items;
    expect(row.mention_cursor).toBe(`${stored?.received_at}|${stored?.id}`);
  });
});
