import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { ZodError } from "zod";
import type { DetectionConfigInput } from "./detectors/config.js";
import { DetectionEngine } from "./detectors/engine.js";
import { mentionInputSchema, toMentionEvent } from "./detectors/mention.js";
import { type Alert, SPIKE_KINDS } from "./detectors/types.js";
import { oneLinePerRise } from "./replay-collapse.js";
import { inOurNames } from "./replay-fields.js";
import { type CoarseStamps, Held, Spreader, StampSurvey, timeOf } from "./replay-stamps.js";

export interface ReplayOptions {
  config?: DetectionConfigInput;
  /** The shop's IANA zone: the rhythm's hours are read on its clock, as the live service does. UTC if absent. */
  zone?: string;
  /** Also yield `high_reach_negative` and `crisis_signal` (the contract's output has the spike kinds). */
  allKinds?: boolean;
  /** Also yield the `update` and `close` steps of each episode. */
  allPhases?: boolean;
  /** Called every `progressEvery` lines with the count so far (progress goes to stderr, not stdout). */
  onProgress?: (lines: number) => void;
  progressEvery?: number;
  /** The file's line number of the n-th line handed over, when they were reordered. */
  lineNumber?: (n: number) => number;
  /** What a first reading learned of each source's stamps: coarse ones are spread over their unit. */
  stamps?: StampSurvey;
  /**
   * A line that cannot be replayed is handed here and skipped, the rest replayed; without it the replay
   * stops at that line. Real exports carry the odd broken row, which should not cost the whole file.
   */
  onBadLine?: (err: ReplayLineError) => void;
  /** Called once at the end with the number of mentions replayed (copies of a line and bad lines left out). */
  onDone?: (replayed: number) => void;
}

/** A line of the input that cannot be replayed; `line` is 1-based. */
export class ReplayLineError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = "ReplayLineError";
  }
}

function reasonOf(err: unknown): string {
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    return `${issue?.path.join(".") || "mention"}: ${issue?.message ?? "invalid"}`;
  }
  return err instanceof Error ? err.message : String(err);
}

/**
 * Replays mentions (JSON lines, data-time order) through the detectors. The same engine and the same
 * calls as the live service: one `push` per mention; bucket ends are closed as data time passes them.
 */
