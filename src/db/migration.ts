import type { Kysely } from "kysely";
import type { DialectName } from "./database.js";

/**
 * A migration receives the dialect so that a difference between SQLite and PostgreSQL is written in the
 * migration that needs it and nowhere else. Use the column helpers below for anything non-portable.
 */
export interface Migration {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now.
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

/** Column types that differ between the engines. */
export const columnType = {
  /** 8-byte float: PostgreSQL's `real` is only 4 bytes. */
  double: (d: DialectName) => (d === "postgres" ? "double precision" : "real"),
  /** 8-byte integer; arrives as a JS number in both (see the pg type parser in database.ts). */
  bigint: () => "bigint" as const,
  /** Raw bytes. */
  bytes: (d: DialectName) => (d === "postgres" ? "bytea" : "blob"),
};
