import SQLite from "better-sqlite3";

export function openSqliteFile(file: string): SQLite.Database {
  const sqlite = new SQLite(file);
  // WAL lets the CLI and the server share the file; NORMAL sync is durable against a killed process,
  // which is the failure we promise to survive (an OS crash may lose the last transactions).
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 10000");
  sqlite.pragma("foreign_keys = ON");
  // Mentions land in random places of the copy-finding index, so each batch dirties pages all over it.
  // A 32 MB page cache keeps that index in memory, and checkpointing every 10,000 pages instead of
  // every 1,000 writes a page that several batches touched to the database file once (measured on
  // 100 batches of 1,000: lookups 32 → 16 ms a batch, commits 18 → 9 ms). The WAL file is cut back
  // to 64 MB after a checkpoint so it does not keep its largest size on disk.
  sqlite.pragma("cache_size = -32768");
  sqlite.pragma("wal_autocheckpoint = 10000");
  sqlite.pragma("journal_size_limit = 67108864");
  // A statement inside a transaction keeps the original of every page it changes, so it alone can be
  // undone (the statement journal; ingest's multi-row insert always has one). Past 64 KB SQLite spills
  // that journal to a temporary file: a batch's insert, touching about a thousand pages of the
  // copy-finding index, wrote 4 MB there in some 2,500 write calls. In memory it is a copy, then freed
  // at the statement's end (the SQLite writer 3-5 ms less per batch of 1,000; docs/security.md,
  // seventeenth pass). Sorts larger than the cache still use temporary files: this covers temporary
  // tables, indexes and journals only.
  sqlite.pragma("temp_store = MEMORY");
  return sqlite;
}
