import type { Kysely } from "kysely";
import type { Database } from "../app/database.js";
import type { WebhookDeliveriesTable, WebhookEndpointsTable } from "./tables.js";

type Db = Kysely<Database>;

export const webhooksStore = {
  insertEndpoint: (db: Db, row: WebhookEndpointsTable) =>
    db.insertInto("webhook_endpoints").values(row).execute(),
  endpoints: (db: Db, workspaceId: string) =>
    db
      .selectFrom("webhook_endpoints")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .orderBy("created_at", "desc")
      .execute(),
  endpoint: (db: Db, workspaceId: string, id: string) =>
    db
      .selectFrom("webhook_endpoints")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),
  deleteEndpoint: (db: Db, workspaceId: string, id: string) =>
    db
      .deleteFrom("webhook_endpoints")
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),
  delivery: (db: Db, workspaceId: string, id: string) =>
    db
      .selectFrom("webhook_deliveries")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),
  insertDelivery: (db: Db, row: WebhookDeliveriesTable) =>
    db.insertInto("webhook_deliveries").values(row).execute(),
  deliveries: (
    db: Db,
    workspaceId: string,
    filter: { endpointId?: string; messageId?: string },
    limit: number,
  ) => {
    let q = db.selectFrom("webhook_deliveries").selectAll().where("workspace_id", "=", workspaceId);
    if (filter.endpointId) q = q.where("endpoint_id", "=", filter.endpointId);
    if (filter.messageId) q = q.where("message_id", "=", filter.messageId);
    return q.orderBy("created_at", "desc").orderBy("id", "desc").limit(limit).execute();
  },
};
