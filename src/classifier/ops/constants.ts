export const CHECK_QUEUE = "classifier.check";
export const RECLASSIFY_QUEUE = "classifier.reclassify";
/** The job trains once this many labels arrived since the last training (the first at this many). */
export const NEW_LABELS = 200;
/** The newest labels a training reads: 20,000 train in seconds on one core. */
export const MAX_LABELS = 20_000;
/** After a switch, mentions of the last this many days are read again. */
export const RECLASSIFY_DAYS = 30;
/** Mentions per re-classification job: a batch commits quickly and the next job goes on. */
export const RECLASSIFY_BATCH = 500;
