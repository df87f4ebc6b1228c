import { readFileSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { z } from "zod";
import { systemClock } from "../core/clock.js";
import { LANGUAGES, type Language } from "../core/lang.js";
import { loadAnyModelFile, setSentimentModel } from "../nlp/index.js";
import { learnedToJson } from "../nlp/learn/model.js";
import { learnSentiment, type SentimentExample } from "../nlp/learn/train.js";
import { classifyStream } from "../nlp/stream.js";
import { parseLabelled } from "../nlp/train.js";

interface ClassifyFlags {
  quiet?: boolean;
  model?: string;
  train?: string;
  out?: string;
  language?: string;
  languages?: string;
}

const languageList = z.array(z.enum(LANGUAGES)).min(1);

/** `--languages de,en`: the shop's languages, likeliest first. */
export function parseLanguages(flag: string): Language[] {
  const list = flag
    .split(",")
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const r = languageList.safeParse(list);
  if (!r.success) throw new Error(`--languages: a comma-separated list of ${LANGUAGES.join(", ")}`);
  return r.data;
}

function train(flags: ClassifyFlags & { train: string }): void {
  if (!flags.out) throw new Error("--train needs --out FILE for the model");
  const { rows, skipped } = parseLabelled(readFileSync(flags.train, "utf8"), flags.language);
  for (const s of skipped.slice(0, 20)) process.stderr.write(`classify: ${flags.train}: ${s}\n`);
  if (skipped.length > 20) process.stderr.write(`classify: … and ${skipped.length - 20} more bad lines\n`);
  if (rows.length === 0) throw new Error(`${flags.train}: no labelled lines to learn from`);
  // The same learner, guard and figures as a workspace's model (src/nlp/learn, docs/classification.md).
  const examples: SentimentExample[] = rows.map((r) => ({
    text: r.text,
    language: r.language,
    sentiment: r.label === "ambiguous" ? "neutral" : (r.label as SentimentExample["sentiment"]),
  }));
  // No app here: a command run by hand stamps the model with the system clock.
  const version = `file-${systemClock.now().toISOString()}`;
  const result = learnSentiment(examples, { version, trainedOn: `${flags.train} (${rows.length} lines)` });
  for (const [code, l] of Object.entries(result.languages)) {
    const figures =
      l.macro_f1 === null ? "" : ` macro-F1 ${l.macro_f1} against shipped ${l.shipped_macro_f1};`;
    if (!flags.quiet || !l.active)
      process.stderr.write(
        `classify: ${code}: ${l.labels} labels;${figures} ${l.active ? "learnt" : l.reason}\n`,
      );
  }
  if (result.model.languages.size === 0)
    throw new Error("no language learnt a model better than the shipped one");
  writeFileSync(flags.out, learnedToJson(result.model));
  if (!flags.quiet) process.stderr.write(`classify: wrote ${flags.out}\n`);
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
    .option(
      "--languages <codes>",
      "the shop's languages, likeliest first (e.g. de,en): they decide the language of a text whose words do not",
    )
    .action(async (flags: ClassifyFlags) => {
      try {
        if (flags.train) {
          train({ ...flags, train: flags.train });
          return;
        }
        if (flags.model) setSentimentModel(loadAnyModelFile(flags.model));
        const languages = flags.languages ? parseLanguages(flags.languages) : undefined;
        const counts = await classifyStream(process.stdin, process.stdout, languages);
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
