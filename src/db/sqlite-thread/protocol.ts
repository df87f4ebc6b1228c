/** Messages between the store's SQLite thread and the event loop that uses it. */

import type { MessagePort } from "node:worker_threads";

export interface ThreadOpen {
  file: string;
  /**
   * The writer's own WAL checkpoint threshold in pages, instead of sqlite-file.ts's: a backstop only,
   * once another thread checkpoints (`checkpointEveryMs`).
   */
  walAutocheckpoint?: number;
  /** This thread also copies the WAL into the database file every so many milliseconds (see worker.ts). */
  checkpointEveryMs?: number;
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

/**
 * Sent to the writer after it is ready: it answers on `port` from then on and counts each answer in
 * `signal[0]` (Atomics), so the event loop can take a quick answer at once (see dialect.ts).
 */
export interface QuickAnswers {
  quick: { port: MessagePort; signal: Int32Array };
}

/** The first message of the thread: the file is open (or why it could not be). */
export type ReadyReply =
  | { ready: true }
  | { ready: false; error: { message: string; code: string | undefined } };
