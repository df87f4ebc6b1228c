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

/**
 * One reason a rule did not page, as fields (the dashboard says it in its reader's language; `reasons`
 * keeps the English sentence for API readers).
 */
export type Miss =
  | { code: "off" }
  | { code: "kind"; kind: string; kinds: string[] }
  | { code: "topic"; topic: string | null; topics: string[] }
  | { code: "score"; score: number; min: number }
  | { code: "observed"; observed: number; min: number }
  | {
      code: "quiet_hours";
      start: string;
      end: string;
      timezone: string;
      pages_at: string | null;
      kind: string;
    };

/** Why a rule does not want an alert; empty when it matches. */
export function misses(rule: Rule, a: AlertFacts): Miss[] {
  const out: Miss[] = [];
  if (!rule.enabled) out.push({ code: "off" });
  if (rule.kinds.length && !rule.kinds.includes(a.kind as Rule["kinds"][number]))
    out.push({ code: "kind", kind: a.kind, kinds: [...rule.kinds] });
  if (rule.topics.length && (!a.topic || !rule.topics.includes(a.topic as Rule["topics"][number])))
    out.push({ code: "topic", topic: a.topic, topics: [...rule.topics] });
  if (a.score < rule.min_score)
    out.push({ code: "score", score: Math.round(a.score * 100) / 100, min: rule.min_score });
  if (a.observed < rule.min_observed)
    out.push({ code: "observed", observed: a.observed, min: rule.min_observed });
  return out;
}

/** A miss in English words a person can act on. */
export function sayMiss(m: Miss): string {
  switch (m.code) {
    case "off":
      return "the rule is switched off";
    case "kind":
      return `kind ${m.kind} is not one of the rule's kinds (${m.kinds.join(", ")})`;
    case "topic":
      return `topic ${m.topic ?? "(none)"} is not one of the rule's topics (${m.topics.join(", ")})`;
    case "score":
      return `score ${m.score} is below the rule's minimum ${m.min}`;
    case "observed":
      return `${m.observed} observed is below the rule's minimum ${m.min}`;
    case "quiet_hours": {
      const at = m.pages_at
        ? `: it pages at ${formatForCustomer(m.pages_at, { timeZone: m.timezone, language: "en" })} if the alert is still open`
        : "";
      return `quiet hours (${m.start}–${m.end} ${m.timezone})${at}, and ${m.kind} is not one of its kinds that page anyway`;
    }
  }
}

/** Why a rule does not want an alert, in words a person can act on; empty when it matches. */
export const mismatches = (rule: Rule, a: AlertFacts): string[] => misses(rule, a).map(sayMiss);

/** What the rules made of an alert when it opened; shown on the alert so "nobody was paged" says why. */
export interface Paging {
  outcome: "paged" | "held" | "unmatched" | "no_rules";
  /** When nothing paged: the rule that came closest and what kept it from paging. */
  closest: { rule_id: string; name: string; reasons: string[]; why: Miss[] } | null;
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
    const miss: Miss = {
      code: "quiet_hours",
      start: held.quiet_hours?.start ?? "",
      end: held.quiet_hours?.end ?? "",
      timezone: held.quiet_hours?.timezone ?? "UTC",
      pages_at: end ? new Date(end).toISOString() : null,
      kind: a.kind,
    };
    return {
      outcome: "held",
      closest: { rule_id: held.id, name: held.name, reasons: [sayMiss(miss)], why: [miss] },
    };
  }
  const ranked = rules.map((r) => ({ r, why: misses(r, a) })).sort((x, y) => x.why.length - y.why.length);
  const best = ranked[0] as { r: Rule; why: Miss[] };
  return {
    outcome: "unmatched",
    closest: { rule_id: best.r.id, name: best.r.name, reasons: best.why.map(sayMiss), why: best.why },
  };
}
