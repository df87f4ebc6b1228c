import { startThread } from "../../core/thread.js";
import type { LearnOptions, LearnResult, SentimentExample } from "../../nlp/learn/train.js";
import type { LearnRequest } from "./learn-worker.js";

export interface ThreadResult {
  languages: LearnResult["languages"];
  labels: number;
  /** The stored form (firebreak-learned JSON), or null when no language earned a model. */
  model: string | null;
}

let threads = 0;
/** Training threads running in this process now. */
export const trainingThreads = () => threads;

/**
 * Runs `learnSentiment` in a worker thread and resolves with its result. From the sources (tests, tsx)
 * the worker is the .ts file loaded through tsx; from the build it is the compiled .js beside this one.
 */
export function learnInThread(rows: SentimentExample[], opts: LearnOptions): Promise<ThreadResult> {
  const data: LearnRequest = { rows, opts };
  return new Promise((resolve, reject) => {
    const worker = startThread(import.meta.url, "learn-worker", data);
    threads++;
    let answer: ThreadResult | null = null;
    let failure: Error | null = null;
    worker.once("message", (m: ThreadResult) => {
      answer = m;
    });
    worker.once("error", (err) => {
      failure = err;
    });
    // Settled when the thread is gone, so its memory is freed and the count is right when the caller goes on.
    worker.once("exit", (code) => {
      threads--;
      if (answer) resolve(answer);
      else
        reject(
          failure ?? new Error(`classifier training thread stopped (exit code ${code}) without a result`),
        );
    });
  });
}
