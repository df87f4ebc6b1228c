import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { api, errorMessage } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { Clock } from "../../components/Clock.js";
import { EmptyState } from "../../components/EmptyState.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { formatTime } from "../../format.js";
import { useT } from "../../i18n/t.js";
import { useLive } from "../../live.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { RecoveryChart } from "../review/RecoveryChart.js";
import { EscalationCard, LinksCard, ObligationsCard, SummaryCard } from "./RoomPanels.js";
import { ImpactCard, Roles } from "./RoomSide.js";
import { StatusBar } from "./StatusBar.js";
import type { Crisis, RoomPart } from "./types.js";

/** The room: everything about one crisis on one screen, refreshed for everyone when anyone changes it. */
export function CrisisRoom() {
  const { id = "" } = useParams();
  const path = `/api/v1/crises/${id}`;
  const q = useApiQuery<Crisis>(path, { refetchInterval: 30_000 });
  const qc = useQueryClient();
  const [people, setPeople] = useState<{ name: string; tabs: number }[]>([]);
  const live = useLive<{ people?: { name: string; tabs: number }[] }>(`${path}/stream`, {
    events: ["crisis", "presence"],
    onEvent: (e) => {
      if (e.type === "presence") setPeople(e.data.people ?? []);
      else void qc.invalidateQueries({ queryKey: apiKey(path) });
    },
  });
  const session = useSession();
  const toast = useToast();
  const t = useT();
  const canAct = session.can("responder");

  const act = async (fn: () => Promise<unknown>) => {
    try {
      const r = await fn();
      if (r && typeof r === "object" && "id" in r && "timeline" in r) qc.setQueryData(apiKey(path), r);
      else await qc.invalidateQueries({ queryKey: apiKey(path) });
    } catch (e) {
      toast({ message: errorMessage(e), tone: "error" });
    }
  };

  if (q.isLoading) return <div className="page-loading">{t("app.loading")}</div>;
  if (q.error || !q.data)
    return <EmptyState title={t("crisis.cannot_show")}>{errorMessage(q.error)}</EmptyState>;
  const c = q.data;
  return (
    <div className="crisis-room" data-testid="crisis-room">
      <PageHeader
        title={c.title}
        description={t("crisis.type_started", { type: c.type_name, time: formatTime(c.started_at) })}
        actions={<Link to="/crises">{t("crisis.all")}</Link>}
      />
      <StatusBar c={c} canAct={canAct} act={act} path={path} live={live.state} people={people} />

      {c.severity_info ? (
        <p className="crisis-severity-meaning muted" data-testid="severity-meaning">
          {c.severity_info.name.includes(c.severity)
            ? c.severity_info.name
            : `${c.severity} · ${c.severity_info.name}`}
          : {c.severity_info.meaning}
        </p>
      ) : null}

      <section className="crisis-clocks" aria-label={t("crisis.clocks")} data-testid="crisis-clocks">
        {c.clocks.map((k) => (
          <div
            key={k.id}
            className={`crisis-clock clock-card-${k.state}`}
            data-testid={`clock-${k.id}`}
            data-state={k.state}
          >
            <div className="crisis-clock-label">{k.label}</div>
            <Clock since={k.started_at} deadline={k.due_at} stoppedAt={k.stopped_at} />
            {k.stopped_by === "end" ? (
              <div className="crisis-clock-target">{t("crisis.clock_ended")}</div>
            ) : null}
            {k.target_minutes ? (
              <div className="crisis-clock-target">{t("crisis.clock_target", { min: k.target_minutes })}</div>
            ) : null}
          </div>
        ))}
      </section>

      {c.drill_score ? (
        <Card title={t("crisis.drill_score", { score: c.drill_score.score })} data-testid="drill-score">
          <ul>
            {c.drill_score.tasks ? (
              <li data-testid="drill-tasks">
                {t("crisis.drill_tasks", {
                  on_time: c.drill_score.tasks.on_time,
                  late: c.drill_score.tasks.late,
                  skipped: c.drill_score.tasks.skipped,
                  open: c.drill_score.tasks.open,
                  total: c.drill_score.tasks.total,
                })}
              </li>
            ) : null}
            {c.drill_score.items.map((i) => (
              <li key={i.id}>
                {i.met ? "✓" : "✗"}{" "}
                {t("crisis.drill_item", {
                  label: i.label,
                  actual: i.actual_minutes ?? "—",
                  target: i.target_minutes,
                })}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <div className="crisis-grid">
        <div className="stack">
          <Tasks c={c} canAct={canAct} act={act} path={path} />
          <Timeline c={c} canAct={canAct} act={act} path={path} />
        </div>
        <div className="stack">
          <Roles c={c} canAct={canAct} act={act} path={path} />
          <ImpactCard c={c} canAct={canAct} act={act} path={path} />
          <ObligationsCard c={c} canAct={canAct} act={act} path={path} />
          <Card title={t("crisis.next_title")} data-testid="crisis-next">
            <p>
              <Link to={`/messages?crisis=${encodeURIComponent(c.id)}`} data-testid="crisis-write-message">
                {t("crisis.write_message")}
              </Link>
            </p>
            {!c.drill && (c.status === "resolved" || c.status === "closed") ? (
              <p>
                <Link to={`/reports/crises/${encodeURIComponent(c.id)}`} data-testid="crisis-postmortem">
                  {t("crisis.postmortem")}
                </Link>
              </p>
            ) : null}
            <RecoveryChart crisisId={c.id} />
          </Card>
          <EscalationCard c={c} canAct={canAct} act={act} path={path} />
          <LinksCard c={c} canAct={canAct} act={act} path={path} />
          <SummaryCard c={c} canAct={canAct} act={act} path={path} />
        </div>
      </div>
    </div>
  );
}

type Part = RoomPart;

/** "T+15m", "T+2h", "T+3d": when a task is due, counted the way the playbook counts it. */
function relative(due: string, from: string) {
  const m = Math.round((Date.parse(due) - Date.parse(from)) / 60_000);
  if (m % 1440 === 0 && m >= 1440) return `T+${m / 1440}d`;
  if (m % 60 === 0 && m >= 60) return `T+${m / 60}h`;
  return `T+${m}m`;
}

function Tasks({ c, canAct, act, path }: Part) {
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

function Timeline({ c, canAct, act, path }: Part) {
  const t = useT();
  const [text, setText] = useState("");
  const [decision, setDecision] = useState(false);
  const [onlyKey, setOnlyKey] = useState(false);
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    // A decision is what the post-mortem asks about first: it is a key event from the start.
    const body = decision ? { text, kind: "decision", key_event: true } : { text };
    void act(() => api.post(`${path}/events`, body)).then(() => {
      setText("");
      setDecision(false);
    });
  };
  const events = [...c.timeline].reverse().filter((e) => !onlyKey || e.key_event);
  return (
    <Card
      title={t("crisis.timeline")}
      data-testid="crisis-timeline"
      actions={
        <label className="muted">
          <input type="checkbox" checked={onlyKey} onChange={(e) => setOnlyKey(e.target.checked)} />{" "}
          {t("crisis.key_only")}
        </label>
      }
    >
      {canAct ? (
        <form className="inline-form" onSubmit={add}>
          <input
            aria-label={t("crisis.note")}
            placeholder={t("crisis.note_placeholder")}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="note-text"
          />
          <label className="muted">
            <input
              type="checkbox"
              checked={decision}
              onChange={(e) => setDecision(e.target.checked)}
              data-testid="note-decision"
            />{" "}
            {t("crisis.decision")}
          </label>
          <button type="submit" className="button" data-testid="note-add">
            {t("crisis.add_note")}
          </button>
        </form>
      ) : null}
      <ol className="timeline">
        {events.map((e) => (
          <li
            key={e.id}
            className={e.key_event ? "timeline-key" : ""}
            data-testid="timeline-event"
            data-kind={e.kind}
          >
            <time dateTime={e.at}>{formatTime(e.at)}</time>
            <span className="timeline-text">
              {e.kind === "decision" ? <strong>{t("crisis.decision_prefix")} </strong> : null}
              {e.text}
            </span>
            <span className="timeline-actor">{e.actor}</span>
            {canAct ? (
              <button
                type="button"
                className="button-ghost button-small"
                aria-pressed={e.key_event}
                title={e.key_event ? t("crisis.key_event") : t("crisis.mark_key")}
                onClick={() =>
                  void act(() => api.patch(`${path}/events/${e.id}`, { key_event: !e.key_event }))
                }
              >
                {e.key_event ? "★" : "☆"}
              </button>
            ) : e.key_event ? (
              "★"
            ) : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}
