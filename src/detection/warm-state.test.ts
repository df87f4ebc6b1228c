import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mentionInput } from "../listening/schema.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { setShop } from "../testing/shop.js";
import { DetectionEngine } from "./detectors/engine.js";
import { detectionStore } from "./store.js";
import { keepWarm, takeWarm } from "./warm-state.js";

const START = Date.parse("2024-05-06T08:00:00Z");

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

/** One hour of ordinary mentions, one a minute, then the round they queued. */
async function hourOfMentions(hour: number) {
  const items = Array.from({ length: 60 }, (_, i) =>
    mentionInput.parse({
      source: "twitter",
      external_id: `h${hour}-${i}`,
      text: `Ordered a pair of shoes, number ${hour * 60 + i}`,
      created_at: new Date(START + hour * 3_600_000 + i * 60_000).toISOString(),
    }),
  );
  await h.ctx.services.listening.ingest(h.workspaceId, items);
  await h.ctx.jobs.drain();
  await h.ctx.services.detection.idle(h.workspaceId);
}

const volume = () => h.ctx.services.detection.series(h.workspaceId, "volume");

describe("detectors kept between rounds", () => {
  it("are used only while the stored row is still the one this process wrote", async () => {
    await hourOfMentions(0);
    await hourOfMentions(1);
    const kept = (await volume()).length;
    expect(kept).toBeGreaterThan(10);

    // Another process saves detectors of its own (here: fresh ones) over ours.
    const row = await detectionStore.state(h.ctx.db, h.workspaceId);
    if (!row) throw new Error("no detector state");
    const theirs = JSON.parse(row.state);
    theirs.engine = new DetectionEngine(JSON.parse(row.config)).toJSON();
    const later = new Date(Date.parse(row.updated_at) + 1).toISOString();
    expect(
      await detectionStore.saveState(
        h.ctx.db,
        { ...row, state: JSON.stringify(theirs), updated_at: later },
        row.updated_at,
      ),
    ).toBe(true);

    // Our next round continues from theirs, not from the engine it kept in memory.
    await hourOfMentions(2);
    const after = (await volume()).length;
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(kept);
  });

  it("read the shop's clock, and move to its new zone at the next round", async () => {
    const zoneOfState = async () => {
      const row = await detectionStore.state(h.ctx.db, h.workspaceId);
      return JSON.parse(row?.state ?? "{}").engine?.profiles?.mentions?.zone;
    };
    await setShop(h, { time_zone: "Europe/Warsaw" });
    await hourOfMentions(3);
    expect(await zoneOfState()).toBe("Europe/Warsaw");
    await setShop(h, { time_zone: "America/Los_Angeles" });
    await hourOfMentions(4);
    expect(await zoneOfState()).toBe("America/Los_Angeles");
  });

  it("are taken once, and only with the stamp they were kept under", () => {
    const row = {
      workspace_id: "w",
      state: "",
      mention_cursor: null,
      shop_cursor: null,
      config: "{}",
      updated_at: "2024-05-06T08:00:00.000Z",
    };
    keepWarm(h.ctx, "w", { row, key: "{}|UTC", value: 1 });
    expect(takeWarm(h.ctx, "w", row.updated_at, "{}|Europe/Warsaw")).toBeUndefined();
    // A miss removes the entry too: a stale engine is never used later.
    expect(takeWarm(h.ctx, "w", row.updated_at, "{}|UTC")).toBeUndefined();
    keepWarm(h.ctx, "w", { row, key: "{}|UTC", value: 2 });
    expect(takeWarm(h.ctx, "w", "2024-05-06T08:00:00.001Z", "{}|UTC")).toBeUndefined();
    keepWarm(h.ctx, "w", { row, key: "{}|UTC", value: 3 });
    expect(takeWarm<number>(h.ctx, "w", row.updated_at, "{}|UTC")?.value).toBe(3);
    expect(takeWarm(h.ctx, "w", row.updated_at, "{}|UTC")).toBeUndefined();
  });
});
