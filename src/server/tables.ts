/** What the HTTP edge keeps for itself: the answers to POSTs that carried an Idempotency-Key. */
export interface IdempotencyKeysTable {
  /** The workspace of the caller (or `token:{id}` for a caller without one). */
  scope: string;
  key: string;
  /** Method, route and a hash of the body: the same key with another request is refused, not replayed. */
  fingerprint: string;
  /** `pending` while the first request runs, `done` once its answer is stored. */
  state: string;
  status_code: number | null;
  content_type: string | null;
  location: string | null;
  body: string | null;
  created_at: string;
}

export interface ServerTables {
  idempotency_keys: IdempotencyKeysTable;
}
