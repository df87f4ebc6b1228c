const MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");

/** Which number comes first in a slashed date such as "05/03/2024": the US's month or Europe's day. */
export type SlashedOrder = "month" | "day";

/**
 * Dates as exports and feeds write them: ISO 8601 (a date and time without an offset is UTC, not the
 * server's own zone, so a file reads the same on every machine), epoch seconds or milliseconds,
 * "2024-01-15 10:23:45.0", "15-Jan-2024 10:23AM". Anything else that Date.parse reads; otherwise the
 * input comes back unchanged, for the caller's validation to refuse with the field's name.
 */
export function parseDate(raw: string, slashed: SlashedOrder = "month"): string {
  const s = raw.trim();
  if (/^\d{9,13}(\.\d+)?$/.test(s)) {
    const n = Number(s);
    return new Date(n < 1e11 ? n * 1000 : n).toISOString();
  }
  const sql = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?$/.exec(s);
  if (sql) return new Date(`${sql[1]}T${sql[2]}${sql[3] ?? ""}Z`).toISOString();
  const numeric = numericDate(s, slashed);
  if (numeric) return numeric;
  const mw = /^(\d{1,2})-([a-z]{3})-(\d{4})\s+(\d{1,2}):(\d{2})\s*([ap]m)?$/i.exec(s);
  if (mw) {
    const month = MONTHS.indexOf((mw[2] ?? "").toLowerCase());
    let hour = Number(mw[4]) % 12;
    if ((mw[6] ?? "").toLowerCase() === "pm") hour += 12;
    else if (!mw[6]) hour = Number(mw[4]);
    return new Date(Date.UTC(Number(mw[3]), month, Number(mw[1]), hour, Number(mw[5]))).toISOString();
  }
  // "2024-01-15T10:23:45 +01:00": an offset written apart from its time.
  const t = Date.parse(
    s.replace(/^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s+([+-]\d{2}:?\d{2})$/, "$1$2"),
  );
  return Number.isNaN(t) ? s : new Date(t).toISOString();
}

/**
 * "24.02.2015 11:35", "24/02/2015", "02/24/2015 11:35:52 PM", as UTC. A dotted date is day first in
 * every language that writes it (de, pl, fr, it, es); a slashed one is month first as in the US unless
 * its first number cannot be a month, or the file is known to write day first (`slashed`: a French,
 * Spanish or Polish export writes "05/03/2024" for 5 March). Date.parse would read both month first and
 * in the server's zone.
 */
function numericDate(s: string, slashed: SlashedOrder): string | null {
  const m = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m)?)?$/i.exec(
    s,
  );
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[3])];
  const dayFirst = m[2] === "." || a > 12 || (slashed === "day" && b <= 12);
  const [day, month] = dayFirst ? [a, b] : [b, a];
  let hour = Number(m[5] ?? 0);
  const half = (m[8] ?? "").toLowerCase();
  if (half) hour = (hour % 12) + (half === "pm" ? 12 : 0);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23) return null;
  const t = Date.UTC(Number(m[4]), month - 1, day, hour, Number(m[6] ?? 0), Number(m[7] ?? 0));
  return new Date(t).getUTCDate() === day ? new Date(t).toISOString() : null;
}
