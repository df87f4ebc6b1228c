import { readFileSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { setSentimentModel } from "../nlp/index.js";
import { loadModelFile, modelToJson } from "../nlp/model.js";
import { classifyStream } from "../nlp/stream.js";
import { parseLabelled, trainModel } from "../nlp/train.js";

interface ClassifyFlags {
  quiet?: boolean;
  model?: string;
  train?: string;
  out?: string;
  language?: string;
}

function train(flags: ClassifyFlags & { train: string }): void {
  if (!flags.out) throw new Error("--train needs --out FILE for the model");
  const { rows, skipped } = parseLabelled(readFileSync(flags.train, "utf8"), flags.language);
  for (const s of skipped.slice(0, 20)) process.stderr.write(`classify: ${flags.train}: ${s}\n`);
  if (skipped.length > 20) process.stderr.write(`classify: … and ${skipped.length - 20} more bad lines\n`);
  if (rows.length === 0) throw new Error(`${flags.train}: no labelled lines to learn from`);
  const model = trainModel(rows, { trainedOn: `${flags.train} (${rows.length} lines)` });
  if (model.languages.size === 0) throw new Error("need at least 20 labelled lines in one language");
  writeFileSync(flags.out, modelToJson(model));
  if (!flags.quiet) {
    const per = [...model.languages].map(([code, m]) => `${code} ${m.weights.size} features`).join(", ");
    process.stderr.write(`classify: trained on ${rows.length} lines (${per}); wrote ${flags.out}\n`);
  }
}

export function registerClassify(program: Command): void {
  program
    .command("classify")
    .description(
      "read JSON lines {id, text, language?, rating?} on stdin; write one JSON line per input line on stdout " +
        "{id, language, sentiment, score, complaint, topics} in the same order ({id, error} for a bad line)",
    )
    .option("--quiet", "no summary on stderr")
    .option(
      "--model <file>",
      "trained sentiment model to use (default: FIREBREAK_NLP_MODEL, else lexicons only)",
    )
    .option(
      "--train <file>",
      "instead of classifying: learn a sentiment model from labelled JSON lines {text, label, language?}",
    )
    .option("--out <file>", "with --train: where to write the model")
    .option("--language <code>", "with --train: language of lines that do not say")
    .action(async (flags: ClassifyFlags) => {
      try {
        if (flags.train) {
          train({ ...flags, train: flags.train });
          return;
        }
        if (flags.model) setSentimentModel(loadModelFile(flags.model));
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
