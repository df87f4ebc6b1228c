import type { Migration } from "../migration.js";
import { FIRST_SECRET_COLUMNS, resealColumns } from "../seal.js";

/** Seals the webhook and inbound-source secrets stored in clear before secrets were sealed at rest. */
export const sealSecrets: Migration = {
  name: "0130_seal_secrets",
  async up(db) {
    // Only the tables that exist at this point of the order; later ones are sealed by 0140.
    await resealColumns(db, FIRST_SECRET_COLUMNS);
  },
};
