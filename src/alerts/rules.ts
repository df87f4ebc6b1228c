import { formatForCustomer } from "../core/zoned-time.js";
import type { Alert } from "../detection/detectors/types.js";
import type { QuietHours, Rule } from "./schema.js";

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    if (formatters.size < 1000) formatters.set(timeZone, f);
  }
  return f;
}

/** Minutes since local midnight in a time zone. */
export function localMinutes(at: Date, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return get("hour") * 60 + get("minute");
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Quiet hours may wrap midnight (22:00–07:00); start equal to end means never quiet. */
export function inQuietHours(q: QuietHours | null, at: Date): boolean {
  if (!q) return false;
  const now = localMinutes(at, q.timezone);
  const start = minutesOf(q.start);
  const end = minutesOf(q.end);
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/**
 * The first whole minute after `at` outside the quiet hours (null when `at` is not inside them). Walks
 * minute by minute in the rule's zone, so a daylight-saving jump that skips or repeats the end is handled.
 */
export function quietHoursEnd(q: QuietHours | null, at: Date): Date | null {
  if (!inQuietHours(q, at)) return null;
  let t = Math.floor(at.getTime() / 60_000) * 60_000;
  for (let i = 0; i < 25 * 60; i++) {
    t += 60_000;
    if (!inQuietHours(q, new Date(t))) return new Date(t);
  }
  return null;
}

export interface AlertFacts {
  kind: string;
  topic: string | null;
  score: number;
  observed: number;
}

export const factsOf = (a: Alert): AlertFacts => ({
  kind: a.kind,
  topic: a.topic ?? null,
  score: a.score,
  observed: a.observed,
});

/** The same facts from a stored alert (a delayed page looks at the alert as it is now). */
export const factsOfRow = (a: { kind: string; topic: string | null; score: number; observed: number }) => ({
  kind: a.kind,
  topic: a.topic,
  score: Number(a.score),
  observed: Number(a.observed),
});

/** Whether a rule wants this alert at all (quiet hours aside). */
export function ruleMatches(rule: Rule, a: AlertFacts): boolean {
  if (!rule.enabled) return false;
  if (rule.kinds.length && !rule.kinds.includes(a.kind as Rule["kinds"][number])) return false;
  if (rule.topics.length && (!a.topic || !rule.topics.includes(a.topic as Rule["topics"][number])))
    return false;
  return a.score >= rule.min_score && a.observed >= rule.min_observed;
}

/** Whether to page now: outside quiet hours always; inside only for the kinds the rule deems SEV-worthy. */
export function shouldPage(rule: Rule, a: AlertFacts, now: Date): boolean {
  if (!inQuietHours(rule.quiet_hours, now)) return true;
  return rule.sev_kinds.includes(a.kind as Rule["sev_kinds"][number]);
}

/** Who gets step `step` of the escalation chain (the last person again when the chain is short). */
export function recipientAt(rule: Rule, step: number): string | null {
  if (!rule.recipients.length) return null;
  return rule.recipients[Math.min(step, rule.recipients.length - 1)] ?? null;
}

/** The last escalation step: one per recipient, and at least one re-notification when a timeout is set. */
export const lastStep = (rule: Rule) => Math.max(1, rule.recipients.length - 1);

/** Why a rule does not want an alert, in words a person can act on; empty when it matches. */
export function mismatches(rule: Rule, a: AlertFacts): string[] {
  const out: string[] = [];
  if (!rule.enabled) out.push("the rule is switched off");
  if (rule.kinds.length && !rule.kinds.includes(a.kind as Rule["kinds"][number]))
    out.push(`kind ${a.kind} is not one of the rule's kinds (${rule.kinds.join(", ")})`);
  if (rule.topics.length && (!a.topic || !rule.topics.includes(a.topic as Rule["topics"][number])))
    out.push(`topic ${a.topic ?? "(none)"} is not one of the rule's topics (${rule.topics.join(", ")})`);
  if (a.score < rule.min_score)
    out.push(`score ${Math.round(a.score * 100) / 100} is below the rule's minimum ${rule.min_score}`);
  if (a.observed < rule.min_observed)
    out.push(`${a.observed} observed is below the rule's minimum ${rule.min_observed}`);
  return out;
}

/** What the rules made of an alert when it opened; shown on the alert so "nobody was paged" says why. */
export interface Paging {
  outcome: "paged" | "held" | "unmatched" | "no_rules";
  /** When nothing paged: the rule that came closest and what kept it from paging. */
  closest: { rule_id: string; name: string; reasons: string[] } | null;
}

/**
 * Sums up the rules' verdicts: paged when one paged; held when the only matches were in quiet hours;
 * otherwise the rule with the fewest reasons not to match, and those reasons.
 */
export function pagingOf(rules: Rule[], a: AlertFacts, now: Date): Paging {
  if (!rules.length) return { outcome: "no_rules", closest: null };
  const matching = rules.filter((r) => ruleMatches(r, a));
  if (matching.some((r) => shouldPage(r, a, now))) return { outcome: "paged", closest: null };
  const held = matching[0];
  if (held) {
    const end = quietHoursEnd(held.quiet_hours, now);
    const reason = `quiet hours (${held.quiet_hours?.start}–${held.quiet_hours?.end} ${held.quiet_hours?.timezone})${end ? `: it pages at ${formatForCustomer(end, { timeZone: held.quiet_hours?.timezone ?? "UTC", language: "en" })} if the alert is still open` : ""}, and ${a.kind} is not one of its kinds that page anyway`;
    return { outcome: "held", closest: { rule_id: held.id, name: held.name, reasons: [reason] } };
  }
  const ranked = rules
    .map((r) => ({ r, reasons: mismatches(r, a) }))
    .sort((x, y) => x.reasons.length - y.reasons.length);
  const best = ranked[0] as { r: Rule; reasons: string[] };
  return { outcome: "unmatched", closest: { rule_id: best.r.id, name: best.r.name, reasons: best.reasons } };
}
