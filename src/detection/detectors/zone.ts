/**
 * The shop's own clock for the baseline's rhythm. People post by their local hours: in UTC a shop in
 * Warsaw or Los Angeles moves its whole day by an hour twice a year, and an hour-of-day profile learned
 * in UTC then expects the evening rush an hour early for the two weeks it takes to learn again. A dense
 * shop read that as a wave every evening (null traffic at 20,000 a day, `la-fall`: 5.2 false alarms a
 * week). The hour of day, the weekday and the day the level counts in are read on the shop's clock; data
 * times stay UTC everywhere else.
 */
import { offsetAt } from "../../core/zoned-time.js";
import type { ProfileState } from "./baseline.js";
import type { EngineState } from "./engine-state.js";
import { rotateWeekShape } from "./week-shape.js";

const HOUR_MS = 3_600_000;

/**
 * Offsets change on whole hours of UTC in every zone in use, so one lookup an hour is enough. The engine
 * asks for the same zone and hour many times in a row (every series of a closing bucket): the last
 * answer is kept apart from the map, so those asks build no key.
 */
const memo = new Map<string, number>();
let last = { zone: "", hour: Number.NaN, offset: 0 };

/** `ms` moved to the wall clock of `zone` (UTC when absent), as if that clock were UTC. */
export function localMs(zone: string | undefined, ms: number): number {
  if (!zone || zone === "UTC") return ms;
  const hour = Math.floor(ms / HOUR_MS);
  if (hour === last.hour && zone === last.zone) return ms + last.offset;
  const key = `${zone}|${hour}`;
  let offset = memo.get(key);
  if (offset === undefined) {
    offset = offsetAt(ms, zone);
    if (memo.size > 10_000) memo.clear();
    memo.set(key, offset);
  }
  last = { zone, hour, offset };
  return ms + offset;
}

/** The hour of day (0–23) at `ms` on the profile's clock. */
export const localHour = (p: ProfileState, ms: number): number =>
  Math.floor((((localMs(p.zone, ms) % 86_400_000) + 86_400_000) % 86_400_000) / HOUR_MS);

const rotate = (xs: number[], from: number, length: number, by: number) => {
  const part = xs.slice(from, from + length);
  for (let i = 0; i < length; i++) xs[from + ((i + by + length) % length)] = part[i] as number;
};

/**
 * Moves what detectors learned on one clock to another (a shop sets its zone, or detectors learned
 * before zones were read): each hour's sums move by the offsets' difference at the data time reached, so
 * the evening learned at 18:00 UTC is Warsaw's 19:00 in winter. Weekday sums stay: an hour's shift moves
 * only one hour of each day across midnight.
 */
export function inZone(state: EngineState, zone: string | undefined): EngineState {
  const from = state.profiles.mentions.zone;
  if (zone === undefined || (from ?? "UTC") === zone) return state;
  const at = state.clock ?? 0;
  const by = Math.round((localMs(zone, at) - localMs(from, at)) / HOUR_MS);
  for (const p of Object.values(state.profiles)) {
    rotate(p.hodSum, 0, 24, by);
    rotate(p.hodN, 0, 24, by);
    if (p.week) rotateWeekShape(p.week, by);
    if (zone && zone !== "UTC") p.zone = zone;
    else delete p.zone;
  }
  for (const s of Object.values(state.series))
    if (s.seq) {
      rotate(s.seq.hod, 0, 24, by);
      rotate(s.seq.hod, 24, 24, by);
    }
  return state;
}
