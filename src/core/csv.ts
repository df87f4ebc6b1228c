import { stringify } from "csv-stringify/sync";

export type CsvCell = string | number | null | undefined;

// A spreadsheet runs a cell that starts like this as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV for spreadsheets: RFC 4180 quoting by csv-stringify, and text cells that start like a formula
 * prefixed with `'` (and quoted), so opening an export never runs what a customer typed. Numbers stay
 * numbers (a negative amount is not a formula); null and undefined are empty cells.
 */
export function toCsv(rows: CsvCell[][], options: { eol?: "\n" | "\r\n" } = {}): string {
  return stringify(rows, {
    record_delimiter: options.eol === "\r\n" ? "windows" : "unix",
    cast: {
      string: (value) => (FORMULA_START.test(value) ? { value: `'${value}`, quoted: true } : value),
    },
  });
}
