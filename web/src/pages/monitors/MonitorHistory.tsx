import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { TimeSeriesChart } from "../../components/Chart.js";
import { formatNumber, formatRelative, formatTime } from "../../format.js";
import { type MessageId, useT } from "../../i18n/t.js";
import { useFailureText } from "./failure-text.js";
import type { HistoryPoint, MonitorEvent, RawCheck } from "./types.js";

export type Range = "raw" | "hour" | "day";
const RANGES: { id: Range; label: MessageId }[] = [
  { id: "raw", label: "monitor.range_raw" },
  { id: "hour", label: "monitor.range_hour" },
  { id: "day", label: "monitor.range_day" },
];

type Translate = ReturnType<typeof useT>;

/** The chart's lines and the uptime counts: raw checks carry one latency each, rollups p50 and p95. */
function historyFigures(items: (RawCheck | HistoryPoint)[], isRaw: boolean, t: Translate) {
  const x = items.map((p) => ("at" in p ? p.at : p.start));
  const series = isRaw
    ? [
        {
          label: t("monitor.latency_ms"),
          values: (items as RawCheck[]).map((c) => (c.ok ? c.latency_ms : null)),
          area: true,
        },
      ]
    : [
        { label: t("monitor.p50"), values: (items as HistoryPoint[]).map((p) => p.latency_p50), area: true },
        {
          label: t("monitor.p95"),
          values: (items as HistoryPoint[]).map((p) => p.latency_p95),
          dashed: true,
        },
      ];
  const total = isRaw ? items.length : (items as HistoryPoint[]).reduce((s, p) => s + p.count, 0);
  const up = isRaw
    ? (items as RawCheck[]).filter((c) => c.ok).length
    : (items as HistoryPoint[]).reduce((s, p) => s + p.up_count, 0);
  return { x, series, total, up };
}

export function MonitorHistoryCard({
  name,
  items,
  range,
  onRange,
}: {
  name: string;
  items: (RawCheck | HistoryPoint)[];
  range: Range;
  onRange: (range: Range) => void;
}) {
  const t = useT();
  const { x, series, total, up } = historyFigures(items, range === "raw", t);
  return (
    <Card
      title={t("monitor.history")}
      actions={
        <select
          className="select"
          value={range}
          onChange={(e) => onRange(e.target.value as Range)}
          aria-label={t("monitor.history_range")}
          data-testid="history-range"
        >
          {RANGES.map((r) => (
            <option key={r.id} value={r.id}>
              {t(r.label)}
            </option>
          ))}
        </select>
      }
      data-testid="monitor-history"
    >
      {items.length === 0 ? (
        <p className="muted">{t("monitor.no_checks")}</p>
      ) : (
        <>
          <TimeSeriesChart
            x={x}
            series={series}
            label={t("monitor.latency_of", { name })}
            formatY={(v) => `${Math.round(v)} ms`}
            data-testid="monitor-chart"
          />
          <p className="muted" data-testid="monitor-uptime">
            {t("monitor.uptime", {
              pct: total
                ? formatNumber((up / total) * 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
                : "—",
              total,
            })}
          </p>
        </>
      )}
    </Card>
  );
}

export function MonitorEventsCard({ events }: { events: MonitorEvent[] }) {
  const t = useT();
  const why = useFailureText();
  return (
    <Card title={t("monitor.state_changes")} data-testid="monitor-events">
      {events.length === 0 ? (
        <p className="muted">{t("monitor.no_changes")}</p>
      ) : (
        <ul className="monitor-events">
          {events.map((e) => (
            <li key={e.id}>
              <span title={formatTime(e.at)}>{formatRelative(e.at)}</span> <Badge value={e.from_state} /> →{" "}
              <Badge value={e.to_state} />{" "}
              {e.reason_why ? <span className="muted">{why(e.reason_why)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
