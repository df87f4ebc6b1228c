import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, Route, Routes, useNavigate, useParams, useSearchParams } from "react-router-dom";
import { Badge } from "../../components/Badge.js";
import { Clock } from "../../components/Clock.js";
import { EmptyState } from "../../components/EmptyState.js";
import { PageHeader } from "../../components/PageHeader.js";
import { formatRelative } from "../../format.js";
import { useLive } from "../../live.js";
import { apiKey, useCursorList } from "../../queries.js";
import { CaseTabs } from "./CaseTabs.js";
import { CaseView } from "./CaseView.js";
import { Costs } from "./Costs.js";
import { NewCase } from "./NewCase.js";
import { PolicyEditor } from "./PolicyEditor.js";
import { Shortcuts, useShortcuts } from "./shortcuts.js";
import "./cases.css";
import { useT, useTOr } from "../../i18n/t.js";
import { type Case, customerName, PRIORITIES, STATUSES, TOPICS } from "./types.js";

export default function CasesPage() {
  return (
    <Routes>
      <Route index element={<Inbox />} />
      <Route path="new" element={<NewCase />} />
      <Route path="costs" element={<Costs />} />
      <Route path="policy" element={<PolicyEditor />} />
      <Route path=":id" element={<Inbox />} />
    </Routes>
  );
}

const dueOf = (c: Case) =>
  c.status === "new" && !c.first_response_at ? c.first_response_due_at : c.resolve_due_at;

const PRIORITY_TONE = { P1: "red", P2: "orange", P3: "yellow", P4: "blue" } as const;
export const PriorityBadge = ({ p }: { p: Case["priority"] }) => <Badge value={p} tone={PRIORITY_TONE[p]} />;

