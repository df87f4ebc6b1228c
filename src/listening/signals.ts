/**
 * Crisis signal words read when a mention was classified at ingest, kept with the very object the
 * listening service hands to the jobs that read the mention next (feed.ts keeps it in memory). Detection
 * takes them from here instead of tokenizing the text again; a mention read back from the store (another
 * process stored it, or a correction replaced the object) has none, and detection reads its text.
 */
const read = new WeakMap<object, readonly string[]>();

export const noteSignals = (mention: object, signals: readonly string[]): void => {
  read.set(mention, signals);
};

/** The signals read at ingest for this mention object, or undefined when they were not. */
export const signalsRead = (mention: object): readonly string[] | undefined => read.get(mention);
