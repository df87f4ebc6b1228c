import { addDays, canonicalTimeZone, localDate, zonedDayStart } from "../../core/zoned-time.js";
import { dayStart, HOURLY_RETENTION_D, hourStart, RAW_RETENTION_H } from "../rollup.js";
import { monitoringStore as store } from "../store.js";
import { DAY, HOUR, iso, type MonitorDeps } from "./internal.js";

interface Counted {
  count: number;
  up_count: number;
}

/** The local day (index into `starts`) an instant falls in, or -1 outside the window. */
function dayIndex(starts: number[], end: number, t: number): number {
  if (t < (starts[0] ?? 0) || t >= end) return -1;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Uptime per calendar day of `timeZone` (UTC unless given) for the last `days` days, oldest first, for
 * 90-day status bars: a Warsaw shop's "today" starts at its own midnight, and a day may last 23 or 25
 * hours. Days before the monitor existed, or without checks, have `uptime: null`.
 *
 * Where the counts come from, each check counted once:
 * - a past UTC day whose daily rollup covers exactly one local day (every day in UTC): that rollup;
 * - otherwise, while hourly rollups are kept (HOURLY_RETENTION_D): the hours, each in the local day it
 *   starts in (exact for whole-hour zones; a half-hour zone's hour across midnight counts on its first
 *   day);
 * - older days whose hours are gone: the UTC day's rollup, counted in the local day that holds its noon
 *   (Warsaw's 5 December holds UTC's 5 December for 23 of its 24 hours);
 * - the checks not rolled up yet (the current hour, an hour whose rollup lags): the raw checks.
 */
export async function uptimeDaily(
  d: MonitorDeps,
  workspaceId: string,
  monitorId: string,
  days: number,
  timeZone = "UTC",
) {
  const { db } = d.ctx;
  const row = await d.load(workspaceId, monitorId);
  const zone = canonicalTimeZone(timeZone) ?? "UTC";
  const now = d.nowMs();
  const today = localDate(new Date(now), zone);
  const names = Array.from({ length: days }, (_, k) => addDays(today, k - (days - 1)));
  const starts = names.map((n) => zonedDayStart(n, zone));
  const end = now + 1000;
  const from = starts[0] ?? now;
  const utcToday = dayStart(now);
  // Hours of UTC days from here on are certainly still kept (the purge drops those older than the retention).
  const hourlyFrom = utcToday - (HOURLY_RETENTION_D - 2) * DAY;

  const dailyRows = await store.rollups(db, monitorId, "d", iso(dayStart(from) - DAY), iso(utcToday));
  const daily = new Map(dailyRows.map((r) => [Date.parse(r.start), r]));
  const tomorrow = zonedDayStart(addDays(today, 1), zone);
  const aligned = (t: number) => {
    const k = starts.indexOf(t);
    return k >= 0 && (starts[k + 1] ?? tomorrow) === t + DAY;
  };
  const wholeDays = new Set(
    [...daily.keys()].filter((t) => t + DAY <= utcToday && (aligned(t) || t < hourlyFrom)),
  );

  const counts: Counted[] = names.map(() => ({ count: 0, up_count: 0 }));
  const add = (t: number, c: Counted) => {
    const k = dayIndex(starts, end, t);
    const slot = counts[k];
    if (!slot) return;
    slot.count += c.count;
    slot.up_count += c.up_count;
  };
  for (const t of wholeDays) {
    const r = daily.get(t);
    if (r) add(aligned(t) ? t : t + 12 * HOUR, r);
  }

  // Hours of the UTC days not counted whole, from the first such day still within the hourly retention.
  let hoursFrom = Math.max(hourlyFrom, dayStart(from));
  while (hoursFrom < utcToday && wholeDays.has(hoursFrom)) hoursFrom += DAY;
  const hours = await store.rollups(db, monitorId, "h", iso(hoursFrom), iso(hourStart(now)));
  let covered = hoursFrom;
  for (const h of hours) {
    const t = Date.parse(h.start);
    if (wholeDays.has(dayStart(t))) continue;
    add(t, h);
    covered = Math.max(covered, t + HOUR);
  }
  // What no rollup holds yet: raw checks after the last rolled-up hour, while they are kept.
  const rawFrom = Math.max(covered, now - (RAW_RETENTION_H - 1) * HOUR);
  for (const c of await store.checks(db, monitorId, iso(rawFrom), iso(end), 100_000)) {
    const t = Date.parse(c.at);
    if (!wholeDays.has(dayStart(t))) add(t, { count: 1, up_count: c.ok === 1 ? 1 : 0 });
  }

  const out = names.map((day, k) => {
    const c = counts[k] ?? { count: 0, up_count: 0 };
    return { day, checks: c.count, up: c.up_count, uptime: c.count ? c.up_count / c.count : null };
  });
  return { monitor_id: row.id, component: row.component, state: row.state, days: out };
}