function Inbox() {
  const t = useT();
  const { id } = useParams();
  const tOr = useTOr();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();

  const status = params.get("status") ?? "open";
  const priority = params.get("priority") ?? "";
  const topic = params.get("topic") ?? "";
  const overdue = params.get("overdue") === "true";
  const sort = params.get("sort") === "urgent" ? "urgent" : "newest";
  const query = new URLSearchParams();
  if (overdue) query.set("overdue", "true");
  if (status) query.set("status", status);
  if (priority) query.set("priority", priority);
  if (topic) query.set("topic", topic);
  const qs = query.toString();
  const path = `/api/v1/cases${qs ? `?${qs}` : ""}`;
  const qc = useQueryClient();
  const live = useLive<{ id: string }>("/api/v1/cases/stream", {
    events: ["case"],
    invalidate: [apiKey(path)],
    onEvent: (e) => {
      const changed = (e.data as { id?: string } | null)?.id;
      if (changed) void qc.invalidateQueries({ queryKey: apiKey(`/api/v1/cases/${changed}`) });
    },
  });
  const list = useCursorList<Case>(path, { refetchInterval: 30_000, limit: 100 });
  // Most urgent first: unanswered before answered, then priority, then the nearest clock.
  const items =
    sort === "urgent"
      ? [...list.items].sort(
          (a, b) =>
            Number(b.status === "new") - Number(a.status === "new") ||
            a.priority.localeCompare(b.priority) ||
            dueOf(a).localeCompare(dueOf(b)),
        )
      : list.items;
  const [help, setHelp] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value || key === "status") next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  // Links keep the page's own filters and order.
  const here = params.toString();
  const open = (caseId: string) => navigate(`/cases/${caseId}${here ? `?${here}` : ""}`);
  const index = items.findIndex((c) => c.id === id);
  const move = (step: number) => {
    if (!items.length) return;
    const next = items[Math.min(items.length - 1, Math.max(0, index + step))];
    if (next) open(next.id);
  };

  useShortcuts({
    j: () => move(1),
    ArrowDown: () => move(1),
    k: () => move(-1),
    ArrowUp: () => move(-1),
    r: () => document.querySelector<HTMLTextAreaElement>("[data-testid=reply-text]")?.focus(),
    g: () => document.querySelector<HTMLSelectElement>("[data-testid=remedy-kind]")?.focus(),
    "/": () => document.querySelector<HTMLSelectElement>("[data-testid=cases-filter-status]")?.focus(),
    "?": () => setHelp((h) => !h),
  });

  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>("[aria-current=true]")?.scrollIntoView({ block: "nearest" });
  }, []);

  return (
    <>
      <PageHeader
        title={t("nav.cases")}
        description={t("cases.intro")}
        actions={
          <span className="cases-muted">
            <span data-testid="cases-live">{live.state === "open" ? t("crisis.live") : live.state}</span> ·{" "}
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => setHelp((h) => !h)}
            >
              {t("cases.shortcuts")}
            </button>
          </span>
        }
      />
      <CaseTabs />
      {help ? <Shortcuts onClose={() => setHelp(false)} /> : null}
      <div className="cases-layout">
        <section className="cases-inbox" aria-label={t("cases.inbox")}>
          <div className="cases-filters">
            <label>
              {t("crises.col_status")}{" "}
              <select
                className="select"
                value={status}
                onChange={(e) => setFilter("status", e.target.value)}
                data-testid="cases-filter-status"
              >
                <option value="open">{t("cases.filter_open")}</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`case.status.${s}`)}
                  </option>
                ))}
                <option value="">{t("common.all")}</option>
              </select>
            </label>
            <label>
              {t("cases.priority")}{" "}
              <select
                className="select"
                value={priority}
                onChange={(e) => setFilter("priority", e.target.value)}
                data-testid="cases-filter-priority"
              >
                <option value="">{t("cases.any")}</option>
                {PRIORITIES.map((p) => (
                  <option key={p}>{p}</option>
                ))}
              </select>
            </label>
            <label>
              {t("cases.topic")}{" "}
              <select
                className="select"
                value={topic}
                onChange={(e) => setFilter("topic", e.target.value)}
                data-testid="cases-filter-topic"
              >
                <option value="">{t("cases.any")}</option>
                {TOPICS.map((tp) => (
                  <option key={tp} value={tp}>
                    {tOr(`topic.${tp}`, tp.replace("_", " "))}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label className="cases-muted">
            <input
              type="checkbox"
              checked={overdue}
              onChange={(e) => setFilter("overdue", e.target.checked ? "true" : "")}
              data-testid="cases-filter-overdue"
            />{" "}
            {t("cases.only_overdue")}
          </label>{" "}
          <label className="cases-muted">
            {t("cases.order")}{" "}
            <select
              className="select cases-sort"
              value={sort}
              onChange={(e) => setFilter("sort", e.target.value === "urgent" ? "urgent" : "")}
              data-testid="cases-sort"
            >
              <option value="newest">{t("cases.newest")}</option>
              <option value="urgent">{t("cases.urgent")}</option>
            </select>
          </label>
          {list.isLoading ? <p className="cases-muted">{t("app.loading")}</p> : null}
          {!list.isLoading && items.length === 0 ? (
            <EmptyState title={t("cases.none")}>{t("cases.none_hint")}</EmptyState>
          ) : null}
          <ul className="cases-list" ref={listRef} data-testid="cases-list">
            {items.map((c) => (
              <li key={c.id} aria-current={c.id === id} className={c.id === id ? "is-selected" : undefined}>
                <Link
                  to={`/cases/${c.id}${here ? `?${here}` : ""}`}
                  data-testid="case-link"
                  className="cases-item"
                >
                  <span className="cases-item-head">
                    <PriorityBadge p={c.priority} />
                    <strong data-testid="case-customer">{customerName(c)}</strong>
                    <span className="cases-muted">
                      {c.source} · {c.language} · {formatRelative(c.created_at)}
                    </span>
                  </span>
                  <span className="cases-snippet">{c.text.slice(0, 160)}</span>
                  <span className="cases-item-foot">
                    <Badge value={c.status} />
                    {c.escalated_at ? <Badge value="escalated" /> : null}
                    {c.status === "new" ? (
                      <Clock deadline={c.first_response_due_at} label={t("cases.first_response")} />
                    ) : c.resolved_at ? null : (
                      <Clock deadline={c.resolve_due_at} label={t("cases.resolution")} />
                    )}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          {list.hasMore ? (
            <button
              type="button"
              className="button button-small"
              onClick={list.loadMore}
              disabled={list.loadingMore}
            >
              {t("common.load_more")}
            </button>
          ) : null}
        </section>
        <section className="cases-detail" aria-label={t("cases.case")}>
          {id ? (
            <CaseView id={id} />
          ) : (
            <EmptyState title={t("cases.pick")}>{t("cases.pick_hint")}</EmptyState>
          )}
        </section>
      </div>
    </>
  );
}
