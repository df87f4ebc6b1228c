import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import type { Item } from "../../api/types.js";
import { Card } from "../../components/Card.js";
import { formatRelative, formatTime } from "../../format.js";
import { type MessageId, T, useT } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";
import type { AlertDetail } from "./types.js";

const DELIVERY_WORD: Record<AlertDetail["notifications"][number]["delivery"], MessageId | null> = {
  queued: "paging.delivery.queued",
  delivered: "paging.delivery.delivered",
  failing: "paging.delivery.failing",
  undeliverable: "paging.delivery.undeliverable",
  none: null,
};

/** Who was told, how far each page got, and when nobody was: which rule came closest and why it missed. */
export function WhoWasTold({ a }: { a: AlertDetail }) {
  const p = a.paging;
  const t = useT();
  const deliveryWord = (d: keyof typeof DELIVERY_WORD) => {
    const word = DELIVERY_WORD[d];
    return word ? ` · ${t(word)}` : "";
  };
  return (
    <Card title={t("paging.who_title")}>
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
                  {formatTime(n.created_at)}:{" "}
                  <T
                    id="paging.grouped"
                    values={{ link: (s: ReactNode) => <Link to={`/alerts/${n.target}`}>{s}</Link> }}
                  />
                </>
              ) : (
                `${formatTime(n.created_at)}: ${n.reason} · ${t("paging.step", { n: n.step + 1 })} · ${n.channel} ${n.target}${deliveryWord(n.delivery)}${n.error ? `: ${n.error}` : ""}`
              )}
            </li>
          ))}
        </ol>
      ) : null}
      {p && p.outcome !== "paged" ? (
        <p className="alerts-muted" data-testid="alert-paging">
          {p.outcome === "no_rules"
            ? t("paging.no_rules")
            : p.outcome === "held"
              ? t("paging.held", {
                  rule: p.closest?.name ?? "",
                  reasons: p.closest?.reasons.join("; ") ?? "",
                })
              : t("paging.no_match", {
                  rule: p.closest?.name ?? "",
                  reasons: p.closest?.reasons.join("; ") ?? "",
                })}
        </p>
      ) : null}
      {!a.notifications.length && !p ? <p className="alerts-muted">{t("paging.nobody")}</p> : null}
    </Card>
  );
}

type Problem = Item<"getAlertsDeliveryProblems">;

/**
 * Shown above every page of the dashboard (Shell) while a rule cannot reach its people, whoever is looking
 * and wherever: it goes when the cause is fixed (SMTP set, receiver answering, rule changed).
 */
export function DeliveryBanner() {
  const q = useApiQuery<{ items: Problem[] }>("/api/v1/alerts/delivery-problems", {
    refetchInterval: 60_000,
  });
  const t = useT();
  const items = q.data?.items ?? [];
  if (!items.length) return null;
  return (
    <div className="notice notice-error" role="alert" data-testid="alerts-delivery-banner">
      <strong>{t("paging.banner")}</strong>
      <ul>
        {items.map((p) => (
          <li key={`${p.rule_id}-${p.channel}-${p.target}`}>
            {t("paging.problem", { rule: p.rule, channel: p.channel })}
            {p.target ? ` ${t("paging.to", { target: p.target })}` : ""}:{" "}
            {t(`paging.code.${p.code}`, { answer: p.reason })}
            {p.since ? ` (${t("paging.since", { when: formatRelative(p.since) })})` : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
