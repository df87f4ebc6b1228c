import { sql } from "kysely";
import type { Migration } from "../migration.js";

/**
 * Instance administrators run the installation: only they create workspaces. An existing store keeps a
 * working operator: the admins of its oldest workspace (the one `firebreak start` made) become them.
 */
export const instanceAdmin: Migration = {
  name: "0040_instance_admin",
  async up(db) {
    await db.schema
      .alterTable("users")
      .addColumn("instance_admin", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`
      update users set instance_admin = 1 where id in (
        select m.user_id from memberships m
        where m.role = 'admin'
          and m.workspace_id = (select w.id from workspaces w order by w.created_at, w.id limit 1)
      )`.execute(db);
  },
};
