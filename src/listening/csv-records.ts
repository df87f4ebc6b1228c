import type { Readable } from "node:stream";

const HIGH_WATER = 1000;

/**
 * The records of a parser stream, in order, and only then its error. Iterating the stream itself
 * (`for await … of parser`) drops the records already parsed but not yet read when the parser fails:
 * a file that ends inside an unclosed quote lost the rows of its last chunk (up to 64 KB of them)
 * although they were complete. Bounded: the parser is paused while HIGH_WATER records wait.
 */
export async function* recordsThenError<T>(parser: Readable): AsyncGenerator<T> {
  const queue: T[] = [];
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  parser.on("data", (r: T) => {
    queue.push(r);
    if (queue.length >= HIGH_WATER) parser.pause();
    notify();
  });
  parser.once("end", () => {
    ended = true;
    notify();
  });
  parser.once("error", (err) => {
    failure = err;
    notify();
  });
  for (;;) {
    const next = queue.shift();
    if (next !== undefined) {
      if (queue.length < HIGH_WATER / 2 && parser.isPaused()) parser.resume();
      yield next;
      continue;
    }
    if (failure) throw failure;
    if (ended) return;
    if (parser.isPaused()) parser.resume();
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
  }
}

/** What csv-parse yields with `info: true`. */
export interface CsvRecord {
  record: string[];
  info: { lines: number };
}
