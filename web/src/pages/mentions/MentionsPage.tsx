import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { withQuery } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { TimeSeriesChart } from "../../components/Chart.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { EmptyState } from "../../components/EmptyState.js";
import { PageHeader } from "../../components/PageHeader.js";
import { formatRelative, formatTime } from "../../format.js";
import { useLive } from "../../live.js";
import { apiKey, useApiQuery, useCursorList } from "../../queries.js";
import { EMPTY_FILTERS, type Filters, FiltersBar, toParams } from "./filters.js";
import "./mentions.css";

export interface Mention {
  id: string;
  source: string;
  external_id: string;
  text: string;
  url: string | null;
  author: string | null;
  created_at: string;
  language: string;
  sentiment: "negative" | "neutral" | "positive";
  score: number;
  complaint: boolean;
  topics: string[];
  duplicate_of: string | null;
  copies: number;
}

interface Stats {
  bucket: string;
  items: { t: string; mentions: number; negative: number; negative_share: number | null }[];
}

/**
 * In a flood a batch lands many times a second; refetching the list and the chart on each one would
 * cancel the previous fetch before it answered. At most one refresh per this interval, the first at once.
 */
const REFRESH_MS = 3_000;

/** Invalidates the given query keys at most once per REFRESH_MS; the returned function asks for one. */
function useThrottledRefresh(keys: ReturnType<typeof apiKey>[]) {
  const qc = useQueryClient();
  const current = useRef(keys);
  current.current = keys;
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(() => {
    if (timer.current) return;
    const wait = Math.max(0, REFRESH_MS - (Date.now() - last.current));
    timer.current = setTimeout(() => {
      timer.current = undefined;
      last.current = Date.now();
      for (const key of current.current) void qc.invalidateQueries({ queryKey: key });
    }, wait);
  }, [qc]);
}

/** How far back the chart looks per bucket: a whole year of minutes is neither readable nor cheap. */
const CHART_WINDOW_MS = { minute: 6 * 3600_000, hour: 7 * 86_400_000, day: 365 * 86_400_000 } as const;
const WINDOW_LABEL = { minute: "6 hours", hour: "7 days", day: "year" } as const;
const BUCKET_MS = { minute: 60_000, hour: 3600_000, day: 86_400_000 } as const;

/** The chart's start, rounded to a whole bucket so the query (and its cache key) changes once a bucket. */
function chartSince(bucket: keyof typeof CHART_WINDOW_MS): string {
  const step = BUCKET_MS[bucket];
  return new Date(Math.floor((Date.now() - CHART_WINDOW_MS[bucket]) / step) * step).toISOString();
}

const SENTIMENT_TONE = { negative: "red", neutral: "grey", positive: "green" } as const;

/** Mention text is hostile: it is rendered as a text node only, never as HTML. */
function MentionText({ m }: { m: Mention }) {
  return (
    <div className="mention-text">
      <span data-testid="mention-text">{m.text}</span>
      {m.copies > 0 ? <span className="muted"> · {m.copies} copies</span> : null}
      {m.duplicate_of ? <span className="muted"> · copy</span> : null}
    </div>
  );
}

const columns: Column<Mention>[] = [
  {
    key: "created_at",
    header: "When",
    width: "10rem",
    render: (m) => <time dateTime={m.created_at}>{formatTime(m.created_at)}</time>,
    sortValue: (m) => m.created_at,
  },
  { key: "text", header: "Mention", render: (m) => <MentionText m={m} /> },
  {
    key: "sentiment",
    header: "Sentiment",
    width: "7rem",
    render: (m) => (
      <Badge value={m.sentiment} tone={SENTIMENT_TONE[m.sentiment]}>
        {m.sentiment}
      </Badge>
    ),
    sortValue: (m) => m.score,
  },
  { key: "topics", header: "Topics", width: "10rem", render: (m) => m.topics.join(", ") || "—" },
  { key: "language", header: "Lang", width: "4rem" },
  {
    key: "source",
    header: "Source",
    width: "9rem",
    render: (m) =>
      m.url && /^https?:\/\//i.test(m.url) ? (
        <a href={m.url} target="_blank" rel="noopener noreferrer nofollow">
          {m.source}
        </a>
      ) : (
        m.source
      ),
  },
  { key: "author", header: "Author", width: "8rem", render: (m) => m.author ?? "—" },
];

export default function MentionsPage() {
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  const params = toParams(filters);
  const listPath = withQuery("/api/v1/mentions", params);
  const statsPath = withQuery("/api/v1/mentions/stats", {
    ...params,
    bucket: filters.bucket,
    since: chartSince(filters.bucket),
  });
  const list = useCursorList<Mention>(listPath, { limit: 50 });
  const stats = useApiQuery<Stats>(statsPath, { refetchInterval: 30_000 });
  const refresh = useThrottledRefresh([apiKey(listPath), apiKey(statsPath)]);
  const live = useLive<{ mentions: Mention[]; total: number }>("/api/v1/mentions/stream", {
    events: ["mentions"],
    onEvent: refresh,
    keep: 20,
  });
  const recent = useMemo(
    () => live.events.flatMap((e) => [...(e.data.mentions ?? [])].reverse()).slice(0, 20),
    [live.events],
  );
  const points = stats.data?.items ?? [];

  return (
    <>
      <PageHeader title="Mentions" description="Everything said about the shop, classified as it arrives." />
      <FiltersBar value={filters} onChange={setFilters} />
      <Card
        title={`Volume and negative share, last ${WINDOW_LABEL[filters.bucket]}`}
        data-testid="mentions-chart"
      >
        {points.length ? (
          <TimeSeriesChart
            label={`Mentions per ${filters.bucket} and the share that is negative, last ${WINDOW_LABEL[filters.bucket]}`}
            x={points.map((p) => p.t)}
            series={[
              { label: "Mentions", values: points.map((p) => p.mentions), area: true },
              { label: "Negative", values: points.map((p) => p.negative), color: "#b91c1c" },
              {
                label: "Negative %",
                values: points.map((p) =>
                  p.negative_share === null ? null : Math.round(p.negative_share * 100),
                ),
                dashed: true,
              },
            ]}
          />
        ) : (
          <EmptyState title="No mentions in this view yet" />
        )}
      </Card>
      <div className="mentions-grid">
        <Card
          title="Live"
          actions={<span data-testid="mentions-live">{live.state === "open" ? "live" : live.state}</span>}
          data-testid="mentions-live-card"
        >
          {recent.length === 0 ? (
            <p className="muted">New mentions appear here as they arrive.</p>
          ) : (
            <ul className="live-feed" data-testid="live-feed">
              {recent.map((m) => (
                <li key={m.id} data-testid="live-item">
                  <Badge value={m.sentiment} tone={SENTIMENT_TONE[m.sentiment]}>
                    {m.sentiment}
                  </Badge>{" "}
                  <span className="muted">
                    {m.source} · {formatRelative(m.created_at)}
                  </span>
                  <div data-testid="live-text">{m.text}</div>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="All mentions">
          <DataTable<Mention>
            caption="Mentions, newest first"
            columns={columns}
            rows={list.items}
            rowKey={(m) => m.id}
            isLoading={list.isLoading}
            hasMore={list.hasMore}
            loadingMore={list.loadingMore}
            onLoadMore={list.loadMore}
            empty={
              <EmptyState title="No mentions match">Push mentions, add a feed, or import a file.</EmptyState>
            }
            data-testid="mentions-table"
          />
        </Card>
      </div>
    </>
  );
}
