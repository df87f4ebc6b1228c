import { useEffect, useMemo, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { colon, formatLocale, formatNumber, formatTimeZone } from "../format.js";
import { useT } from "../i18n/t.js";

export interface ChartSeries {
  label: string;
  /** One value per x; null leaves a gap. */
  values: (number | null)[];
  /** A CSS colour; defaults to the palette (observed red-orange, expected grey…). */
  color?: string;
  /** Fill under the line. */
  area?: boolean;
  /** Dashed line, e.g. for an expected baseline. */
  dashed?: boolean;
}

export interface TimeSeriesChartProps {
  /** Times as ISO strings, Date, or epoch milliseconds, ascending. */
  x: (string | number | Date)[];
  series: ChartSeries[];
  /** What the chart shows, for screen readers ("Mentions per hour, observed vs expected"). */
  label: string;
  height?: number;
  /** Format of y values on the axis and in the legend. */
  formatY?: (v: number) => string;
  /** A fixed y range (e.g. an index that runs from −100 to +100); otherwise the data's own. */
  yRange?: readonly [number, number];
  "data-testid"?: string;
}

const PALETTE = ["#c2410c", "#64748b", "#2563eb", "#15803d", "#7c3aed"];

/** Month and weekday names of a language, in the shape uPlot's date templates use. */
function dateNames(locale: string): uPlot.DateNames {
  const month = (style: "long" | "short") =>
    Array.from({ length: 12 }, (_, m) =>
      new Date(Date.UTC(2026, m, 15)).toLocaleString(locale, { month: style, timeZone: "UTC" }),
    );
  // 2026-01-04 is a Sunday, as uPlot's lists begin (in UTC: west of it, the browser's clock says Saturday).
  const weekday = (style: "long" | "short") =>
    Array.from({ length: 7 }, (_, d) =>
      new Date(Date.UTC(2026, 0, 4 + d)).toLocaleString(locale, { weekday: style, timeZone: "UTC" }),
    );
  return { MMMM: month("long"), MMM: month("short"), WWWW: weekday("long"), WWW: weekday("short") };
}

const toSeconds = (t: string | number | Date) =>
  (t instanceof Date ? t.getTime() : typeof t === "number" ? t : Date.parse(t)) / 1000;

function withAlpha(color: string, alpha: number) {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  if (!m?.[1]) return color;
  const n = Number.parseInt(m[1], 16);
  return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${alpha})`;
}

/**
 * A time-series line/area chart (uPlot, canvas): e.g. observed vs expected mentions. It fills its
 * container's width and follows resizes. The last value of each series is in the accessible label.
 */
export function TimeSeriesChart({
  x,
  series,
  label,
  height = 240,
  formatY,
  yRange,
  ...rest
}: TimeSeriesChartProps) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  const data = useMemo<uPlot.AlignedData>(
    () => [x.map(toSeconds), ...series.map((s) => s.values)],
    [x, series],
  );
  // Rebuild only when the look changes; new data alone goes through setData.
  const shape = series
    .map((s) => `${s.label}|${s.color ?? ""}|${s.area ? 1 : 0}|${s.dashed ? 1 : 0}`)
    .join(";");

  // biome-ignore lint/correctness/useExhaustiveDependencies: `shape` stands for `series`' looks; data is set below.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const fmt = formatY ?? ((v: number) => formatNumber(v, { maximumFractionDigits: 2 }));
    const names = dateNames(formatLocale());
    const zone = formatTimeZone();
    const opts: uPlot.Options = {
      width: el.clientWidth || 600,
      height,
      // Month and day names on the time axis and in the legend in the interface language.
      fmtDate: (tpl) => uPlot.fmtDate(tpl, names),
      // The time axis and the legend on the member's clock (format.ts), not the browser's.
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), zone),
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true }, ...(yRange ? { y: { range: [yRange[0], yRange[1]] } } : {}) },
      axes: [
        { stroke: "#475569", grid: { stroke: "#e2e8f0" }, ticks: { stroke: "#cbd5e1" } },
        {
          stroke: "#475569",
          grid: { stroke: "#e2e8f0" },
          ticks: { stroke: "#cbd5e1" },
          values: (_u, vals) => vals.map((v) => fmt(v)),
          size: 56,
        },
      ],
      series: [
        // The legend's time column, in the interface language (uPlot would write "Time").
        { label: t("chart.time") },
        ...series.map((s, i) => {
          const color = s.color ?? PALETTE[i % PALETTE.length] ?? "#334155";
          return {
            label: s.label,
            stroke: color,
            width: 2,
            ...(s.area ? { fill: withAlpha(color, 0.14) } : {}),
            ...(s.dashed ? { dash: [6, 4] } : {}),
            points: { show: false },
            value: (_u: uPlot, v: number | null) => (v === null ? "—" : fmt(v)),
          };
        }),
      ],
    };
    const u = new uPlot(opts, data, el);
    plot.current = u;
    const ro = new ResizeObserver(() => {
      if (el.clientWidth > 0) u.setSize({ width: el.clientWidth, height });
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [shape, height, t, yRange?.[0], yRange?.[1]]);

  useEffect(() => {
    plot.current?.setData(data);
  }, [data]);

  const summary = series
    .map((s) => {
      const last = [...s.values].reverse().find((v) => v !== null);
      return `${s.label}${colon()} ${last ?? t("common.no_data")}`;
    })
    .join(", ");

  return (
    // data-points: exactly what uPlot draws ([x seconds, ...series]), for tests and for anyone inspecting it.
    <figure
      className="chart"
      data-testid={rest["data-testid"] ?? "chart"}
      data-points={JSON.stringify(data)}
      data-y-range={yRange ? yRange.join(",") : undefined}
    >
      <div ref={box} className="chart-canvas" role="img" aria-label={t("chart.latest", { label, summary })} />
    </figure>
  );
}

export interface BarSparklineProps {
  values: number[];
  /** Read out instead of the bars ("Mentions per hour, last 24 hours"). */
  label: string;
  width?: number;
  height?: number;
  color?: string;
  /** Index of a bar to draw in the alert colour (e.g. the current hour when it spikes). */
  highlight?: number;
}

/** A tiny bar chart for a Stat card: no axes, just the shape of the recent past. */
export function BarSparkline({
  values,
  label,
  width = 120,
  height = 28,
  color = "#94a3b8",
  highlight,
}: BarSparklineProps) {
  const max = Math.max(1, ...values);
  const gap = 1;
  const w = values.length ? (width - gap * (values.length - 1)) / values.length : 0;
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${label}${colon()} ${values.join(", ")}`}
      data-testid="sparkline"
    >
      {values.map((v, i) => {
        const h = Math.max(v > 0 ? 1.5 : 0.5, (v / max) * height);
        return (
          <rect
            // biome-ignore lint/suspicious/noArrayIndexKey: bars are positions, not identities.
            key={i}
            x={i * (w + gap)}
            y={height - h}
            width={Math.max(w, 0.5)}
            height={h}
            rx={1}
            fill={i === highlight ? "#dc2626" : color}
          />
        );
      })}
    </svg>
  );
}
