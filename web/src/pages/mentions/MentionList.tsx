import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { Link } from "react-router-dom";
import { type Page, withQuery } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { EmptyState } from "../../components/EmptyState.js";
import { PageHeader } from "../../components/PageHeader.js";
import { formatRelative, formatTime } from "../../format.js";
import { useT, useTOr } from "../../i18n/t.js";
import { useLive } from "../../live.js";
import { useApiQuery, useCursorList } from "../../queries.js";
import { useSession } from "../../session.js";
import { FiltersBar, toParams, useLanguageName, useUrlFilters } from "./filters.js";
import { MentionsChart, rangeStart } from "./MentionsChart.js";
import type { Mention } from "./types.js";

/**
 * In a flood a batch lands many times a second; refetching the list and the chart on each one would
 * cancel the previous fetch before it answered. At most one refresh per this interval, the first at once.
 */
const REFRESH_MS = 3_000;

function useThrottledRefresh() {
  const qc = useQueryClient();
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(() => {
    if (timer.current) return;
    const wait = Math.max(0, REFRESH_MS - (Date.now() - last.current));
    timer.current = setTimeout(() => {
      timer.current = undefined;
      last.current = Date.now();
      void qc.invalidateQueries({
        predicate: (q) => String(q.queryKey[1] ?? "").startsWith("/api/v1/mentions"),
      });
    }, wait);
  }, [qc]);
}

const SENTIMENT_TONE = { negative: "red", neutral: "grey", positive: "green" } as const;

/** Mention text is hostile: it is rendered as a text node only, never as HTML. */
function MentionText({ m }: { m: Mention }) {
  const t = useT();
  return (
    <div className="mention-text">
      <bdi data-testid="mention-text">{m.text}</bdi>
      {m.copies > 0 ? <span className="muted"> · {t("mentions.copies", { count: m.copies })}</span> : null}
      {m.duplicate_of ? <span className="muted"> · {t("mentions.is_copy")}</span> : null}
    </div>
  );
}

function useColumns(linkToDetail: boolean): Column<Mention>[] {
  const t = useT();
  const tOr = useTOr();
  const languageName = useLanguageName();
  return useMemo(
    () => [
      {
        key: "created_at",
        header: t("mentions.col_when"),
        width: "9rem",
        render: (m) => {
          const when = <time dateTime={m.created_at}>{formatTime(m.created_at)}</time>;
          return linkToDetail ? <Link to={`/mentions/${encodeURIComponent(m.id)}`}>{when}</Link> : when;
        },
        sortValue: (m) => m.created_at,
      },
      { key: "text", header: t("mentions.col_text"), render: (m) => <MentionText m={m} /> },
      {
        key: "sentiment",
        header: t("mentions.sentiment"),
        width: "7rem",
        render: (m) => <Badge value={m.sentiment} tone={SENTIMENT_TONE[m.sentiment]} />,
        sortValue: (m) => m.score,
      },
      {
        key: "topics",
        header: t("mentions.col_topics"),
        width: "9rem",
        render: (m) => m.topics.map((x) => tOr(`topic.${x}`, x)).join(", ") || "—",
      },
      {
        key: "language",
        header: t("mentions.language"),
        width: "6rem",
        render: (m) => languageName(m.language),
      },
      {
        key: "source",
        header: t("mentions.source"),
        width: "8rem",
        render: (m) =>
          m.url && /^https?:\/\//i.test(m.url) ? (
            <a href={m.url} target="_blank" rel="noopener noreferrer nofollow">
              <bdi>{m.source}</bdi>
            </a>
          ) : (
            <bdi>{m.source}</bdi>
          ),
      },
      {
        key: "author",
        header: t("mentions.col_author"),
        width: "8rem",
        render: (m) => (m.author ? <bdi>{m.author}</bdi> : "—"),
      },
    ],
    [t, tOr, languageName, linkToDetail],
  );
}

export function MentionList({ linkToDetail }: { linkToDetail: boolean }) {
  const t = useT();
  const session = useSession();
  const [filters, setFilters] = useUrlFilters();
  const since = new Date(rangeStart(filters)).toISOString();
  const listPath = withQuery("/api/v1/mentions", { ...toParams(filters), since });
  const list = useCursorList<Mention>(listPath, { limit: 50 });
  const sources = useApiQuery<Page<{ name: string }>>("/api/v1/sources");
  const refresh = useThrottledRefresh();
  const live = useLive<{ mentions: Mention[]; total: number }>("/api/v1/mentions/stream", {
    events: ["mentions"],
    onEvent: refresh,
    keep: 20,
  });
  const recent = useMemo(
    () => live.events.flatMap((e) => [...(e.data.mentions ?? [])].reverse()).slice(0, 20),
    [live.events],
  );
  const sourceNames = useMemo(
    () => [
      ...new Set([
        ...(sources.data?.items ?? []).map((s) => s.name),
        ...list.items.map((m) => m.source),
        ...recent.map((m) => m.source),
      ]),
    ],
    [sources.data, list.items, recent],
  );
  const languagesSeen = useMemo(
    () => [...new Set([...list.items, ...recent].map((m) => m.language))],
    [list.items, recent],
  );
  const columns = useColumns(linkToDetail);
  const filtered = Boolean(
    filters.q || filters.sentiment || filters.topic || filters.language || filters.source,
  );

  return (
    <>
      <PageHeader title={t("nav.mentions")} description={t("mentions.description")} />
      <FiltersBar value={filters} onChange={setFilters} sources={sourceNames} languages={languagesSeen} />
      <MentionsChart filters={filters} />
      <div className="mentions-grid">
        <Card
          title={t("mentions.live")}
          actions={<span data-testid="mentions-live">{t(`mentions.live_state.${live.state}`)}</span>}
          data-testid="mentions-live-card"
        >
          {recent.length === 0 ? (
            <p className="muted">{t("mentions.live_empty")}</p>
          ) : (
            <ul className="live-feed" data-testid="live-feed">
              {recent.map((m) => (
                <li key={m.id} data-testid="live-item">
                  <Badge value={m.sentiment} tone={SENTIMENT_TONE[m.sentiment]} />{" "}
                  <span className="muted">
                    <bdi>{m.source}</bdi> · {formatRelative(m.created_at)}
                  </span>
                  <div data-testid="live-text" className="mention-text" dir="auto">
                    {m.text}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("mentions.all")}>
          <DataTable<Mention>
            caption={t("mentions.caption")}
            columns={columns}
            rows={list.items}
            rowKey={(m) => m.id}
            isLoading={list.isLoading}
            hasMore={list.hasMore}
            loadingMore={list.loadingMore}
            onLoadMore={list.loadMore}
            stackOnPhone
            empty={
              filtered ? (
                <EmptyState title={t("mentions.none_match")}>{t("mentions.none_match_hint")}</EmptyState>
              ) : (
                <EmptyState
                  title={t("mentions.none")}
                  action={
                    session.can("admin") ? (
                      <Link className="button button-primary" to="/settings/sources">
                        {t("mentions.connect_source")}
                      </Link>
                    ) : undefined
                  }
                >
                  {t("mentions.none_hint")}
                </EmptyState>
              )
            }
            data-testid="mentions-table"
          />
        </Card>
      </div>
    </>
  );
}
