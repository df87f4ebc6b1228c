import { parseDate } from "../core/dates.js";
import type { MentionEvent } from "./detectors/types.js";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Fewer rows than this say nothing about a source's stamps. */
const MIN_ROWS = 3;

// A cheap look at a line's time and source; the replay itself parses every line fully.
const CREATED_AT = /"created_at"\s*:\s*"([^"]*)"/;
const SOURCE = /"source"\s*:\s*"((?:[^"\\]|\\.)*)"/;
const DATE_ONLY = /^\s*\d{4}-\d{2}-\d{2}\s*$/;

export const rawTimeOf = (line: string): string | undefined => CREATED_AT.exec(line)?.[1];

/** A line's time as the replay reads it (the importer's reader: export forms and epoch seconds too). */
export const timeOf = (line: string): number => {
  const raw = rawTimeOf(line);
  return raw === undefined ? Number.NaN : Date.parse(parseDate(raw));
};

function sourceOf(line: string): string {
  const m = SOURCE.exec(line);
  if (!m) return "";
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return "";
  }
}

export type Resolution = "day" | "hour";
/** A source stamped coarsely; `dated`, when only some of its lines are bare dates: how many. */
export interface CoarseStamps {
  source: string;
  resolution: Resolution;
  dated?: number;
}
const UNIT_MS: Record<Resolution, number> = { day: DAY_MS, hour: HOUR_MS };

interface SourceStamps {
  rows: number;
  dayPhase: number;
  hourPhase: number;
  sameDay: boolean;
  sameHour: boolean;
  /** Rows per instant while every stamp so far could be coarse. */
  groups: Map<number, number>;
  /** Rows per day for stamps written as a bare date, which are coarse whatever the rest is. */
  dates: Map<number, number>;
  /** Rows per slot of the day (UTC), for the rhythm a day's coarse rows are spread by. */
  slots: Float64Array;
}

/** Slots of the day the rhythm is read in: a quarter of an hour each. */
const SLOTS = 96;
const SLOT_MS = DAY_MS / SLOTS;

/**
 * What a first reading of a replay file learns about each source's stamps. A source stamped to the day
 * (product reviews often are) or to the hour carries no time within it, and replayed as written its
 * whole day lands on one instant: a cluster no rate allows, so every test fired on every day (a
 * 40-a-day review stream raised 254 alerts in 88 days). Such a source's mentions are spread evenly
 * over the day (or hour) they name, in file order: the tests then see the day's rate, which is all the
 * file says. A stamp written as a bare date (`2026-01-05`) is a day's stamp on its own; otherwise a
 * source is coarse when every one of its stamps falls at the same time of day (or minute and second of
 * the hour), which a source with real times does not do past a few rows.
 */
export class StampSurvey {
  private readonly sources = new Map<string, SourceStamps>();

  /** Notes one line's stamp and hands back its time (NaN when it has none), read once for both. */
  note(line: string): number {
    const raw = rawTimeOf(line);
    if (raw === undefined) return Number.NaN;
    const t = Date.parse(parseDate(raw));
    if (Number.isNaN(t)) return t;
    const key = sourceOf(line);
    let s = this.sources.get(key);
    if (!s) {
      const dayPhase = mod(t, DAY_MS);
      s = {
        rows: 0,
        dayPhase,
        hourPhase: mod(t, HOUR_MS),
        sameDay: true,
        sameHour: true,
        groups: new Map(),
        dates: new Map(),
        slots: new Float64Array(SLOTS),
      };
      this.sources.set(key, s);
    }
    s.rows++;
    if (DATE_ONLY.test(raw)) s.dates.set(t, (s.dates.get(t) ?? 0) + 1);
    else (s.slots[Math.floor(mod(t, DAY_MS) / SLOT_MS)] as number)++;
    // A day stamped at local midnight moves by an hour when daylight saving time starts or ends.
    const shift = Math.abs(mod(t, DAY_MS) - s.dayPhase);
    s.sameDay &&= shift === 0 || shift === HOUR_MS || shift === DAY_MS - HOUR_MS;
    s.sameHour &&= mod(t, HOUR_MS) === s.hourPhase;
    if (s.sameHour) s.groups.set(t, (s.groups.get(t) ?? 0) + 1);
    else s.groups.clear();
    return t;
  }

  resolution(source: string): Resolution | null {
    const s = this.sources.get(source);
    if (!s || s.rows < MIN_ROWS) return null;
    return s.sameDay ? "day" : s.sameHour ? "hour" : null;
  }

  /** Where a coarse stamp's rows go: the unit they spread over and how many share the stamp; else null. */
  spreadOf(line: string, source: string, t: number): { unitMs: number; rows: number } | null {
    const s = this.sources.get(source);
    const res = this.resolution(source);
    // A finely stamped source without bare dates (most lines of most files) needs no second look.
    if (!s || (res === null && s.dates.size === 0)) return null;
    const raw = rawTimeOf(line);
    const dated = raw !== undefined && DATE_ONLY.test(raw) ? s.dates.get(t) : undefined;
    if (dated !== undefined) return { unitMs: DAY_MS, rows: dated };
    const rows = s.groups.get(t);
    return res && rows !== undefined ? { unitMs: UNIT_MS[res], rows } : null;
  }

