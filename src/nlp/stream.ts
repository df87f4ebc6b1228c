import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { classify } from "./index.js";

/**
 * One output line for one input line of `firebreak classify`. `languages`: the shop's, likeliest first
 * (`--languages`), for texts whose words do not decide their language.
 */
export function classifyLine(line: string, languages?: readonly string[]): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, error: "not valid JSON" });
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return JSON.stringify({ id: null, error: "expected a JSON object" });
  }
  const o = parsed as Record<string, unknown>;
  const id = o["id"] ?? null;
  if (typeof o["text"] !== "string") return JSON.stringify({ id, error: "missing text" });
  if (o["language"] !== undefined && o["language"] !== null && typeof o["language"] !== "string") {
    return JSON.stringify({ id, error: "language must be a string" });
  }
  const rating = typeof o["rating"] === "number" ? o["rating"] : undefined;
  const language = typeof o["language"] === "string" && o["language"] !== "" ? o["language"] : undefined;
  const c = classify({ text: o["text"], language, rating, languages });
  return JSON.stringify({ id, ...c });
}

export interface StreamCounts {
  lines: number;
  errors: number;
}

const FLUSH_AT = 64 * 1024;

/**
 * Reads JSON lines, writes one JSON line per input line in the same order. Output goes out in chunks
 * and waits for the consumer, so millions of lines run in constant memory.
 */
export async function classifyStream(
  input: Readable,
  output: Writable,
  languages?: readonly string[],
): Promise<StreamCounts> {
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let buf = "";
  let lines = 0;
  let errors = 0;
  const flush = async () => {
    if (buf === "") return;
    const chunk = buf;
    buf = "";
    if (!output.write(chunk)) await new Promise<void>((resolve) => output.once("drain", resolve));
  };
  for await (const line of rl) {
    const out = classifyLine(line, languages);
    if (out.includes('"error":')) errors++;
    buf += `${out}\n`;
    lines++;
    if (buf.length >= FLUSH_AT) await flush();
  }
  await flush();
  return { lines, errors };
}
