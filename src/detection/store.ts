import type { Kysely } from "kysely";
import type { Database } from "../app/database.js";
import type { DetectorStatesTable, ShopEventKind, ShopEventsTable, ShopIntegrationsTable } from "./tables.js";

type Db = Kysely<Database>;

export interface ShopEventFilter {
  type?: ShopEventKind | ShopEventKind[] | undefined;
  since?: string | undefined;
  until?: string | undefined;
  orderId?: string | undefined;
  email?: string | undefined;
  /** Keyset cursor: (occurred_at, id) of the last row of the previous page, newest first. */
  before?: { at: string; id: string } | undefined;
  limit?: number | undefined;
}

export const detectionStore = {
  /** Inserts what is new; returns the rows inserted (a retried delivery inserts nothing). */
  async insertShopEvents(db: Db, rows: ShopEventsTable[]): Promise<ShopEventsTable[]> {
    const inserted: ShopEventsTable[] = [];
    for (const row of rows) {
      const r = await db
        .insertInto("shop_events")
        .values(row)
        .onConflict((oc) => oc.columns(["workspace_id", "event_id"]).doNothing())
        .executeTakeFirst();
      if (Number(r.numInsertedOrUpdatedRows ?? 0) > 0) inserted.push(row);
    }
    return inserted;
  },

  listShopEvents(db: Db, workspaceId: string, f: ShopEventFilter) {
    let q = db.selectFrom("shop_events").selectAll().where("workspace_id", "=", workspaceId);
    if (f.type) q = q.where("type", "in", Array.isArray(f.type) ? f.type : [f.type]);
    if (f.since) q = q.where("occurred_at", ">=", f.since);
    if (f.until) q = q.where("occurred_at", "<", f.until);
    if (f.orderId) q = q.where("order_id", "=", f.orderId);
    if (f.email) q = q.where("customer_email", "=", f.email.toLowerCase());
    const before = f.before;
    if (before) {
      q = q.where((e) =>
        e.or([
          e("occurred_at", "<", before.at),
          e.and([e("occurred_at", "=", before.at), e("id", "<", before.id)]),
        ]),
      );
    }
    return q
      .orderBy("occurred_at", "desc")
      .orderBy("id", "desc")
      .limit(f.limit ?? 100)
      .execute();
  },

  /** Rows for the detectors with data time >= since, oldest first. */
  /**
   * Shop events that arrived at or after `since`, in arrival order (a retried webhook arrives late), or
   * after the page that ended at `after` (a batch shares one arrival time, so pages go by it and the id).
   */
  shopEventsSince(
    db: Db,
    workspaceId: string,
    since: string | null,
    limit: number,
    after?: { at: string; id: string },
  ) {
    let q = db
      .selectFrom("shop_events")
      .select(["id", "type", "occurred_at", "created_at"])
      .where("workspace_id", "=", workspaceId);
    if (since) q = q.where("created_at", ">=", since);
    if (after)
      q = q.where((eb) =>
        eb.or([
          eb("created_at", ">", after.at),
          eb.and([eb("created_at", "=", after.at), eb("id", ">", after.id)]),
        ]),
      );
    return q.orderBy("created_at").orderBy("id").limit(limit).execute();
  },

  customerAggregates(db: Db, workspaceId: string, f: { email?: string; since?: string; limit?: number }) {
    let q = db
      .selectFrom("shop_events")
      .select((e) => [
        "customer_email",
        "currency",
        e.fn.sum<number>(e.case().when("type", "=", "order_placed").then(1).else(0).end()).as("orders"),
        e.fn
          .sum<number>(e.case().when("type", "=", "payment_succeeded").then(1).else(0).end())
          .as("payments"),
        e.fn
          .sum<number>(e.case().when("type", "=", "payment_failed").then(1).else(0).end())
          .as("failed_payments"),
        e.fn.sum<number>(e.case().when("type", "=", "refund").then(1).else(0).end()).as("refunds"),
        e.fn
          .sum<number>(e.case().when("type", "=", "payment_succeeded").then(e.ref("amount")).else(0).end())
          .as("paid_amount"),
        e.fn
          .sum<number>(e.case().when("type", "=", "refund").then(e.ref("amount")).else(0).end())
          .as("refunded_amount"),
        e.fn.min<string>("occurred_at").as("first_at"),
        e.fn.max<string>("occurred_at").as("last_at"),
      ])
      .where("workspace_id", "=", workspaceId)
      .where("customer_email", "is not", null);
    if (f.email) q = q.where("customer_email", "=", f.email.toLowerCase());
    if (f.since) q = q.where("occurred_at", ">=", f.since);
    return q
      .groupBy(["customer_email", "currency"])
      .orderBy("last_at", "desc")
      .limit(f.limit ?? 1000)
      .execute();
  },

  integration: (db: Db, workspaceId: string, platform: ShopIntegrationsTable["platform"]) =>
    db
      .selectFrom("shop_integrations")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("platform", "=", platform)
      .executeTakeFirst(),
  integrations: (db: Db, workspaceId: string) =>
    db
      .selectFrom("shop_integrations")
      .select(["platform", "created_at"])
      .where("workspace_id", "=", workspaceId)
      .execute(),
  upsertIntegration: (db: Db, row: ShopIntegrationsTable) =>
    db
      .insertInto("shop_integrations")
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(["workspace_id", "platform"])
          .doUpdateSet({ secret: row.secret, created_at: row.created_at }),
      )
      .execute(),

  state: (db: Db, workspaceId: string) =>
    db.selectFrom("detector_states").selectAll().where("workspace_id", "=", workspaceId).executeTakeFirst(),
  /** What says whether a kept copy of the detectors is still the stored one, without the state itself. */
  stateStamp: (db: Db, workspaceId: string) =>
    db
      .selectFrom("detector_states")
      .select(["updated_at", "config"])
      .where("workspace_id", "=", workspaceId)
      .executeTakeFirst(),
  stateWorkspaces: async (db: Db) =>
    (await db.selectFrom("detector_states").select("workspace_id").execute()).map((r) => r.workspace_id),
  insertState: async (db: Db, row: DetectorStatesTable) => {
    const r = await db
      .insertInto("detector_states")
      .values(row)
      .onConflict((oc) => oc.column("workspace_id").doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  },
  /** Compare-and-set on `updated_at`: two workers never both move one workspace's detectors. */
  async saveState(db: Db, row: DetectorStatesTable, previousUpdatedAt: string): Promise<boolean> {
    const r = await db
      .updateTable("detector_states")
      .set({
        state: row.state,
        mention_cursor: row.mention_cursor,
        shop_cursor: row.shop_cursor,
        config: row.config,
        updated_at: row.updated_at,
      })
      .where("workspace_id", "=", row.workspace_id)
      .where("updated_at", "=", previousUpdatedAt)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
};
