import type { Severity } from "../plan/default-plan/index.js";
import type { Clock, CrisisStatus, DrillScore } from "./schema.js";
import type { CrisesTable, CrisisTasksTable } from "./tables.js";

/**
 * Allowed moves. Forward one step at a time, because each step is a clock the post-mortem measures;
 * back only where reality goes back: a fix that did not hold (monitoring/resolved → mitigating).
 */
export const NEXT: Record<CrisisStatus, readonly CrisisStatus[]> = {
  detected: ["acknowledged"],
  acknowledged: ["mitigating"],
  mitigating: ["monitoring"],
  monitoring: ["resolved", "mitigating"],
  resolved: ["closed", "mitigating"],
  closed: [],
};

export const isOpen = (status: string) => status !== "resolved" && status !== "closed";

/** The column that records when a status was first reached. */
export const STATUS_COLUMN = {
  acknowledged: "acknowledged_at",
  mitigating: "mitigating_at",
  monitoring: "monitoring_at",
  resolved: "resolved_at",
  closed: "closed_at",
} as const satisfies Partial<Record<CrisisStatus, keyof CrisesTable>>;

const MIN = 60_000;
export const GDPR_ART33_MINUTES = 72 * 60;

function clock(
  id: Clock["id"],
  label: string,
  startedAt: string,
  targetMinutes: number | null,
  stoppedAt: string | null,
  now: number,
): Clock {
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
  };
}

/** Every clock the crisis room shows, computed here so every viewer and the API agree. */
export function computeClocks(
  c: CrisesTable,
  severity: Severity | null,
  art33DoneAt: string | null,
  now = Date.now(),
): Clock[] {
  const t = severity?.targets;
  const clocks = [
    clock(
      "acknowledge",
      "Time to acknowledge",
      c.started_at,
      t?.acknowledgeMinutes ?? null,
      c.acknowledged_at,
      now,
    ),
    clock(
      "first_public_word",
      "Time to first public word",
      c.started_at,
      t?.firstPublicWordMinutes ?? null,
      c.first_public_word_at,
      now,
    ),
    clock(
      "mitigate",
      "Time to mitigate",
      c.started_at,
      t?.mitigateMinutes ?? null,
      c.monitoring_at ?? c.resolved_at,
      now,
    ),
  ];
  // The cadence runs from the last public word; before the first one, the first-word clock is the one to watch.
  const lastWord = c.last_public_update_at ?? c.first_public_word_at;
  if (lastWord) {
    const ended = isOpen(c.status) ? null : (c.resolved_at ?? c.closed_at);
    clocks.push(
      clock(
        "update_cadence",
        "Time since last public update",
        lastWord,
        severity?.updateCadenceMinutes ?? null,
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
        c.authority_notified_at ?? art33DoneAt,
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
      actual_minutes: c.stopped_at ? Math.round((c.elapsed_s / 60) * 10) / 10 : null,
      met: c.state === "met",
    }));
  const met = items.filter((i) => i.met).length;
  return { score: items.length ? Math.round((100 * met) / items.length) : 0, tasks: taskSummary, items };
}
