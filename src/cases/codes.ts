import { randomInt } from "node:crypto";

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

/** One CSV cell: quoted, and a leading = + - @ neutralised so a spreadsheet does not run it. */
export function csvCell(v: string | number | null): string {
  if (v === null) return "";
  let s = String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) || s !== String(v) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvLine = (cells: (string | number | null)[]) => `${cells.map(csvCell).join(",")}\r\n`;
