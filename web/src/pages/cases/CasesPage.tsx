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
import { InboxFilters } from "./InboxFilters.js";
import { NewCase } from "./NewCase.js";
import { PolicyEditor } from "./PolicyEditor.js";
import { Shortcuts, useShortcuts } from "./shortcuts.js";
import "./cases.css";
import { useT } from "../../i18n/t.js";
import { type Case, customerName } from "./types.js";

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

/** The API's list query for the page's filters; the order is applied here, not by the server. */
function listPath(params: URLSearchParams): string {
  const status = params.get("status") ?? "open";
  const priority = params.get("priority") ?? "";
  const topic = params.get("topic") ?? "";
  const query = new URLSearchParams();
  if (params.get("overdue") === "true") query.set("overdue", "true");
  if (status) query.set("status", status);
  if (priority) query.set("priority", priority);
  if (topic) query.set("topic", topic);
  const qs = query.toString();
  return `/api/v1/cases${qs ? `?${qs}` : ""}`;
}

const PRIORITY_TONE = { P1: "red", P2: "orange", P3: "yellow", P4: "blue" } as const;
export const PriorityBadge = ({ p }: { p: Case["priority"] }) => <Badge value={p} tone={PRIORITY_TONE[p]} />;

function Inbox() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();

  const sort = params.get("sort") === "urgent" ? "urgent" : "newest";
  const path = listPath(params);
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
          <InboxFilters params={params} setFilter={setFilter} />
          {list.isLoading ? <p className="cases-muted">{t("app.loading")}</p> : null}
          {!list.isLoading && items.length === 0 ? (
            <EmptyState title={t("cases.none")}>{t("cases.none_hint")}</EmptyState>
          ) : null}
          <ul className="cases-list" ref={listRef} data-testid="cases-list">
            {items.map((c) => (
              <CaseItem key={c.id} c={c} selected={c.id === id} here={here} />
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

/** One case in the inbox list: who, where from, the start of the text, status and the running clock. */
function CaseItem({ c, selected, here }: { c: Case; selected: boolean; here: string }) {
  const t = useT();
  return (
    <li aria-current={selected} className={selected ? "is-selected" : undefined}>
      <Link to={`/cases/${c.id}${here ? `?${here}` : ""}`} data-testid="case-link" className="cases-item">
        <span className="cases-item-head">
          <PriorityBadge p={c.priority} />
          <strong data-testid="case-customer">
            <bdi>{customerName(c)}</bdi>
          </strong>
          <span className="cases-muted">
            {c.source} · {c.customer_language ?? c.language} · {formatRelative(c.created_at)}
          </span>
        </span>
        <span className="cases-snippet" dir="auto">
          {c.text.slice(0, 160)}
        </span>
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
  );
}
