import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { errorMessage } from "../../api.js";
import { Card } from "../../components/Card.js";
import { Clock } from "../../components/Clock.js";
import { EmptyState } from "../../components/EmptyState.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { formatTime } from "../../format.js";
import { useLocale } from "../../i18n/I18nProvider.js";
import { useT } from "../../i18n/t.js";
import { useLive } from "../../live.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { RecoveryChart } from "../review/RecoveryChart.js";
import { EscalationCard, LinksCard, ObligationsCard } from "./RoomPanels.js";
import { ImpactCard, Roles } from "./RoomSide.js";
import { Tasks } from "./RoomTasks.js";
import { Timeline } from "./RoomTimeline.js";
import { StatusBar } from "./StatusBar.js";
import { SummaryCard } from "./SummaryCard.js";
import type { Crisis, RoomPart } from "./types.js";

type Presence = { name: string; tabs: number }[];

/**
 * The crisis kept fresh: its stream says who else is in the room and when anyone changed it. `act` runs a
 * change and takes the crisis it answers (or refetches), saying a failure in a toast.
 */
function useCrisisRoom(path: string) {
  // The server says each event in the reader's language too (`sentence`), for lines the dashboard cannot.
  const { locale } = useLocale();
  const view = `${path}?lang=${locale}`;
  const q = useApiQuery<Crisis>(view, { refetchInterval: 30_000 });
  const qc = useQueryClient();
  const [people, setPeople] = useState<Presence>([]);
  const live = useLive<{ people?: Presence }>(`${path}/stream`, {
    events: ["crisis", "presence"],
    onEvent: (e) => {
      if (e.type === "presence") setPeople(e.data.people ?? []);
      else void qc.invalidateQueries({ queryKey: apiKey(view) });
    },
  });
  const toast = useToast();
  const act = async (fn: () => Promise<unknown>) => {
    try {
      const r = await fn();
      if (r && typeof r === "object" && "id" in r && "timeline" in r) qc.setQueryData(apiKey(view), r);
      else await qc.invalidateQueries({ queryKey: apiKey(view) });
    } catch (e) {
      toast({ message: errorMessage(e), tone: "error" });
    }
  };
  return { q, people, liveState: live.state, act };
}

/** The room: everything about one crisis on one screen, refreshed for everyone when anyone changes it. */
export function CrisisRoom() {
  const { id = "" } = useParams();
  const path = `/api/v1/crises/${id}`;
  const { q, people, liveState, act } = useCrisisRoom(path);
  const session = useSession();
  const t = useT();
  const canAct = session.can("responder");

  if (q.isLoading) return <div className="page-loading">{t("app.loading")}</div>;
  if (q.error || !q.data)
    return <EmptyState title={t("crisis.cannot_show")}>{errorMessage(q.error)}</EmptyState>;
  const c = q.data;
  const part: RoomPart = { c, canAct, act, path };
  return (
    <div className="crisis-room" data-testid="crisis-room">
      <PageHeader
        title={c.title}
        description={t("crisis.type_started", { type: c.type_name, time: formatTime(c.started_at) })}
        actions={<Link to="/crises">{t("crisis.all")}</Link>}
      />
      <StatusBar {...part} live={liveState} people={people} />
      <SeverityMeaning c={c} />
      <CrisisClocks c={c} />
      <DrillScoreCard c={c} />
      <div className="crisis-grid">
        <div className="stack">
          <Tasks {...part} />
          <Timeline {...part} />
        </div>
        <div className="stack">
          <Roles {...part} />
          <ImpactCard {...part} />
          <ObligationsCard {...part} />
          <NextStepsCard c={c} />
          <EscalationCard {...part} />
          <LinksCard {...part} />
          <SummaryCard {...part} />
        </div>
      </div>
    </div>
  );
}

/** What the severity means, from the crisis type; nothing when the type does not say. */
function SeverityMeaning({ c }: { c: Crisis }) {
  if (!c.severity_info) return null;
  return (
    <p className="crisis-severity-meaning muted" data-testid="severity-meaning">
      {c.severity_info.name.includes(c.severity)
        ? c.severity_info.name
        : `${c.severity} · ${c.severity_info.name}`}
      : {c.severity_info.meaning}
    </p>
  );
}

/** One card per clock: running toward its deadline, or stopped. */
function CrisisClocks({ c }: { c: Crisis }) {
  const t = useT();
  return (
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
  );
}

/** A drill's score: tasks on time, and each target met or missed. */
function DrillScoreCard({ c }: { c: Crisis }) {
  const t = useT();
  if (!c.drill_score) return null;
  const { score, tasks, items } = c.drill_score;
  return (
    <Card title={t("crisis.drill_score", { score })} data-testid="drill-score">
      <ul>
        {tasks ? (
          <li data-testid="drill-tasks">
            {t("crisis.drill_tasks", {
              on_time: tasks.on_time,
              late: tasks.late,
              skipped: tasks.skipped,
              open: tasks.open,
              total: tasks.total,
            })}
          </li>
        ) : null}
        {items.map((i) => (
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
  );
}

/** Where to go from here: write to customers, and once it is over, the post-mortem. */
function NextStepsCard({ c }: { c: Crisis }) {
  const t = useT();
  return (
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
  );
}
