import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * Long CPU work on the request path (classifying a batch of mentions) shares one thread with every other
 * request. It yields between chunks so a health probe or a dashboard call waiting on the event loop is
 * answered between two chunks instead of after the whole batch, and a gate keeps only a few such jobs
 * in their CPU phase at once, so eight concurrent batches do not make every chunk wait behind seven
 * others.
 */
export const yieldToOthers = (): Promise<void> => nextTurn();

/**
 * A checkpoint for a long loop: awaiting it yields to the event loop once `ms` of work has passed since
 * the last yield, and is free otherwise. Background work (a detection round feeding thousands of
 * mentions) uses it so it never holds requests for longer than one slice.
 */
export function timeSlices(ms: number): () => Promise<void> | undefined {
  let start = performance.now();
  return () => {
    if (performance.now() - start <= ms) return undefined;
    return yieldToOthers().then(() => {
      start = performance.now();
    });
  };
}

export class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
