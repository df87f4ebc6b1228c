import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { LearnOptions, LearnResult, SentimentExample } from "../../nlp/learn/train.js";
import type { LearnRequest } from "./learn-worker.js";

export interface ThreadResult {
  languages: LearnResult["languages"];
  labels: number;
  /** The stored form (firebreak-learned JSON), or null when no language earned a model. */
  model: string | null;
}

/**
 * Where tsx's ESM API lives, resolved from this file (an eval'd worker resolves bare names from the
 * working directory, which need not hold tsx). Only for running from the sources: the build needs none.
 */
function tsxApi(): string {
  const pkgPath = createRequire(import.meta.url).resolve("tsx/package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  const entry = pkg.exports["./esm/api"]?.import?.default;
  if (!entry) throw new Error("tsx has no ESM API to load the training thread from the sources");
  return new URL(entry, pathToFileURL(pkgPath)).href;
}

let threads = 0;
/** Training threads running in this process now. */
export const trainingThreads = () => threads;

/**
 * Runs `learnSentiment` in a worker thread and resolves with its result. From the sources (tests, tsx)
 * the worker is the .ts file loaded through tsx; from the build it is the compiled .js beside this one.
 */
export function learnInThread(rows: SentimentExample[], opts: LearnOptions): Promise<ThreadResult> {
  const fromSource = import.meta.url.endsWith(".ts");
  const file = new URL(`./learn-worker.${fromSource ? "ts" : "js"}`, import.meta.url);
  const data: LearnRequest = { rows, opts };
  return new Promise((resolve, reject) => {
    // Node 20 does not apply `--import tsx` to a worker's entry file: the worker registers tsx itself.
    const worker = fromSource
      ? new Worker(
          `import(${JSON.stringify(tsxApi())}).then((t) => { t.register(); return import(${JSON.stringify(file.href)}); });`,
          { eval: true, workerData: data },
        )
      : new Worker(file, { workerData: data });
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
