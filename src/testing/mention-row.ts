/**
 * The classification columns of a `mentions` row written by hand (copy-finding tests and benches, which
 * insert originals straight into the table): a negative English complaint without topics.
 */
export const NEGATIVE_ROW = {
  language: "en",
  sentiment: "negative",
  score: 0,
  complaint: 1,
  topics: "[]",
} as const;
