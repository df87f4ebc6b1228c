const MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");

/**
 * Dates as exports and feeds write them: ISO 8601 (a date and time without an offset is UTC, not the
 * server's own zone, so a file reads the same on every machine), epoch seconds or milliseconds,
 * "2024-01-15 10:23:45.0", "15-Jan-2024 10:23AM". Anything else that Date.parse reads; otherwise the
 * input comes back unchanged, for the caller's validation to refuse with the field's name.
 */
export function parseDate(raw: string): string {
  const s = raw.trim();
  if (/^\d{9,13}(\.\d+)?$/.test(s)) {
    const n = Number(s);
    return new Date(n < 1e11 ? n * 1000 : n).toISOString();
  }
  const sql = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?$/.exec(s);
  if (sql) return new Date(`${sql[1]}T${sql[2]}${sql[3] ?? ""}Z`).toISOString();
  const mw = /^(\d{1,2})-([a-z]{3})-(\d{4})\s+(\d{1,2}):(\d{2})\s*([ap]m)?$/i.exec(s);
  if (mw) {
    const month = MONTHS.indexOf((mw[2] ?? "").toLowerCase());
    let hour = Number(mw[4]) % 12;
    if ((mw[6] ?? "").toLowerCase() === "pm") hour += 12;
    else if (!mw[6]) hour = Number(mw[4]);
    return new Date(Date.UTC(Number(mw[3]), month, Number(mw[1]), hour, Number(mw[5]))).toISOString();
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? s : new Date(t).toISOString();
}
