import type { Command } from "commander";
import { classifyStream } from "../nlp/stream.js";

export function registerClassify(program: Command): void {
  program
    .command("classify")
    .description(
      "read JSON lines {id, text, language?, rating?} on stdin; write one JSON line per input line on stdout " +
        "{id, language, sentiment, score, complaint, topics} in the same order ({id, error} for a bad line)",
    )
    .option("--quiet", "no summary on stderr")
    .action(async (flags: { quiet?: boolean }) => {
      try {
        const counts = await classifyStream(process.stdin, process.stdout);
        if (!flags.quiet) process.stderr.write(`classify: ${counts.lines} lines, ${counts.errors} errors\n`);
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        // The reader went away (`| head`): what was asked for has been written.
        if (e?.code === "EPIPE") return;
        process.stderr.write(`firebreak: classify: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 1;
      }
    });
}
