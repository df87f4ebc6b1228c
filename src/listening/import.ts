import { createHash } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import { parseCount, parseRating } from "../core/counts.js";
import { parseDate, type SlashedOrder } from "../core/dates.js";
import { peek, sniffCsv } from "./csv-dialect.js";
import { type CsvRecord, recordsThenError } from "./csv-records.js";
import { ALIASES } from "./import-aliases.js";
import { flatten } from "./import-json.js";
import { languageCode } from "./import-languages.js";
import { fold } from "./normalize.js";
import { type MentionItem, mentionInput } from "./schema.js";

export type ImportField =
  | "text"
  | "title"
  | "url"
  | "author"
  | "created_at"
  | "author_followers"
  | "external_id"
  | "source"
  | "language"
  | "rating"
  /** The hour when the date is in a column of its own (Brand24, Meltwater). */
  | "time";

const FIELDS = Object.keys(ALIASES) as ImportField[];
const FIELD_NAMES = new Set<string>(FIELDS);

export interface ImportOptions {
  format: "csv" | "jsonl";
  /** Names the source of every row (default: the file's source column, else "import"). */
  source?: string | undefined;
  /** Explicit column → field mapping, e.g. { "Body Copy": "text" }. */
  map?: Record<string, string>;
  /** Whether "05/03/2024" is 3 May or 5 March: read off a CSV file's own dates (csv-dialect.ts). */
  slashed?: SlashedOrder;
}

export type ImportRecord = { line: number; item: MentionItem } | { line: number; error: string };

/** "Body Copy=text,Who=author" → { "Body Copy": "text", Who: "author" }; throws on unknown fields. */
export function parseMap(spec: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (spec ?? "").split(",")) {
    if (!part.trim()) continue;
    const eq = part.lastIndexOf("=");
    let col = part.slice(0, eq).trim();
    let field = part.slice(eq + 1).trim();
    // Both orders read naturally: "Who=author" and "author=consumer.displayName".
    if (!FIELD_NAMES.has(field) && FIELD_NAMES.has(col)) [col, field] = [field, col];
    if (eq < 1 || !col || !FIELD_NAMES.has(field)) {
      throw new Error(
        `--map: "${part}" must be column=field (or field=column; a dotted path for nested JSON) with field one of ${FIELDS.join(", ")}`,
      );
    }
    out[col] = field;
  }
  return out;
}

/** Which column index holds each field, from a header row; null when the row is not a header. */
export function mapHeader(
  header: string[],
  map: Record<string, string> = {},
): Map<ImportField, number> | null {
  const folded = header.map((h) => fold(h.trim()));
  const found = new Map<ImportField, number>();
  const explicit = new Map(Object.entries(map).map(([c, f]) => [fold(c.trim()), f as ImportField]));
  folded.forEach((h, i) => {
    const f = explicit.get(h);
    if (f) found.set(f, i);
  });
  for (const field of FIELDS) {
    if (found.has(field)) continue;
    for (const alias of ALIASES[field]) {
      const i = folded.indexOf(alias);
      if (i >= 0 && ![...found.values()].includes(i)) {
        found.set(field, i);
        break;
      }
    }
  }
  return found.has("text") || found.has("title") ? found : null;
}

type Raw = Partial<Record<ImportField, unknown>>;

const HOUR = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i;

/** A date in one column and the hour in another become one time; a full time in "Time" stands alone. */
export function withHour(date: string, time: string): string {
  const h = HOUR.exec(time);
  if (!time) return date;
  if (!date) return h ? "" : time;
  if (!h || /\d{1,2}:\d{2}/.test(date)) return date;
  let hour = Number(h[1]) % 24;
  const pm = (h[4] ?? "").toLowerCase().startsWith("p");
  if (h[4]) hour = (hour % 12) + (pm ? 12 : 0);
  const hh = String(hour).padStart(2, "0");
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(date);
  return `${date}${iso ? "T" : " "}${hh}:${h[2] ?? "00"}:${h[3] ?? "00"}${iso ? "Z" : ""}`;
}

