/**
 * Crisis signal words read when a mention was classified at ingest, kept on the very object the
 * listening service hands to the jobs that read the mention next (feed.ts keeps it in memory). Detection
 * takes them from here instead of tokenizing the text again; a mention read back from the store (another
 * process stored it, or a correction replaced the object) has none, and detection reads its text.
 *
 * A property under a symbol of this module, not enumerable: JSON, spreads, copies and API schemas leave
 * it behind, so a copy whose text or language changed cannot carry stale words. Not a WeakMap: one
 * entry for each of the 200,000 mentions kept in memory cost a lookup per mention fed and the garbage
 * collector's ephemeron work on every collection.
 */
const SIGNALS = Symbol("crisis signal words read at ingest");

export const noteSignals = (mention: object, signals: readonly string[]): void => {
  Object.defineProperty(mention, SIGNALS, { value: signals, writable: true, configurable: true });
};

/** The signals read at ingest for this mention object, or undefined when they were not. */
export const signalsRead = (mention: object): readonly string[] | undefined =>
  (mention as { [SIGNALS]?: readonly string[] })[SIGNALS];
