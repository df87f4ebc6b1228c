import { hourStart } from "../rollup.js";
import { monitoringStore as store } from "../store.js";
import { DAY, iso, type MonitorDeps } from "./internal.js";

/**
 * Uptime per UTC day for the last `days` days, oldest first, for 90-day status bars. Days before the
 * monitor existed, or without checks, have `uptime: null`. Today comes from the hourly rollups and
 * the raw checks of the current hour.
 */
export async function uptimeDaily(d: MonitorDeps, workspaceId: string, monitorId: string, days: number) {
  const { db } = d.ctx;
  const row = await d.load(workspaceId, monitorId);
  const now = d.nowMs();
  const today = Math.floor(now / DAY) * DAY;
  const from = today - (days - 1) * DAY;
  const daily = new Map(
    (await store.rollups(db, monitorId, "d", iso(from), iso(today))).map((r) => [r.start, r]),
  );
  const hours = await store.rollups(db, monitorId, "h", iso(today), iso(hourStart(now)));
  const raw = await store.checks(db, monitorId, iso(hourStart(now)), iso(now + 1000), 100_000);
  let tChecks = hours.reduce((s, h) => s + h.count, 0) + raw.length;
  let tUp = hours.reduce((s, h) => s + h.up_count, 0) + raw.filter((c) => c.ok === 1).length;
  if (hours.length === 0) {
    // The hourly rollup may lag; fall back to today's raw checks.
    const all = await store.checks(db, monitorId, iso(today), iso(now + 1000), 100_000);
    tChecks = all.length;
    tUp = all.filter((c) => c.ok === 1).length;
  }
  const out = [];
  for (let t = from; t <= today; t += DAY) {
    const day = iso(t).slice(0, 10);
    const r = t === today ? { count: tChecks, up_count: tUp } : daily.get(iso(t));
    const count = r?.count ?? 0;
    out.push({
      day,
      checks: count,
      up: r?.up_count ?? 0,
      uptime: count ? (r?.up_count ?? 0) / count : null,
    });
  }
  return { monitor_id: row.id, component: row.component, state: row.state, days: out };
}
