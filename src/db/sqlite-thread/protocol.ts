/** Messages between the store's SQLite thread and the event loop that uses it. */

export interface ThreadOpen {
  file: string;
}

export interface QueryRequest {
  id: number;
  sql: string;
  parameters: readonly unknown[];
}

export type QueryReply =
  | { id: number; rows: unknown[] }
  | { id: number; changes: number; lastInsertRowid: number | bigint }
  | { id: number; error: { message: string; code: string | undefined } };

/** The first message of the thread: the file is open (or why it could not be). */
export type ReadyReply =
  | { ready: true }
  | { ready: false; error: { message: string; code: string | undefined } };
