import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Work nobody is waiting on (jobs: detection rounds, case rules, deliveries) runs its reads on a
 * connection of its own where the store has one (the server's SQLite threads), so a job reading
 * thousands of mentions never queues ahead of a person's page. Everything the callback awaits is
 * marked, however deep.
 */
const marked = new AsyncLocalStorage<true>();

export const inBackground = <T>(fn: () => Promise<T>): Promise<T> => marked.run(true, fn);

export const isBackground = (): boolean => marked.getStore() === true;
