import type { TimelineWords } from "./types.js";

// The sentences the domains store (the English `text` of old rows) and this file must say the same.
export const en: TimelineWords = {
  status: {
    detected: "detected",
    acknowledged: "acknowledged",
    mitigating: "mitigating",
    monitoring: "monitoring",
    resolved: "resolved",
    closed: "closed",
    declined: "declined",
  },
  clock: {
    acknowledge: "Time to acknowledge",
    first_public_word: "Time to first public word",
    mitigate: "Time to mitigate",
    update_cadence: "Time since last public update",
    gdpr_art33: "GDPR Art. 33: notify the supervisory authority within 72 h of awareness",
  },
  channel: { email: "e-mail", status_page: "status page", webhook: "webhook", copy: "copied" },
  link: { alert: "alert", mention: "mention", monitor: "monitor", case: "case" },
  opened: (drill, title, type, sev) => `${drill ? "Drill" : "Crisis"} opened: ${title} (${type}, ${sev})`,
  statusChanged: (from, to, skipped) => `Status: ${from} → ${to}${skipped ? ` (skipped ${skipped})` : ""}`,
  declined: (from, reason) => `Status: ${from} → declined (false alarm): ${reason}`,
  reopened: (reason) => `Reopened: resolved → mitigating${reason ? ` (${reason})` : ""}`,
  severity: (from, to) => `Severity: ${from} → ${to}`,
  title: (to) => `Title: ${to}`,
  summary: "Summary updated",
  personalData: (on) =>
    on ? "Personal data involved: the GDPR 72-hour clock runs" : "No personal data involved",
  awareSince: (when) => `Aware since ${when}`,
  authority: (n) => (n ? "Supervisory authority notified" : "Authority notification withdrawn"),
  dataRemoved: (reason) => `No personal data involved after all: ${reason}`,
  lowered: (rule, raiseTo, reason) =>
    `Severity lowered below the plan's rule (${rule}, ${raiseTo}): ${reason}`,
  escalation: (rule, now) => `Escalation rule met: ${rule} (now ${now})`,
  publicWord: (first) => (first ? "First public word" : "Public update"),
  statusPage: (text) => `Status page: ${text}`,
  sent: (kind, channel, language, subject) => `${kind} sent (${channel}, ${language}): ${subject}`,
  role: (role, name) => `${role}: ${name}`,
  handover: (role, from, to) => `${role}: handed over from ${from} to ${to}`,
  steppedDown: (role, from) => `${role}: ${from} stepped down`,
  task: {
    added: (t) => `Task added: ${t}`,
    done: (t) => `Done: ${t}`,
    skipped: (t) => `Skipped: ${t}`,
    open: (t) => `Reopened: ${t}`,
    updated: (t) => `Task changed: ${t}`,
  },
  linked: (kind, note) => `Linked ${kind}${note ? `: ${note}` : ""}`,
  unlinked: "Removed a linked item",
  impact: (parts) => `Impact: ${parts}`,
  paged: (called) => `Paged ${called}`,
  noContact: (roles, alone) => `${alone ? "No" : "no"} contact in the plan for ${roles}`,
  keptOpen: (declined, components) =>
    `${declined ? "Declined as a false alarm" : "Resolved"}, but the status page incident stays open (${components ? `${components} not operational there` : "no components"}): ${declined ? "post a final update saying it was a false alarm" : "post a final update when ready"}`,
  overdue: (clock, target, due) => `Overdue: ${clock} (target ${target} min, due ${due})`,
  gdprWarning: (due) =>
    `Less than 24 hours left to notify the supervisory authority (GDPR Art. 33, due ${due})`,
  reminder: (first, due) =>
    `${first ? "The first public word" : "The next public update"} was due at ${due}: publish an update now.`,
  monitorDown: (m, reason) => `${m} is down: ${reason ?? "check failed"}`,
  fallback: (text) => `Continuity fallback: ${text}`,
  monitorUp: (m) => `${m} is up again`,
  drillScored: (score, onTime, total) => `Drill score: ${score}/100; tasks on time ${onTime}/${total}`,
  drillReplay: (mentions, topic, alerts) =>
    `Replayed ${mentions} synthetic mention${mentions === 1 ? "" : "s"} with a burst about ${topic}: the detectors raised ${alerts} alert${alerts === 1 ? "" : "s"}`,
  detector: (kind, topic, observed, expected) =>
    `Detector: ${kind}${topic ? ` on ${topic}` : ""}, observed ${observed} against ${expected} expected`,
};
