import { Link } from "react-router-dom";
import { Card } from "../../components/Card.js";
import { formatRelative, formatTime } from "../../format.js";
import { useApiQuery } from "../../queries.js";
import type { AlertDetail } from "./types.js";

const DELIVERY_WORD: Record<AlertDetail["notifications"][number]["delivery"], string> = {
  queued: "handed to its channel",
  delivered: "delivered",
  failing: "NOT delivered yet",
  undeliverable: "NOT sent",
  none: "",
};

/** Who was told, how far each page got, and when nobody was: which rule came closest and why it missed. */
export function WhoWasTold({ a }: { a: AlertDetail }) {
  const p = a.paging;
  return (
    <Card title="Who was told">
      {a.notifications.length ? (
        <ol className="alerts-steps" data-testid="alert-notifications">
          {a.notifications.map((n) => (
            <li
              key={`${n.created_at}-${n.channel}-${n.target}-${n.step}`}
              data-delivery={n.delivery}
              className={
                n.delivery === "failing" || n.delivery === "undeliverable" ? "alerts-undelivered" : ""
              }
            >
              {n.channel === "group" ? (
                <>
                  {formatTime(n.created_at)}: not paged on its own, part of the incident of{" "}
                  <Link to={`/alerts/${n.target}`}>its first alert</Link>
                </>
              ) : (
                `${formatTime(n.created_at)}: ${n.reason} · step ${n.step + 1} · ${n.channel} ${n.target}${
                  DELIVERY_WORD[n.delivery] ? ` · ${DELIVERY_WORD[n.delivery]}` : ""
                }${n.error ? `: ${n.error}` : ""}`
              )}
            </li>
          ))}
        </ol>
      ) : null}
      {p && p.outcome !== "paged" ? (
        <p className="alerts-muted" data-testid="alert-paging">
          {p.outcome === "no_rules"
            ? "Nobody was paged: there are no alert rules. Add one under Rules."
            : p.outcome === "held"
              ? `Held back by "${p.closest?.name}": ${p.closest?.reasons.join("; ")}.`
              : `Nobody was paged: no rule matched. Closest: "${p.closest?.name}", which missed because ${p.closest?.reasons.join("; ")}.`}
        </p>
      ) : null}
      {!a.notifications.length && !p ? (
        <p className="alerts-muted">Nobody was paged for this alert.</p>
      ) : null}
    </Card>
  );
}

interface Problem {
  rule_id: string;
  rule: string;
  channel: string;
  target: string;
  reason: string;
  since: string | null;
}

/** Shown above the alerts while a rule cannot reach its people; it goes when the cause is fixed. */
export function DeliveryBanner() {
  const q = useApiQuery<{ items: Problem[] }>("/api/v1/alerts/delivery-problems", {
    refetchInterval: 60_000,
  });
  const items = q.data?.items ?? [];
  if (!items.length) return null;
  return (
    <div className="notice notice-error" role="alert" data-testid="alerts-delivery-banner">
      <strong>Some alerts cannot reach anyone.</strong>
      <ul>
        {items.map((p) => (
          <li key={`${p.rule_id}-${p.channel}-${p.target}`}>
            Rule "{p.rule}", {p.channel}
            {p.target ? ` to ${p.target}` : ""}: {p.reason}
            {p.since ? ` (since ${formatRelative(p.since)})` : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
