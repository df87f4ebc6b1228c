import { useSyncExternalStore } from "react";
import { formatTime } from "../format.js";
import { useT } from "../i18n/t.js";

// One shared one-second tick for every clock on the page instead of one interval each.
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;
function subscribe(fn: () => void) {
  listeners.add(fn);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(fn);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}
/** The current time, re-rendering every second. */
export const useNow = () => useSyncExternalStore(subscribe, () => now);

/** "3d 4h", "2h 05m", "4m 09s", "12s". */
export function formatDuration(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${pad(m)}m`;
  if (m > 0) return `${m}m ${pad(sec)}s`;
  return `${sec}s`;
}

export interface ClockProps {
  /** ISO time the clock started: shows time elapsed. */
  since?: string | null;
  /** ISO deadline: shows time remaining, then "overdue by …" in red. */
  deadline?: string | null;
  /** When the clock was stopped (e.g. acknowledged): freezes the figure and shows it as met or missed. */
  stoppedAt?: string | null;
  label?: string;
  /** Turn amber when less than this many ms remain (default 15 minutes). */
  warnWithin?: number;
}

/**
 * A live elapsed or remaining time. With a deadline it counts down and turns red once overdue;
 * with only `since` it counts up. The exact times are in the tooltip.
 */
export function Clock({ since, deadline, stoppedAt, label, warnWithin = 15 * 60_000 }: ClockProps) {
  const live = useNow();
  const t = useT();
  const at = stoppedAt ? Date.parse(stoppedAt) : live;
  let text: string;
  let state: "running" | "warn" | "overdue" | "met" = "running";
  if (deadline) {
    const left = Date.parse(deadline) - at;
    if (left < 0) {
      state = "overdue";
      text = t(stoppedAt ? "clock.missed" : "clock.overdue", { d: formatDuration(left) });
    } else if (stoppedAt) {
      state = "met";
      text = t("clock.met", { d: formatDuration(left) });
    } else {
      if (left <= warnWithin) state = "warn";
      text = t("clock.left", { d: formatDuration(left) });
    }
  } else if (since) {
    text = formatDuration(at - Date.parse(since));
    if (stoppedAt) state = "met";
  } else {
    text = "—";
  }
  const title = [
    since && t("clock.started", { time: formatTime(since) }),
    deadline && t("clock.due", { time: formatTime(deadline) }),
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <span
      className={`clock clock-${state}`}
      title={title || undefined}
      data-testid="clock"
      data-state={state}
    >
      {label ? <span className="clock-label">{label}</span> : null}
      <time dateTime={deadline ?? since ?? undefined}>{text}</time>
    </span>
  );
}
