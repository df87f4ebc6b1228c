import { createReadStream, existsSync, statSync } from "node:fs";
import { extname } from "node:path";
import { Transform } from "node:stream";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import pino from "pino";
import { retryBusy } from "../db/driver.js";
import { type ImportOptions, parseMap, readMentions } from "../listening/import.js";
import type { MentionItem } from "../listening/schema.js";
import { REDACT_PATHS } from "../server/redact.js";
import { describeError, fail, withContext, withStoreOptions } from "./common.js";

interface ImportFlags {
  format?: string;
  source?: string;
  map?: string;
  workspace?: string;
  dataDir?: string;
  batch?: string;
}

const MAX_SHOWN_ERRORS = 100;
/**
 * Other domains react to new mentions (a case rule, say) by queueing a job from an event handler; the
 * handlers of the last batch need a moment to write before the store is closed under them.
 */
const SETTLE_MS = 500;

type Totals = { rows: number; accepted: number; duplicates: number; filtered: number; bad: number };

/** A progress bar on stderr fed by the bytes read, so it moves before the first batch lands. */
function startProgress(size: number, totals: Totals) {
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: "import |{bar}| {percentage}% | {rows} rows | {rate} rows/s | {bad} bad",
      noTTYOutput: true,
      notTTYSchedule: 5000,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const t0 = performance.now();
  const tick = () => {
    const s = (performance.now() - t0) / 1000;
    bar.update(bytes, {
      rows: totals.rows,
      bad: totals.bad,
      rate: s > 0 ? Math.round(totals.rows / s) : 0,
    });
  };
  bar.start(size, 0, { rows: 0, bad: 0, rate: 0 });
  return { counter, tick, bar, t0 };
}

export function registerImport(program: Command) {
  withStoreOptions(
    program
      .command("import")
      .description("import mentions from a CSV export of a listening tool or a JSON-lines file (streaming)")
      .argument("<file>")
      .option("--format <format>", "csv or jsonl (default: from the file name)")
      .option("--source <name>", "source name for every row (default: the file's source column, else import)")
      .option(
        "--map <col=field,...>",
        "map columns to fields: text, title, url, author, created_at, author_followers, external_id, source, language, rating",
      )
      .option("--workspace <slug>", "workspace (default: the first one)")
      .option("--batch <n>", "rows per transaction", "1000"),
  ).action(async (file: string, flags: ImportFlags) => {
    if (!existsSync(file)) fail(`no such file: ${file}`);
    const ext = extname(file).toLowerCase();
    const format = flags.format ?? ([".jsonl", ".ndjson", ".json"].includes(ext) ? "jsonl" : "csv");
    if (format !== "csv" && format !== "jsonl") fail("--format must be csv or jsonl");
    const batchSize = Number(flags.batch ?? 1000);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) fail("--batch must be 1 to 1000");
    let options: ImportOptions;
    try {
      options = { format, source: flags.source, map: parseMap(flags.map) };
    } catch (err) {
      fail(describeError(err));
    }

    // stdout carries the result as JSON; warnings go beside the progress bar on stderr.
    const logger = pino(
      { level: process.env["LOG_LEVEL"] ?? "warn", redact: { paths: REDACT_PATHS, censor: "[redacted]" } },
      pino.destination(2),
    );
    await withContext(
      flags,
      async (ctx) => {
        const accounts = ctx.services.accounts;
        const ws = flags.workspace
          ? await accounts.workspaceBySlug(flags.workspace)
          : await accounts.firstWorkspace();
        if (!ws) fail("the store has no workspace yet; run `firebreak start` once first");

        const totals = { rows: 0, accepted: 0, duplicates: 0, filtered: 0, bad: 0 };
        const { counter, tick, bar, t0 } = startProgress(statSync(file).size, totals);
        // A batch is one transaction: it lands whole or not at all. Beside a running server the store
        // can be busy for a moment; the batch is retried, and a retry of a batch that did land is
        // recognised by (source, external_id).
        const flush = async (batch: MentionItem[]) => {
          const r = await retryBusy(() => ctx.services.listening.ingest(ws.id, batch));
          totals.accepted += r.accepted;
          totals.duplicates += r.duplicates;
          totals.filtered += r.filtered;
        };

        let batch: MentionItem[] = [];
        try {
          for await (const rec of readMentions(createReadStream(file).pipe(counter), options)) {
            totals.rows++;
            if ("error" in rec) {
              totals.bad++;
              if (totals.bad <= MAX_SHOWN_ERRORS) {
                // Clear the bar's line first; it redraws itself on the next update.
                process.stderr.write(
                  `${process.stderr.isTTY ? "\r\x1b[K" : ""}line ${rec.line}: ${rec.error}\n`,
                );
              }
              continue;
            }
            batch.push(rec.item);
            if (batch.length >= batchSize) {
              await flush(batch);
              batch = [];
              tick();
            }
          }
          if (batch.length) await flush(batch);
          await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        } finally {
          tick();
          bar.stop();
        }
        if (totals.bad > MAX_SHOWN_ERRORS) {
          process.stderr.write(`… and ${totals.bad - MAX_SHOWN_ERRORS} more bad rows\n`);
        }
        const seconds = (performance.now() - t0) / 1000;
        process.stderr.write(
          `imported ${totals.accepted} of ${totals.rows} rows (${totals.duplicates} already known, ${totals.filtered} not about the brand, ${totals.bad} bad)\n`,
        );
        process.stdout.write(
          `${JSON.stringify({ ...totals, seconds: Math.round(seconds * 10) / 10, rows_per_s: Math.round(totals.rows / seconds) })}\n`,
        );
        if (totals.rows > 0 && totals.bad === totals.rows) fail("no row could be imported");
      },
      { logger },
    );
  });
}
