import { withQuery } from "../../api.js";
import { Card } from "../../components/Card.js";
import { TimeSeriesChart } from "../../components/Chart.js";
import { EmptyState } from "../../components/EmptyState.js";
import { useT } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";
import { type Bucket, type Filters, RANGES, toParams } from "./filters.js";

export interface StatsPoint {
  t: string;
  mentions: number;
  negative: number;
  negative_share: number | null;
}
interface Stats {
  bucket: Bucket;
  items: StatsPoint[];
}

const BUCKET_MS: Record<Bucket, number> = { minute: 60_000, hour: 3600_000, day: 86_400_000 };

/** The start of the range, on a whole (UTC) bucket, so the query and its cache key change once a bucket. */
export function rangeStart(filters: Pick<Filters, "range" | "bucket">, now = Date.now()): number {
  const step = BUCKET_MS[filters.bucket];
  return Math.floor((now - RANGES[filters.range].ms) / step) * step + step;
}

/**
 * Every bucket of the range, the empty ones as zero: the server only answers buckets that had
 * mentions, and a line drawn between them would hide a quiet night.
 */
export function fillBuckets(
  items: StatsPoint[],
  bucket: Bucket,
  from: number,
  now = Date.now(),
): StatsPoint[] {
  const step = BUCKET_MS[bucket];
  const byStart = new Map(items.map((p) => [Date.parse(p.t), p]));
  const out: StatsPoint[] = [];
  for (let t = from; t <= now; t += step) {
    out.push(
      byStart.get(t) ?? { t: new Date(t).toISOString(), mentions: 0, negative: 0, negative_share: null },
    );
  }
  return out;
}

export function MentionsChart({ filters }: { filters: Filters }) {
  const t = useT();
  const from = rangeStart(filters);
  const path = withQuery("/api/v1/mentions/stats", {
    ...toParams(filters),
    bucket: filters.bucket,
    since: new Date(from).toISOString(),
  });
  const stats = useApiQuery<Stats>(path, { refetchInterval: 30_000 });
  const points = stats.data ? fillBuckets(stats.data.items, filters.bucket, from) : [];
  const total = points.reduce((n, p) => n + p.mentions, 0);
  const title = t("mentions.chart_title", {
    bucket: t(`mentions.bucket.${filters.bucket}`),
    range: t(`mentions.range.${filters.range}`),
  });

  return (
    <Card title={title} data-testid="mentions-chart">
      {stats.data && total === 0 ? (
        <EmptyState title={t("mentions.chart_empty")} />
      ) : (
        <TimeSeriesChart
          label={title}
          x={points.map((p) => p.t)}
          series={[
            { label: t("mentions.series_all"), values: points.map((p) => p.mentions), area: true },
            { label: t("mentions.series_negative"), values: points.map((p) => p.negative), color: "#b91c1c" },
          ]}
          data-testid="mentions-chart-plot"
        />
      )}
    </Card>
  );
}
