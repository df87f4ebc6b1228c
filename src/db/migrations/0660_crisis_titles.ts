import type { Migration } from "../migration.js";

/**
 * The crisis's title in other languages than the plan's ({"de": "…"}, JSON; null when the shop wrote
 * none): a Polish notice whose template quotes `{{ crisis.title }}` quoted the English title.
 */
export const crisisTitles: Migration = {
  name: "0660_crisis_titles",
  async up(db) {
    await db.schema.alterTable("crises").addColumn("titles", "text").execute();
  },
};