  /**
   * The day's rhythm of the finely stamped rows, as cumulative shares of the day by slot (flat when there
   * are none): a day's coarse rows follow it, so a source of reviews is as quiet at night as the shop's
   * other sources and its series does not read the night as a rise.
   */
  rhythm(): Float64Array {
    const counts = new Float64Array(SLOTS);
    let total = 0;
    for (const [key, s] of this.sources) {
      if (this.resolution(key)) continue;
      for (let i = 0; i < SLOTS; i++) counts[i] = (counts[i] as number) + (s.slots[i] as number);
    }
    for (const c of counts) total += c;
    // A floor of a tenth of the mean slot: a slot that saw no mention is quiet, not closed.
    const floor = total > 0 ? total / SLOTS / 10 : 1;
    const cum = new Float64Array(SLOTS + 1);
    for (let i = 0; i < SLOTS; i++) cum[i + 1] = (cum[i] as number) + Math.max(counts[i] as number, floor);
    const sum = cum[SLOTS] as number;
    for (let i = 0; i <= SLOTS; i++) cum[i] = (cum[i] as number) / sum;
    return cum;
  }

  /** Sources read as coarse, for the note on stderr. */
  coarse(): CoarseStamps[] {
    const out: CoarseStamps[] = [];
    for (const [key, s] of this.sources) {
      const r = this.resolution(key);
      if (r) out.push({ source: key, resolution: r });
      else if (s.dates.size > 0) {
        // A source whose other lines carry a time: only its bare dates are days.
        let dated = 0;
        for (const n of s.dates.values()) dated += n;
        out.push({ source: key, resolution: "day", ...(dated < s.rows ? { dated } : {}) });
      }
    }
    return out;
  }
}

const mod = (t: number, m: number) => ((t % m) + m) % m;

/**
 * Hands out spread times for the rows of one coarse stamp, in file order: the i-th of n rows of a unit
 * starting at t goes where the unit's share (i + ½)/n of its mentions is reached, by the day's rhythm
 * for a day (`StampSurvey.rhythm`) and evenly within an hour, so the unit keeps its rows, their order
 * and its count.
 */
export class Spreader {
  private readonly taken = new Map<string, number>();

  constructor(private readonly rhythm: Float64Array = flat()) {}

  timeFor(source: string, t: number, spread: { unitMs: number; rows: number }): number {
    const key = `${source}\u0000${t}`;
    const i = this.taken.get(key) ?? 0;
    this.taken.set(key, i + 1);
    // Rows beyond the counted ones (the file changed under us) stay inside the unit.
    const u = (Math.min(i, spread.rows - 1) + 0.5) / spread.rows;
    if (spread.unitMs !== DAY_MS) return Math.floor(t + u * spread.unitMs);
    return Math.floor(t + this.offsetInDay(u, mod(t, DAY_MS)));
  }

  /** Where, from a day starting at `phase` (ms into the UTC day), the share u of the day's rhythm is. */
  private offsetInDay(u: number, phase: number): number {
    const cum = this.rhythm;
    const share = (ms: number) => {
      const slot = Math.floor(ms / SLOT_MS);
      const within = (ms - slot * SLOT_MS) / SLOT_MS;
      const lo = cum[slot] as number;
      return lo + within * ((cum[slot + 1] as number) - lo);
    };
    // Shares counted from the day's start, wrapping around midnight UTC.
    const target = (share(phase) + u) % 1;
    let slot = 0;
    while (slot < SLOTS - 1 && (cum[slot + 1] as number) <= target) slot++;
    const lo = cum[slot] as number;
    const width = (cum[slot + 1] as number) - lo;
    const at = (slot + (width > 0 ? (target - lo) / width : 0)) * SLOT_MS;
    return mod(at - phase, DAY_MS);
  }

  /** A unit's rows are all handed out once time passes it; its counter can go. */
  forget(before: number): void {
    for (const key of this.taken.keys()) {
      const t = Number(key.slice(key.indexOf("\u0000") + 1));
      if (t + DAY_MS <= before) this.taken.delete(key);
    }
  }
}

function flat(): Float64Array {
  const cum = new Float64Array(SLOTS + 1);
  for (let i = 0; i <= SLOTS; i++) cum[i] = i / SLOTS;
  return cum;
}

/**
 * Spread mentions waiting for their time, one queue per source and unit (each queue is in time order:
 * a unit's rows are handed out in order and the next unit starts after it), released into the stream
 * as data time reaches them.
 */
export class Held {
  private readonly queues = new Map<string, { items: { at: number; event: MentionEvent }[]; head: number }>();

  hold(queue: string, at: number, event: MentionEvent): void {
    let q = this.queues.get(queue);
    if (!q) {
      q = { items: [], head: 0 };
      this.queues.set(queue, q);
    }
    q.items.push({ at, event: { ...event, at: new Date(at).toISOString() } });
  }

  /** The held mentions due by `upTo`, oldest first. */
  *release(upTo: number): Generator<MentionEvent> {
    for (;;) {
      let next: { items: { at: number; event: MentionEvent }[]; head: number } | undefined;
      for (const q of this.queues.values()) {
        const head = q.items[q.head];
        if (head && head.at <= upTo && (!next || head.at < (next.items[next.head]?.at ?? 0))) next = q;
      }
      if (!next) return;
      const item = next.items[next.head++] as { event: MentionEvent };
      if (next.head === next.items.length) {
        next.items = [];
        next.head = 0;
      }
      yield item.event;
    }
  }
}