function toItem(raw: Raw, opts: ImportOptions): ReturnType<typeof mentionInput.safeParse> {
  const str = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());
  const title = str(raw.title);
  const body = str(raw.text);
  const text = title && body && !body.startsWith(title) ? `${title} — ${body}` : body || title;
  const url = str(raw.url) || null;
  const author = str(raw.author) || null;
  const created = withHour(str(raw.created_at), str(raw.time));
  const createdAt = created ? parseDate(created, opts.slashed) : null;
  const followers =
    typeof raw.author_followers === "number" ? raw.author_followers : parseCount(str(raw.author_followers));
  const rating = parseRating(raw.rating);
  // Without an id, the url, else the content itself: importing the same file twice doubles nothing.
  const id =
    str(raw.external_id) ||
    url ||
    (text
      ? createHash("sha1")
          .update(`${text}\u0000${author ?? ""}\u0000${createdAt ?? ""}`)
          .digest("hex")
      : "");
  return mentionInput.safeParse({
    source: opts.source ?? (str(raw.source) || "import"),
    external_id: id,
    text,
    created_at: createdAt,
    url,
    author,
    author_followers: followers ?? null,
    rating: rating ?? null,
    language: languageCode(str(raw.language)),
  });
}

function result(line: number, parsed: ReturnType<typeof mentionInput.safeParse>): ImportRecord {
  if (parsed.success) return { line, item: parsed.data };
  const issue = parsed.error.issues[0];
  return { line, error: `${issue?.path.join(".") || "row"}: ${issue?.message ?? "invalid"}` };
}

const NO_HEADER = "no header row with a text column in the first 20 rows; name one with --map COLUMN=text";

/** Reads CSV rows one at a time; the first row that names a text column is the header (Brandwatch
 * puts a few lines of report details above it). */
async function* readCsv(input: Readable, opts: ImportOptions): AsyncGenerator<ImportRecord> {
  const { head, whole } = await peek(input);
  const dialect = sniffCsv(head, (row) => {
    const columns = mapHeader(row, opts.map);
    return columns ? (columns.get("created_at") ?? -1) : null;
  });
  const withDialect = { ...opts, slashed: dialect.slashed };
  const parser = whole.pipe(
    parse({
      delimiter: dialect.delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      trim: false,
    }),
  );
  let columns: Map<ImportField, number> | null = null;
  let scanned = 0;
  for await (const { record, info } of recordsThenError<CsvRecord>(parser)) {
    if (!columns) {
      columns = mapHeader(record, opts.map);
      if (!columns && ++scanned > 20) {
        throw new Error(NO_HEADER);
      }
      continue;
    }
    const raw: Raw = {};
    for (const [field, i] of columns) raw[field] = record[i];
    yield result(info.lines, toItem(raw, withDialect));
  }
  // A short file whose header names no text column would otherwise import nothing without a word.
  if (!columns && scanned > 0) throw new Error(NO_HEADER);
}

async function* readJsonl(input: Readable, opts: ImportOptions): AsyncGenerator<ImportRecord> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  // Objects of one file share their keys; work out the mapping once per distinct key set.
  const mappings = new Map<string, Map<string, ImportField>>();
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      yield { line: n, error: "not valid JSON" };
      continue;
    }
    if (!obj || typeof obj !== "object" || Array.isArray(obj)) {
      yield { line: n, error: "not a JSON object" };
      continue;
    }
    const rec = flatten(obj as Record<string, unknown>);
    const keys = Object.keys(rec);
    const signature = keys.join("\u0000");
    let columns = mappings.get(signature);
    if (!columns) {
      const header = mapHeader(keys, opts.map) ?? new Map();
      columns = new Map([...header].map(([field, i]) => [keys[i] as string, field]));
      if (mappings.size < 1000) mappings.set(signature, columns);
    }
    const raw: Raw = {};
    for (const [key, field] of columns) if (key in rec) raw[field] = rec[key];
    yield result(n, toItem(raw, opts));
  }
}

export function readMentions(input: Readable, opts: ImportOptions): AsyncGenerator<ImportRecord> {
  return opts.format === "jsonl" ? readJsonl(input, opts) : readCsv(input, opts);
}
