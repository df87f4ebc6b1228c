/**
 * `datetime-local` values ("2026-12-20T14:00", a wall time with no zone) to and from instants on a named
 * zone's clock: what components/DateTimeInput reads and writes on the member's zone.
 */

/** The wall-clock parts of an instant in `timeZone`. */
function wallParts(t: number, timeZone: string) {
  const f = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, x.value]));
  return p as Record<"year" | "month" | "day" | "hour" | "minute" | "second", string>;
}

/** The zone's offset from UTC at an instant, in ms (Tokyo: 32 400 000). */
function offsetAt(t: number, timeZone: string): number {
  const p = wallParts(t, timeZone);
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return wall - Math.floor(t / 1000) * 1000;
}

/** An instant as a `datetime-local` value ("2026-12-20T14:00") on `timeZone`'s clock; "" for none. */
export function toLocalInput(iso: string | null | undefined, timeZone: string): string {
  const t = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(t)) return "";
  const p = wallParts(t, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/**
 * A `datetime-local` value read on `timeZone`'s clock as an ISO instant; "" for an empty or broken one.
 * A wall time the clocks skip (02:30 on a spring-forward night) is read with the offset before the jump
 * (03:30 after it); one they pass twice (autumn) is the first of the two.
 */
export function fromLocalInput(local: string, timeZone: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return "";
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
  // The offsets a day either side of the wall time cover any change that night; the earliest fit wins.
  const fits = [offsetAt(wall - 86_400_000, timeZone), offsetAt(wall + 86_400_000, timeZone)]
    .map((o) => wall - o)
    .filter((t) => toLocalInput(new Date(t).toISOString(), timeZone) === local.slice(0, 16));
  const t = fits.length ? Math.min(...fits) : wall - offsetAt(wall - 86_400_000, timeZone);
  return new Date(t).toISOString();
}
