import { colon } from "../core/lang.js";
import { formatForCustomer } from "../core/zoned-time.js";
import type { CrisisRecord } from "../crises/schema.js";
import type { Severity } from "../plan/default-plan/index.js";
import type { Labels } from "./labels.js";
import type { PostmortemOut } from "./schema.js";
import { type TimeKey, timesOf } from "./stats.js";

type Times = PostmortemOut["times"];

/** Minutes as a reader takes them in: "45 min", "3 h 20 min", "5 d 4 h". */
export function duration(m: number, l: Labels): string {
  if (m < 120) return `${m} ${l.minutes}`;
  if (m < 2880) return `${Math.floor(m / 60)} h ${Math.round(m % 60)} ${l.minutes}`;
  return `${Math.floor(m / 1440)} d ${Math.round((m % 1440) / 60)} h`;
}

/** Each milestone with its plan target (from the severity) and whether it was met. */
export function timesAgainstPlan(c: CrisisRecord, severity: Severity | null, l: Labels): Times {
  const minutes = timesOf({ ...c, remedies_cost: c.impact.remedies_cost, currency: c.impact.currency });
  const t = severity?.targets;
  const targets: Record<TimeKey, number | null> = {
    detect: null,
    acknowledge: t?.acknowledgeMinutes ?? null,
    first_public_word: t?.firstPublicWordMinutes ?? null,
    mitigate: t?.mitigateMinutes ?? null,
    resolve: null,
  };
  const at: Record<TimeKey, string | null> = {
    detect: c.created_at,
    acknowledge: c.acknowledged_at,
    first_public_word: c.first_public_word_at,
    mitigate: c.monitoring_at ?? c.resolved_at,
    resolve: c.resolved_at,
  };
  return (Object.keys(targets) as TimeKey[]).map((id) => {
    const m = minutes[id];
    const target = targets[id];
    return {
      id,
      label: l[id],
      at: at[id],
      minutes: m,
      target_minutes: target,
      met: target === null ? null : m === null ? false : m <= target,
    };
  });
}

/**
 * Blameless by default: a person's name in the timeline becomes their crisis role (or "team member"),
 * so the review reads as what the process did, not who slipped.
 */
export function blameless(text: string, names: { name: string; role: string | null }[], l: Labels): string {
  let out = text;
  // Longest first, so "Ann Lee" is replaced before "Ann".
  for (const n of [...names].sort((a, b) => b.name.length - a.name.length)) {
    if (n.name.trim().length < 2) continue;
    out = out.split(n.name).join(n.role ?? l.teamMember);
  }
  return out;
}

/** The same for an entry's fields: every string in them, and no e-mail address (it names the person). */
export function blamelessData(
  data: unknown,
  names: { name: string; role: string | null }[],
  l: Labels,
): unknown {
  if (typeof data === "string") return blameless(data, names, l);
  if (Array.isArray(data)) return data.map((x) => blamelessData(x, names, l));
  if (data && typeof data === "object")
    return Object.fromEntries(
      Object.entries(data)
        .filter(([k]) => k !== "email")
        .map(([k, v]) => [k, blamelessData(v, names, l)]),
    );
  return data;
}

/** What the first draft says before anyone edits it: facts the record already proves. */
/**
 * `now` (ISO) ends a crisis that is still open, for telling which tasks ran late; due times are written in
 * the shop's zone (`zone`) with its abbreviation, as the document may be shown outside the team.
 */
export function firstDraft(
  c: CrisisRecord,
  times: Times,
  l: Labels,
  now: string,
  zone: { timeZone: string; language: string } = { timeZone: "UTC", language: "en" },
) {
  const fmt = (m: number | null) => (m === null ? l.notReached : duration(m, l));
  const wentWell: string[] = [];
  const wentBadly: string[] = [];
  for (const t of times) {
    if (t.target_minutes === null) continue;
    const line = `${t.label}${colon(zone.language)} ${fmt(t.minutes)} (${l.target.toLowerCase()} ${duration(t.target_minutes, l)})`;
    (t.met ? wentWell : wentBadly).push(line);
  }
  const factors: string[] = [];
  // Late: done after its due time, or still open when the crisis was resolved and past due by then.
  const end = c.resolved_at ?? now;
  const late = c.tasks.filter(
    (t) =>
      t.due_at !== null &&
      ((t.status === "open" && t.due_at < end) ||
        (t.status === "done" && t.done_at !== null && t.done_at > t.due_at)),
  );
  for (const t of late.slice(0, 10))
    factors.push(`${t.title} (${l.due.toLowerCase()} ${t.due_at ? formatForCustomer(t.due_at, zone) : ""})`);
  for (const t of c.tasks.filter((x) => x.status === "skipped").slice(0, 10))
    factors.push(`${t.title}${colon(zone.language)} ${l.skipped}`);
  return { summary: c.summary, went_well: wentWell, went_badly: wentBadly, contributing_factors: factors };
}
