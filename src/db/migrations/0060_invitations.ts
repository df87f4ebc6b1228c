import type { Migration } from "../migration.js";

/**
 * Invitations to a workspace by e-mail. Only the hash of the one-time token is stored, so a copy of the
 * store does not let anyone join; a link works once, until it expires or an admin withdraws it.
 */
export const invitations: Migration = {
  name: "0060_invitations",
  async up(db) {
    await db.schema
      .createTable("invitations")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("email", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("invited_by", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("accepted_at", "text")
      .addColumn("revoked_at", "text")
      .execute();
    await db.schema
      .createIndex("invitations_workspace")
      .on("invitations")
      .columns(["workspace_id", "email"])
      .execute();
  },
};
