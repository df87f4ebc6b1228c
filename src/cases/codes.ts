import { randomInt } from "node:crypto";
import { type CsvCell, toCsv } from "../core/csv.js";

// No 0/O, 1/I/L: codes are read aloud and typed from screenshots.
const LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ";
const DIGITS = "23456789";
const EITHER = LETTERS + DIGITS;

const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)] as string;

/**
 * A discount code in the shop's format: text outside braces is literal; inside, X is a letter, 9 a
 * digit, A either (e.g. `SORRY-{XXXX}-{9999}` → `SORRY-KQTM-4827`). Random from the CSPRNG, so codes
 * cannot be guessed from one another.
 */
export function generateCode(pattern: string): string {
  return pattern.replace(/\{([XA9]+)\}/g, (_, slots: string) =>
    [...slots].map((s) => pick(s === "X" ? LETTERS : s === "9" ? DIGITS : EITHER)).join(""),
  );
}

/** One CSV record for the codes export (CRLF, as spreadsheets expect); toCsv defuses formula-like cells. */
export const csvLine = (cells: CsvCell[]) => toCsv([cells], { eol: "\r\n" });
