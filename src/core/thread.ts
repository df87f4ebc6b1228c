import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

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
  if (!entry) throw new Error("tsx has no ESM API to load a worker thread from the sources");
  return new URL(entry, pathToFileURL(pkgPath)).href;
}

/**
 * Starts the worker thread whose entry is `name` (without extension) beside `importMetaUrl`. From the
 * sources (tests, tsx) that is the .ts file loaded through tsx; from the build, the compiled .js.
 */
export function startThread(importMetaUrl: string, name: string, workerData: unknown): Worker {
  const fromSource = importMetaUrl.endsWith(".ts");
  const file = new URL(`./${name}.${fromSource ? "ts" : "js"}`, importMetaUrl);
  // Node 20 does not apply `--import tsx` to a worker's entry file: the worker registers tsx itself.
  return fromSource
    ? new Worker(
        `import(${JSON.stringify(tsxApi())}).then((t) => { t.register(); return import(${JSON.stringify(file.href)}); });`,
        { eval: true, workerData },
      )
    : new Worker(file, { workerData });
}
