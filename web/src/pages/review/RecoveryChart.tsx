import { TimeSeriesChart } from "../../components/Chart.js";
import { formatNumber } from "../../format.js";
import { useT } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";
import type { Reputation } from "./types.js";

/**
 * The daily sentiment index around a crisis with its pre-crisis baseline and normal range, and the three
 * figures an operations lead asks for: how far it fell, and how many days until it was back. Used by
 * the post-mortem page; the crisis room can embed it with `<RecoveryChart crisisId={id} />`.
 */
/** The sentiment index's scale: every day of it lies between these. */
const INDEX = [-100, 100] as const;

export function RecoveryChart({ crisisId, data }: { crisisId?: string; data?: Reputation | null }) {
  const q = useApiQuery<Reputation>(
    data || !crisisId ? null : `/api/v1/reputation?crisis_id=${encodeURIComponent(crisisId)}`,
  );
  const t = useT();
  const rep = data ?? q.data;
  if (q.error) return <p className="notice notice-error">{q.error.message}</p>;
  if (!rep) return <p className="muted">{t("recovery.loading")}</p>;
  return <ReputationChart rep={rep} label={t("recovery.label")} testId="recovery" />;
}

export function ReputationChart({
  rep,
  label,
  testId,
  baselineLabel,
}: {
  rep: Reputation;
  label: string;
  testId: string;
  baselineLabel?: string;
}) {
  const t = useT();
  const b = rep.baseline;
  const r = rep.recovery;
  // The index runs from −100 to +100; a normal range computed as mean ± spread can run past either end.
  const low = b ? Math.max(INDEX[0], b.low) : undefined;
  const high = b ? Math.min(INDEX[1], b.high) : undefined;
  const flat = (v: number | undefined) => rep.items.map(() => v ?? null);
  const num = (v: number) => formatNumber(v, { maximumFractionDigits: 1 });
  return (
    <div className="review-chart" data-testid={`${testId}-chart`}>
      <div className="stat-grid review-figures">
        <Figure
          label={baselineLabel ?? t("recovery.baseline")}
          value={b ? num(b.index) : "—"}
          hint={
            b && low !== undefined && high !== undefined
              ? t("recovery.normal", { low: num(low), high: num(high) })
              : t("recovery.no_history")
          }
          testId={`${testId}-baseline`}
        />
        {r ? (
          <>
            <Figure
              label={t("recovery.depth")}
              value={r.depth === null ? "—" : t("recovery.points", { n: num(r.depth) })}
              hint={r.worst_day ? t("recovery.worst_day", { day: r.worst_day }) : ""}
              testId={`${testId}-depth`}
            />
            <Figure
              label={t("recovery.days")}
              value={r.days_to_recover === null ? t("crisis.not_yet") : String(r.days_to_recover)}
              hint={
                r.recovered_on
                  ? t("recovery.back_on", { day: r.recovered_on })
                  : r.fell_below
                    ? t("recovery.still_below")
                    : t("recovery.stayed")
              }
              testId={`${testId}-days`}
            />
          </>
        ) : null}
      </div>
      <TimeSeriesChart
        x={rep.items.map((d) => `${d.day}T12:00:00Z`)}
        label={t("recovery.chart_label", { label })}
        series={[
          { label: t("recovery.index"), values: rep.items.map((d) => d.index), color: "#c2410c" },
          { label: t("recovery.baseline_series"), values: flat(b?.index), color: "#15803d", dashed: true },
          { label: t("recovery.range_low"), values: flat(low), color: "#94a3b8", dashed: true },
          { label: t("recovery.range_high"), values: flat(high), color: "#94a3b8", dashed: true },
        ]}
        height={220}
        yRange={INDEX}
        data-testid={`${testId}-plot`}
      />
    </div>
  );
}

function Figure({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: string;
  hint: string;
  testId: string;
}) {
  return (
    <div className="review-figure" data-testid={testId}>
      <div className="muted">{label}</div>
      <div className="review-figure-value" data-testid={`${testId}-value`}>
        {value}
      </div>
      <div className="muted review-hint">{hint}</div>
    </div>
  );
}
