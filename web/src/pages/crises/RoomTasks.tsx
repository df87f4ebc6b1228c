import { type FormEvent, useState } from "react";
import { api } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { Clock } from "../../components/Clock.js";
import { useT } from "../../i18n/t.js";
import type { RoomPart } from "./types.js";

/** "T+15m", "T+2h", "T+3d": when a task is due, counted the way the playbook counts it. */
function relative(due: string, from: string) {
  const m = Math.round((Date.parse(due) - Date.parse(from)) / 60_000);
  if (m % 1440 === 0 && m >= 1440) return `T+${m / 1440}d`;
  if (m % 60 === 0 && m >= 60) return `T+${m / 60}h`;
  return `T+${m}m`;
}

/** The playbook's tasks and any added by hand: tick off, skip, or add one for a role. */
export function Tasks({ c, canAct, act, path }: RoomPart) {
  const tr = useT();
  const [title, setTitle] = useState("");
  const [role, setRole] = useState("crisis_lead");
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    void act(() => api.post(`${path}/tasks`, { title, role })).then(() => setTitle(""));
  };
  const done = c.tasks.filter((t) => t.status !== "open").length;
  // Once resolved, countdowns on what was left undone only distract; the list stays for the record.
  const live = c.status !== "resolved" && c.status !== "closed";
  return (
    <Card title={tr("crisis.tasks", { done, total: c.tasks.length })} data-testid="crisis-tasks">
      <ul className="task-list">
        {c.tasks.map((t) => (
          <li
            key={t.id}
            className={`task task-${t.status}${t.overdue ? " task-overdue" : ""}`}
            data-testid="task"
          >
            <label>
              <input
                type="checkbox"
                checked={t.status === "done"}
                disabled={!canAct}
                onChange={(e) =>
                  void act(() =>
                    api.patch(`${path}/tasks/${t.id}`, { status: e.target.checked ? "done" : "open" }),
                  )
                }
              />{" "}
              <span className="task-title">{t.title}</span>
              {t.due_at ? (
                <span
                  className="muted task-rel"
                  title={t.clock ? tr("crisis.from_awareness") : tr("crisis.from_start")}
                >
                  {" "}
                  {relative(t.due_at, t.clock ? c.aware_at : c.started_at)}
                </span>
              ) : null}
            </label>
            <span className="task-meta">
              <Badge value={t.role} tone="blue" />{" "}
              {t.due_at && t.status === "open" && live ? (
                <Clock deadline={t.due_at} />
              ) : t.done_by ? (
                tr(t.status === "skipped" ? "crisis.skipped_by" : "crisis.done_by", { name: t.done_by })
              ) : null}
              {canAct && live && t.status === "open" ? (
                <button
                  type="button"
                  className="button-ghost button-small"
                  title={tr("crisis.skip_hint")}
                  onClick={() => void act(() => api.patch(`${path}/tasks/${t.id}`, { status: "skipped" }))}
                  data-testid="task-skip"
                >
                  {tr("crisis.skip")}
                </button>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      {canAct ? (
        <form className="inline-form" onSubmit={add}>
          <input
            aria-label={tr("crisis.new_task")}
            placeholder={tr("crisis.new_task_placeholder")}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            data-testid="task-new"
          />
          <select aria-label={tr("crisis.task_role")} value={role} onChange={(e) => setRole(e.target.value)}>
            {c.roles.map((r) => (
              <option key={r.role} value={r.role}>
                {r.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {tr("crisis.add")}
          </button>
        </form>
      ) : null}
    </Card>
  );
}
