import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeBefore } from "../testing/migration.js";
import { freshStore, type TestStore } from "../testing/store.js";

let t: TestStore;
beforeAll(async () => {
  t = await freshStore();
});
afterAll(async () => t.drop());

describe("migration 0430: the five fixed components become rows", () => {
  it("gives every existing workspace its five components, keeping a state set by hand", async () => {
    const { at, db, now, apply } = await storeBefore(t, "0430_status_components", ["ws-a", "ws-b"]);
    expect(at).toBeGreaterThan(0);
    await db
      .insertInto("status_components")
      .values({
        workspace_id: "ws-a",
        component: "payments",
        state: "major_outage",
        note: "Card",
        updated_at: now,
      })
      .execute();

    await apply();

    const rows = await t.store.db
      .selectFrom("status_components")
      .selectAll()
      .orderBy("workspace_id")
      .orderBy("position")
      .execute();
    expect(rows).toHaveLength(10);
    const a = rows.filter((r) => r.workspace_id === "ws-a");
    expect(a.map((r) => r.component)).toEqual([
      "storefront",
      "checkout",
      "payments",
      "delivery",
      "customer_service",
    ]);
    expect(a.map((r) => Number(r.position))).toEqual([1, 2, 3, 4, 5]);
    expect(a[2]).toMatchObject({ state: "major_outage", note: "Card", group_id: null });
    expect(Number(a[2]?.is_group)).toBe(0);
    expect(JSON.parse(a[2]?.name ?? "{}")).toMatchObject({
      en: "Payments",
      pl: "Płatności",
      de: "Zahlungen",
    });
    expect(rows.find((r) => r.workspace_id === "ws-b" && r.component === "payments")?.state).toBe(
      "operational",
    );
    const setup = await t.store.db.selectFrom("status_page_setup").select("workspace_id").execute();
    expect(setup.map((s) => s.workspace_id).sort()).toEqual(["ws-a", "ws-b"]);
  });
});
