import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import type { SlashedOrder } from "../core/dates.js";

/**
 * How a CSV file is written, read off its first 64 KB: the delimiter (a spreadsheet saved as CSV in a
 * German, French, Italian, Spanish or Polish locale separates with ";", many exports with a tab) and
 * whether its slashed dates put the day first ("05/03/2024" for 5 March in a French export).
 */
export interface CsvDialect {
  delimiter: string;
  slashed: SlashedOrder;
}

const HEAD_BYTES = 64 * 1024;
const CANDIDATES = [",", ";", "\t", "|"];
const SLASHED = /^\s*(\d{1,2})\/(\d{1,2})\/\d{4}\b/;

/**
 * The delimiter under which the head holds a header row (`isHeader`: the date column's index, -1 for a
 * header without one, null for a row that is no header) and the
 * most rows of that header's width; "," when none does, so the caller's own error about the missing
 * header still speaks. A slashed date whose first number is over 12 shows the file writes the day first,
 * one whose second is shows the month first; when the head shows neither, a ";" file (a European
 * locale's spreadsheet) is read day first and any other month first, as before.
 */
export function sniffCsv(head: string, isHeader: (row: string[]) => number | null): CsvDialect {
  let best = { delimiter: ",", score: -1, dateColumn: null as number | null, rows: [] as string[][] };
  for (const delimiter of CANDIDATES) {
    const rows = rowsOf(head, delimiter);
    const header = firstHeader(rows, isHeader);
    if (!header) continue;
    const { at, dateColumn } = header;
    const width = (rows[at] as string[]).length;
    const body = rows.slice(at + 1);
    const score = body.filter((r) => r.length === width).length + 1;
    if (score > best.score) best = { delimiter, score, dateColumn, rows: body };
  }
  return { delimiter: best.delimiter, slashed: slashedOrder(best.rows, best.dateColumn, best.delimiter) };
}

function firstHeader(rows: string[][], isHeader: (row: string[]) => number | null) {
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at] as string[];
    const dateColumn = row.length > 1 ? isHeader(row) : null;
    if (dateColumn !== null) return { at, dateColumn };
  }
  return null;
}

function rowsOf(head: string, delimiter: string): string[][] {
  // The head is cut anywhere: its last line may be half a row, or end inside a quoted field that spans
  // lines (a post with line breaks), which the parser refuses; shorter heads, each ending at a line's
  // end, are tried until one parses.
  let cut = head.lastIndexOf("\n");
  for (let tries = 0; tries < 8 && cut > 0; tries++) {
    try {
      return parse(head.slice(0, cut), {
        delimiter,
        bom: true,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
      }) as string[][];
    } catch {
      cut = head.lastIndexOf("\n", Math.floor(cut * 0.7));
    }
  }
  return [];
}

function slashedOrder(rows: string[][], column: number | null, delimiter: string): SlashedOrder {
  if (column !== null && column >= 0)
    for (const r of rows) {
      const m = SLASHED.exec(r[column] ?? "");
      if (!m) continue;
      if (Number(m[1]) > 12) return "day";
      if (Number(m[2]) > 12) return "month";
    }
  return delimiter === ";" ? "day" : "month";
}

/** The first `HEAD_BYTES` of a stream, and a stream that yields the whole of it again from the start. */
export async function peek(input: Readable): Promise<{ head: string; whole: Readable }> {
  const it = input[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD_BYTES) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(String(r.value));
    chunks.push(chunk);
    size += chunk.length;
  }
  async function* again() {
    yield* chunks;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value as Buffer;
  }
  return {
    head: Buffer.concat(chunks).toString("utf8"),
    whole: Readable.from(again(), { objectMode: false }),
  };
}
