import type { Migration } from "../migration.js";

/**
 * The crisis's summary in other languages than the plan's ({"de": "…", "en": "…"}, JSON; null when the
 * shop wrote none): a German notice quoted the Polish summary inside German sentences.
 */
export const crisisSummaries: Migration = {
  name: "0640_crisis_summaries",
  async up(db) {
    await db.schema.alterTable("crises").addColumn("summaries", "text").execute();
  },
};
