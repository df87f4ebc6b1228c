import type { Migration } from "../migration.js";

/**
 * What a shop says about itself to customers: the languages it answers in (JSON list; null means its
 * one `language`), its brand, and its public address. The time zone already had a column.
 */
export const workspaceSettings: Migration = {
  name: "0010_workspace_settings",
  async up(db) {
    await db.schema.alterTable("workspaces").addColumn("languages", "text").execute();
    await db.schema.alterTable("workspaces").addColumn("brand_logo_url", "text").execute();
    await db.schema.alterTable("workspaces").addColumn("brand_color", "text").execute();
    await db.schema.alterTable("workspaces").addColumn("public_url", "text").execute();
  },
};
