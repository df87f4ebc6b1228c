import { isSealed, sealSecret } from "../../core/secrets.js";
import type { Migration } from "../migration.js";
import { existingTables } from "./0140_seal_more_secrets.js";

/**
 * Seals the request headers of HTTP monitors stored in clear (an `Authorization` header is a credential).
 * On a new store it runs before the monitors table exists (name order) and has nothing to do.
 */
export const sealMonitorHeaders: Migration = {
  name: "0142_seal_monitor_headers",
  async up(db, dialect) {
    if (!(await existingTables(db, dialect)).has("monitors")) return;
    const rows = (await db.selectFrom("monitors").select(["id", "config"]).execute()) as {
      id: string;
      config: string;
    }[];
    for (const r of rows) {
      const config = JSON.parse(r.config) as { headers?: Record<string, unknown> };
      const headers = config.headers;
      if (!headers || typeof headers !== "object") continue;
      let changed = false;
      for (const [k, v] of Object.entries(headers)) {
        if (typeof v === "string" && !isSealed(v)) {
          headers[k] = sealSecret(v);
          changed = true;
        }
      }
      if (changed) {
        await db
          .updateTable("monitors")
          .set({ config: JSON.stringify(config) })
          .where("id", "=", r.id)
          .execute();
      }
    }
  },
};
