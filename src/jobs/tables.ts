export type JobStatus = "queued" | "running" | "done" | "failed";

export interface JobsTable {
  id: string;
  queue: string;
  /** Idempotency key: enqueuing the same key on the same queue twice gives one job. */
  key: string;
  payload: string;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface JobsTables {
  jobs: JobsTable;
}
