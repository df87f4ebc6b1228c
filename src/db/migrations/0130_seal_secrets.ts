import type { Migration } from "../migration.js";
import { resealAll } from "../seal.js";

/** Seals the webhook and inbound-source secrets stored in clear before secrets were sealed at rest. */
export const sealSecrets: Migration = {
  name: "0130_seal_secrets",
  async up(db) {
    await resealAll(db);
  },
};
