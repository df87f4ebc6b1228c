import type { Severity } from "../plan/default-plan/index.js";
import type { Clock, CrisisStatus, DrillScore } from "./schema.js";
import type { CrisesTable, CrisisTasksTable } from "./tables.js";

/** The path a crisis walks; `declined` stands beside it. */
export const FLOW = ["detected", "acknowledged", "mitigating", "monitoring", "resolved", "closed"] as const;

/**
 * Allowed moves. Forward to any later step (real work skips steps: a fix found at once goes from
 * detected to resolved; the skipped steps are recorded at the same moment); back only where reality
 * goes back: a fix that did not hold (monitoring/resolved → mitigating). A false alarm is declined
 * before anyone works on it.
 */
export const NEXT: Record<CrisisStatus, readonly CrisisStatus[]> = {
  detected: ["acknowledged", "mitigating", "monitoring", "resolved", "closed", "declined"],
  acknowledged: ["mitigating", "monitoring", "resolved", "closed", "declined"],
  mitigating: ["monitoring", "resolved", "closed"],
  monitoring: ["resolved", "closed", "mitigating"],
  resolved: ["closed", "mitigating"],
  closed: [],
  declined: [],
};

export const isOpen = (status: string) =>
  status !== "resolved" && status !== "closed" && status !== "declined";

/** The steps of FLOW passed over when moving forward from `from` to `to` (neither included). */
export function skippedSteps(from: CrisisStatus, to: CrisisStatus): CrisisStatus[] {
  const i = FLOW.indexOf(from as (typeof FLOW)[number]);
  const j = FLOW.indexOf(to as (typeof FLOW)[number]);
  return i >= 0 && j > i + 1 ? FLOW.slice(i + 1, j) : [];
}

/** The column that records when a status was first reached. */
export const STATUS_COLUMN = {
  acknowledged: "acknowledged_at",
  mitigating: "mitigating_at",
  monitoring: "monitoring_at",
  resolved: "resolved_at",
  closed: "closed_at",
  declined: "declined_at",
} as const satisfies Partial<Record<CrisisStatus, keyof CrisesTable>>;

/** When the crisis ended (resolved, declined or closed); null while it is open. Every clock stops there. */
export const endedAt = (c: CrisesTable): string | null =>
  isOpen(c.status) ? null : (c.declined_at ?? c.resolved_at ?? c.closed_at);

const MIN = 60_000;
export const GDPR_ART33_MINUTES = 72 * 60;

function clock(
  id: Clock["id"],
  label: string,
  startedAt: string,
  targetMinutes: number | null,
  own: string | null,
  ended: string | null,
  now: number,
): Clock {
  // A clock stops at its own event, or when the crisis ends without it (nothing left to wait for).
  const stoppedAt = own ?? ended;
  const start = Date.parse(startedAt);
  const due = targetMinutes === null ? null : start + targetMinutes * MIN;
  const end = stoppedAt ? Date.parse(stoppedAt) : now;
  const state: Clock["state"] = stoppedAt
    ? due === null || end <= due
      ? "met"
      : "missed"
    : due !== null && now > due
      ? "overdue"
      : "running";
  return {
    id,
    label,
    started_at: startedAt,
    due_at: due === null ? null : new Date(due).toISOString(),
    stopped_at: stoppedAt,
    target_minutes: targetMinutes,
    elapsed_s: Math.max(0, Math.round((end - start) / 1000)),
    remaining_s: due === null || stoppedAt ? null : Math.round((due - now) / 1000),
    state,
    stopped_by: own ? "event" : ended ? "end" : null,
  };
}

/** Every clock the crisis room shows, computed here so every viewer and the API agree. */
export function computeClocks(
  c: CrisesTable,
  severity: Severity | null,
  art33DoneAt: string | null,
  now: number,
): Clock[] {
  const t = severity?.targets;
  const ended = endedAt(c);
  const clocks = [
    clock(
      "acknowledge",
      "Time to acknowledge",
      c.started_at,
      t?.acknowledgeMinutes ?? null,
      c.acknowledged_at,
      ended,
      now,
    ),
    clock(
      "first_public_word",
      "Time to first public word",
      c.started_at,
      t?.firstPublicWordMinutes ?? null,
      c.first_public_word_at,
      ended,
      now,
    ),
    clock(
      "mitigate",
      "Time to mitigate",
      c.started_at,
      t?.mitigateMinutes ?? null,
      c.monitoring_at,
      ended,
      now,
    ),
  ];
  // The cadence runs from the last public word; before the first one, the first-word clock is the one to watch.
  const lastWord = c.last_public_update_at ?? c.first_public_word_at;
  if (lastWord) {
    clocks.push(
      clock(
        "update_cadence",
        "Time since last public update",
        lastWord,
        severity?.updateCadenceMinutes ?? null,
        null,
        ended,
        now,
      ),
    );
  }
  if (c.personal_data) {
    clocks.push(
      clock(
        "gdpr_art33",
        "GDPR Art. 33: notify the supervisory authority within 72 h of awareness",
        c.aware_at,
        GDPR_ART33_MINUTES,
        // Resolving the incident does not end the duty to notify; a false alarm had no breach to report.
        c.authority_notified_at ?? art33DoneAt,
        c.declined_at,
        now,
      ),
    );
  }
  return clocks;
}

/** A drill's result: the team's times against the plan's targets for its severity. */
export function scoreDrill(
  clocks: Clock[],
  tasks: readonly Pick<CrisisTasksTable, "status" | "due_at" | "done_at">[] = [],
): DrillScore {
  const done = tasks.filter((t) => t.status === "done");
  const late = done.filter((t) => t.due_at && t.done_at && t.done_at > t.due_at).length;
  const taskSummary = {
    total: tasks.length,
    on_time: done.length - late,
    late,
    skipped: tasks.filter((t) => t.status === "skipped").length,
    open: tasks.filter((t) => t.status === "open").length,
  };
  const items = clocks
    .filter(
      (c) =>
        c.id === "acknowledge" ||
        c.id === "first_public_word" ||
        c.id === "mitigate" ||
        c.id === "gdpr_art33",
    )
    .filter((c) => c.target_minutes !== null)
    .map((c) => ({
      id: c.id,
      label: c.label,
      target_minutes: c.target_minutes as number,
      // A step the team never took is not met, even when the drill ended before its target.
      actual_minutes: c.stopped_by === "event" ? Math.round((c.elapsed_s / 60) * 10) / 10 : null,
      met: c.state === "met" && c.stopped_by === "event",
    }));
  const met = items.filter((i) => i.met).length;
  return { score: items.length ? Math.round((100 * met) / items.length) : 0, tasks: taskSummary, items };
}
