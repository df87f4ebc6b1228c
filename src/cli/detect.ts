import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { ZodError } from "zod";
import { canonicalTimeZone } from "../core/zoned-time.js";
import { parseDetectionConfig } from "../detection/detectors/config.js";
import { replayFile, toReplayLine } from "../detection/replay.js";

interface DetectFlags {
  replay?: string;
  config?: string;
  zone?: string;
  allKinds?: boolean;
  allPhases?: boolean;
  strict?: boolean;
}

/** How many skipped lines are named one by one before the rest are only counted. */
const NAMED_BAD_LINES = 20;

/**
 * Skips a line that cannot be replayed and says which and why on stderr (the first 20, then a count),
 * as `classify` answers a bad line with an error and goes on: one broken row of an export must not
 * cost the alerts of the whole file. `--strict` stops at the first instead.
 */
function badLineReport() {
  let skipped = 0;
  return {
    onBadLine: (err: Error) => {
      skipped++;
      if (skipped <= NAMED_BAD_LINES) process.stderr.write(`detect: ${err.message}; skipped\n`);
    },
    finish(replayed: number) {
      if (skipped === 0) return;
      process.stderr.write(
        `detect: ${skipped} line${skipped === 1 ? "" : "s"} skipped, ${replayed} replayed (--strict stops at the first bad line)\n`,
      );
      if (replayed === 0)
        throw new Error("no line could be replayed; each needs {id, text, created_at} as JSON (see --help)");
    },
  };
}

function oneLine(err: unknown): string {
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    return `${issue?.path.join(".") || "config"}: ${issue?.message ?? "invalid"}`;
  }
  const e = err as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return `no such file: ${e.path ?? ""}`;
  if (e?.code === "EISDIR") return `is a folder, not a file: ${e.path ?? ""}`;
  if (e?.code === "EACCES") return `cannot read: ${e.path ?? ""}`;
  return (err instanceof Error ? err.message : String(err)).split("\n")[0] ?? "failed";
}

/** Writes honouring backpressure, so a large replay piped into `head` or a file does not buffer it all. */
function write(text: string): Promise<void> {
  return process.stdout.write(text) ? Promise.resolve() : new Promise((r) => process.stdout.once("drain", r));
}

async function runDetect(flags: DetectFlags): Promise<void> {
  if (!flags.replay) throw new Error("give --replay FILE (live detection runs inside `firebreak start`)");
  const config = flags.config ? parseDetectionConfig(JSON.parse(readFileSync(flags.config, "utf8"))) : {};
  const opts = { allKinds: Boolean(flags.allKinds), allPhases: Boolean(flags.allPhases) };
  const zone = flags.zone === undefined ? undefined : canonicalTimeZone(flags.zone);
  if (zone === null) throw new Error(`--zone: "${flags.zone}" is not an IANA time zone (e.g. Europe/Warsaw)`);
  const started = performance.now();
  const bad = flags.strict ? undefined : badLineReport();
  let replayed = 0;
  for await (const alert of replayFile(flags.replay, {
    ...opts,
    config,
    ...(bad ? { onBadLine: bad.onBadLine } : {}),
    onDone: (n) => (replayed = n),
    ...(zone ? { zone } : {}),
    onProgress: (n) =>
      process.stderr.write(`detect: ${n} lines, ${Math.round((performance.now() - started) / 1000)} s\n`),
    progressEvery: 200_000,
    onCoarse: (sources) => {
      for (const { source, resolution, dated } of sources) {
        const who = source ? `source "${source}"` : "the file";
        process.stderr.write(
          dated !== undefined
            ? `detect: ${dated} line${dated === 1 ? "" : "s"} of ${who} carr${dated === 1 ? "ies" : "y"} a date without a time; those are tested as whole days\n`
            : `detect: ${who} is stamped to the ${resolution}; ${
                resolution === "day"
                  ? "its days are tested as whole days"
                  : "its mentions are spread evenly over each hour"
              }\n`,
        );
      }
    },
    onSorted: (n) =>
      process.stderr.write(
        `detect: the file is not oldest first; replaying its ${n} lines sorted by created_at\n`,
      ),
  })) {
    await write(`${JSON.stringify(toReplayLine(alert, opts))}\n`);
  }
  bad?.finish(replayed);
}

export function registerDetect(program: Command): void {
  program
    .command("detect")
    .description("replay a stream of mentions in data time through the detectors; alerts as JSON lines")
    .option(
      "--replay <file>",
      "JSON lines {id, text, created_at, source?, sentiment?, topics?}, oldest first (another order is sorted in memory)",
    )
    .option(
      "--config <file>",
      'detector settings as JSON, e.g. {"falseAlarmsPerWeek":0.5} (see docs/detection.md); defaults otherwise',
    )
    .option(
      "--zone <zone>",
      "the shop's IANA time zone, e.g. Europe/Warsaw: its rhythm is read on its clock (default UTC)",
    )
    .option("--all-kinds", "also print high_reach_negative and crisis_signal alerts")
    .option("--all-phases", "also print each episode's update and close steps")
    .option(
      "--strict",
      "stop at the first line that cannot be replayed (by default it is named on stderr and skipped)",
    )
    .addHelpText(
      "after",
      '\nOutput, one line per episode when it opens:\n  {"at":"2015-02-22T14:05:00Z","kind":"topic_spike","topic":"delivery","observed":41,"expected":6.3,"score":9.1}',
    )
    .action(async (flags: DetectFlags) => {
      try {
        await runDetect(flags);
      } catch (err) {
        process.stderr.write(`firebreak detect: ${oneLine(err)}\n`);
        process.exitCode = 1;
      }
    });
}
