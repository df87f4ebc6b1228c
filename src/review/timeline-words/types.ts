import type { CrisisStatus } from "../../crises/schema.js";

/**
 * One sentence per timeline event kind, in one language. The renderer hands in names and times
 * already in that language (statuses, roles, crisis types, the shop's zone), so each sentence only
 * puts them in order.
 */
export interface TimelineWords {
  status: Record<CrisisStatus, string>;
  clock: Record<"acknowledge" | "first_public_word" | "mitigate" | "update_cadence" | "gdpr_art33", string>;
  channel: Record<"email" | "status_page" | "webhook" | "copy", string>;
  link: Record<"alert" | "mention" | "monitor" | "case", string>;
  opened(drill: boolean, title: string, type: string, severity: string): string;
  statusChanged(from: string, to: string, skipped: string | null): string;
  declined(from: string, reason: string): string;
  reopened(reason: string | null): string;
  severity(from: string, to: string): string;
  title(to: string): string;
  summary: string;
  personalData(on: boolean): string;
  awareSince(when: string): string;
  authority(notified: boolean): string;
  dataRemoved(reason: string): string;
  lowered(rule: string, raiseTo: string, reason: string): string;
  escalation(rule: string, now: string): string;
  publicWord(first: boolean): string;
  statusPage(text: string): string;
  sent(kind: string, channel: string, language: string, subject: string): string;
  role(role: string, name: string): string;
  handover(role: string, from: string, to: string): string;
  steppedDown(role: string, from: string): string;
  task: Record<"added" | "done" | "skipped" | "open" | "updated", (title: string) => string>;
  linked(kind: string, note: string | null): string;
  unlinked: string;
  impact(parts: string): string;
  paged(called: string): string;
  noContact(roles: string, alone: boolean): string;
  keptOpen(declined: boolean, components: string | null): string;
  overdue(clock: string, target: number, due: string): string;
  gdprWarning(due: string): string;
  reminder(first: boolean, due: string): string;
  monitorDown(monitor: string, reason: string | null): string;
  fallback(text: string): string;
  monitorUp(monitor: string): string;
  drillScored(score: number, onTime: number, total: number): string;
  drillReplay(mentions: number, topic: string, alerts: number): string;
  detector(kind: string, topic: string | null, observed: number, expected: string): string;
}
