import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeBefore } from "../testing/migration.js";
import { freshStore, type TestStore } from "../testing/store.js";

let t: TestStore;
beforeAll(async () => {
  t = await freshStore();
});
afterAll(async () => t.drop());

describe("migration 0630: the customer's UTC offset on a case", () => {
  it("adds the column; a case opened before it has no hint (null), a new one keeps minutes", async () => {
    const { db, now, apply } = await storeBefore(t, "0630_case_customer_offset", ["ws-a"]);
    const row = {
      workspace_id: "ws-a",
      status: "new",
      priority: "P3",
      language: "pl",
      topics: "[]",
      sentiment_score: 0,
      source: "email",
      channel: "email",
      text: "Paczka nie dotarła.",
      first_response_due_at: now,
      resolve_due_at: now,
      created_by: "E-mail",
      created_at: now,
      updated_at: now,
    };
    await db
      .insertInto("cases")
      .values({ ...row, id: "old" })
      .execute();

    await apply();

    await t.store.db
      .insertInto("cases")
      .values({ ...row, id: "new", customer_utc_offset: -330 } as never)
      .execute();
    const rows = await t.store.db
      .selectFrom("cases")
      .select(["id", "customer_utc_offset"])
      .orderBy("id")
      .execute();
    expect(
      rows.map((r) => [r.id, r.customer_utc_offset === null ? null : Number(r.customer_utc_offset)]),
    ).toEqual([
      ["new", -330],
      ["old", null],
    ]);
  });
});