export async function* replayLines(
  lines: AsyncIterable<string> | Iterable<string>,
  opts: ReplayOptions = {},
): AsyncGenerator<Alert> {
  const engine = new DetectionEngine(opts.config ?? {}, opts.zone ? { zone: opts.zone } : {});
  const signals = Boolean(opts.allKinds) && engine.config.crisisSignal.enabled;
  const wanted = (a: Alert) =>
    (opts.allPhases || a.phase === "open") &&
    (opts.allKinds || (SPIKE_KINDS as readonly string[]).includes(a.kind));
  const printed = opts.allPhases ? () => true : oneLinePerRise();
  const out = (a: Alert) => printed(a) && wanted(a);
  let n = 0;
  let replayed = 0;
  // The live service stores a mention once per source and id, so a copy of a line counts once here too.
  const seen = new Set<string>();
  const held = new Held();
  const spreader = new Spreader(opts.stamps?.rhythm());
  for await (const raw of lines) {
    n++;
    if (opts.onProgress && n % (opts.progressEvery ?? 100_000) === 0) opts.onProgress(n);
    const line = raw.trim();
    if (line === "") continue;
    let event: ReturnType<typeof toMentionEvent>;
    try {
      event = toMentionEvent(mentionInputSchema.parse(JSON.parse(line)), { signals });
    } catch (err) {
      const at = opts.lineNumber?.(n) ?? n;
      const bad = new ReplayLineError(at, err instanceof SyntaxError ? "not valid JSON" : reasonOf(err));
      if (!opts.onBadLine) throw bad;
      opts.onBadLine(bad);
      continue;
    }
    const key = `${event.source ?? ""}\u0000${event.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    replayed++;
    const t = Date.parse(event.at);
    const spread = opts.stamps?.spreadOf(line, event.source ?? "", t);
    if (spread) {
      // The day is what the source said: tested as a day (detectors/daily.ts), wherever it is spread.
      if (spread.unitMs === 86_400_000) event.stampedDay = event.at;
      held.hold(
        `${event.source ?? ""}\u0000${spread.unitMs}`,
        spreader.timeFor(event.source ?? "", t, spread),
        event,
      );
      if (n % 10_000 === 0) spreader.forget(t);
      continue;
    }
    for (const e of held.release(t)) for (const a of engine.push(e)) if (out(a)) yield a;
    for (const a of engine.push(event)) if (out(a)) yield a;
  }
  for (const e of held.release(Number.POSITIVE_INFINITY)) for (const a of engine.push(e)) if (out(a)) yield a;
  // The live timer would close the last bucket at its end; so does the replay.
  const now = engine.now;
  if (now) {
    const b = engine.config.bucketMinutes * 60_000;
    for (const a of engine.advance(Math.floor(now.getTime() / b) * b + b)) if (out(a)) yield a;
  }
  opts.onDone?.(replayed);
}

async function* fileLines(path: string): AsyncGenerator<string> {
  const stream = createReadStream(path, { encoding: "utf8" });
  // Surface a missing or unreadable file before the first line is awaited.
  await new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", reject);
  });
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    yield* rl;
  } finally {
    rl.close();
    stream.destroy();
  }
}

type Lines = () => AsyncIterable<string> | Iterable<string>;

/**
 * The file's records as lines: JSON lines as they are read, or the items of a JSON array (many exports
 * write one), each as a line of its own and numbered as one.
 */
async function recordsOf(path: string): Promise<Lines> {
  const handle = await open(path);
  let head: string;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
    head = buffer
      .toString("utf8", 0, bytesRead)
      .replace(/^\uFEFF/, "")
      .trimStart();
  } finally {
    await handle.close();
  }
  if (!head.startsWith("[")) return () => named(fileLines(path));
  let items: unknown;
  try {
    items = JSON.parse((await readFile(path, "utf8")).replace(/^\uFEFF/, ""));
  } catch {
    throw new ReplayLineError(
      1,
      "the file starts like a JSON array but is not valid JSON; give JSON lines, one mention per line",
    );
  }
  const lines = (Array.isArray(items) ? items : [items]).map((item, i) =>
    inOurNames(JSON.stringify(item), i + 1),
  );
  return () => lines;
}

async function* named(lines: AsyncIterable<string>): AsyncGenerator<string> {
  let n = 0;
  for await (const line of lines) yield inOurNames(line, ++n);
}

/** One pass over the file: whether it is oldest first, and what its sources' stamps look like. */
async function surveyFile(records: Lines): Promise<{ inOrder: boolean; stamps: StampSurvey }> {
  const stamps = new StampSurvey();
  let last = Number.NEGATIVE_INFINITY;
  let inOrder = true;
  for await (const line of records()) {
    const t = stamps.note(line);
    if (t < last) inOrder = false;
    if (t > last) last = t;
  }
  return { inOrder, stamps };
}

/**
 * A file not in time order, oldest first, with each line's number in the file. Lines without a readable
 * time keep their place after the line before them, so the replay still stops on them by number.
 */
async function sortedLines(records: Lines): Promise<{ lines: string[]; numbers: number[] }> {
  const keyed: { line: string; n: number; t: number }[] = [];
  let carry = Number.NEGATIVE_INFINITY;
  for await (const line of records()) {
    const t = timeOf(line);
    if (!Number.isNaN(t)) carry = t;
    keyed.push({ line, n: keyed.length + 1, t: carry });
  }
  keyed.sort((a, b) => a.t - b.t || a.n - b.n);
  return { lines: keyed.map((k) => k.line), numbers: keyed.map((k) => k.n) };
}

/**
 * A stream is counted in data time, so a file in another order (exports are often newest first) would
 * count everything at its first line's time. Such a file is sorted in memory (stably: equal times keep
 * their order) and `onSorted` says so; a file already in order streams as it is read.
 */
export async function* replayFile(
  path: string,
  opts: ReplayOptions & {
    onSorted?: (lines: number) => void;
    onCoarse?: (sources: CoarseStamps[]) => void;
  } = {},
): AsyncGenerator<Alert> {
  const records = await recordsOf(path);
  const { inOrder, stamps } = await surveyFile(records);
  const coarse = stamps.coarse();
  if (coarse.length > 0) opts.onCoarse?.(coarse);
  if (inOrder) {
    yield* replayLines(records(), { ...opts, stamps });
    return;
  }
  const { lines, numbers } = await sortedLines(records);
  opts.onSorted?.(lines.length);
  yield* replayLines(lines, { ...opts, stamps, lineNumber: (i) => numbers[i - 1] ?? i });
}

const isoSeconds = (iso: string) => iso.replace(/\.\d{3}Z$/, "Z");
const round1 = (x: number) => Math.round(x * 10) / 10;

/** The contract's line: `{"at","kind","topic"?,"source"?,"observed","expected","score"}`, plus extras for the options. */
export function toReplayLine(a: Alert, opts: Pick<ReplayOptions, "allKinds" | "allPhases"> = {}) {
  const out: Record<string, unknown> = { at: isoSeconds(a.at), kind: a.kind };
  if (a.topic !== undefined) out["topic"] = a.topic;
  if (a.source !== undefined) out["source"] = a.source;
  out["observed"] = a.observed;
  out["expected"] = round1(a.expected);
  out["score"] = round1(a.score);
  if (opts.allKinds) {
    if (a.signal !== undefined) out["signal"] = a.signal;
    if (a.author !== undefined) out["author"] = a.author;
    if (a.mentionId !== undefined) out["mention_id"] = a.mentionId;
  }
  if (opts.allPhases) {
    out["phase"] = a.phase;
    out["episode"] = a.episodeId;
  }
  return out;
}
