import type { SelectQueryBuilder } from "kysely";
import type { DialectName } from "./database.js";

/**
 * Rows claimed by one worker must not be claimed by another. PostgreSQL needs row locks that skip rows
 * other transactions hold; SQLite has a single writer, so the claiming UPDATE is atomic by itself.
 */
// biome-ignore lint/suspicious/noExplicitAny: works for any claim sub-select.
export function lockForClaim<Q extends SelectQueryBuilder<any, any, any>>(query: Q, dialect: DialectName): Q {
  return dialect === "postgres" ? (query.forUpdate().skipLocked() as Q) : query;
}
