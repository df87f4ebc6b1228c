import { TimeSeriesChart } from "../../components/Chart.js";
import { useApiQuery } from "../../queries.js";
import type { Reputation } from "./types.js";

/**
 * The daily sentiment index around a crisis with its pre-crisis baseline and normal range, and the three
 * figures an operations lead asks for: how far it fell, and how many days until it was back. Used by
 * the post-mortem page; the crisis room can embed it with `<RecoveryChart crisisId={id} />`.
 */
export function RecoveryChart({ crisisId, data }: { crisisId?: string; data?: Reputation | null }) {
  const q = useApiQuery<Reputation>(
    data || !crisisId ? null : `/api/v1/reputation?crisis_id=${encodeURIComponent(crisisId)}`,
  );
  const rep = data ?? q.data;
  if (q.error) return <p className="notice notice-error">{q.error.message}</p>;
  if (!rep) return <p className="muted">Loading the sentiment index…</p>;
  return <ReputationChart rep={rep} label="Sentiment index around the crisis" testId="recovery" />;
}

export function ReputationChart({
  rep,
  label,
  testId,
  baselineLabel = "Pre-crisis baseline",
}: {
  rep: Reputation;
  label: string;
  testId: string;
  baselineLabel?: string;
}) {
  const b = rep.baseline;
  const r = rep.recovery;
  const flat = (v: number | undefined) => rep.items.map(() => v ?? null);
  return (
    <div className="review-chart" data-testid={`${testId}-chart`}>
      <div className="stat-grid review-figures">
        <Figure
          label={baselineLabel}
          value={b ? `${b.index}` : "—"}
          hint={b ? `normal ${b.low} … ${b.high}` : "not enough history"}
          testId={`${testId}-baseline`}
        />
        {r ? (
          <>
            <Figure
              label="Depth of the fall"
              value={r.depth === null ? "—" : `${r.depth} pts`}
              hint={r.worst_day ? `worst day ${r.worst_day}` : ""}
              testId={`${testId}-depth`}
            />
            <Figure
              label="Days to recover"
              value={r.days_to_recover === null ? "not yet" : String(r.days_to_recover)}
              hint={
                r.recovered_on
                  ? `back within range on ${r.recovered_on}`
                  : r.fell_below
                    ? "still below the normal range"
                    : "stayed within range"
              }
              testId={`${testId}-days`}
            />
          </>
        ) : null}
      </div>
      <TimeSeriesChart
        x={rep.items.map((d) => `${d.day}T12:00:00Z`)}
        label={`${label}: net sentiment from −100 (all negative) to +100 (all positive)`}
        series={[
          { label: "Index", values: rep.items.map((d) => d.index), color: "#c2410c" },
          { label: "Baseline", values: flat(b?.index), color: "#15803d", dashed: true },
          { label: "Range low", values: flat(b?.low), color: "#94a3b8", dashed: true },
          { label: "Range high", values: flat(b?.high), color: "#94a3b8", dashed: true },
        ]}
        height={220}
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
