import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import type { Item } from "../../api/types.js";
import { Card } from "../../components/Card.js";
import { listOf } from "../../components/event-text.js";
import { colon, formatNumber, formatRelative, formatTime } from "../../format.js";
import { useLocale } from "../../i18n/I18nProvider.js";
import { type MessageId, T, useT, useTOr } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";
import { useAlertKind } from "./kind-label.js";
import type { AlertDetail } from "./types.js";

const DELIVERY_WORD: Record<AlertDetail["notifications"][number]["delivery"], MessageId | null> = {
  queued: "paging.delivery.queued",
  delivered: "paging.delivery.delivered",
  failing: "paging.delivery.failing",
  undeliverable: "paging.delivery.undeliverable",
  none: null,
};

const REASON_WORD: Record<AlertDetail["notifications"][number]["reason"], MessageId> = {
  opened: "paging.reason.opened",
  escalated: "paging.reason.escalated",
  quiet_hours: "paging.reason.quiet_hours",
  grouped: "paging.reason.grouped",
  acknowledged: "paging.reason.acknowledged",
  closed: "paging.reason.closed",
};

type Closest = NonNullable<NonNullable<AlertDetail["paging"]>["closest"]>;
type Miss = NonNullable<Closest["why"]>[number];

/** Why the closest rule missed, in the reader's language (the English sentences for older alerts). */
function useMissWords() {
  const t = useT();
  const { locale } = useLocale();
  const kindLabel = useAlertKind();
  const tOr = useTOr();
  return (c: Closest | null | undefined): string => {
    if (!c) return "";
    if (!c.why) return c.reasons.join("; ");
    const list = (xs: string[]) => listOf(xs, locale);
    const topic = (x: string) => tOr(`topic.${x}`, x);
    const say = (m: Miss): string => {
      switch (m.code) {
        case "off":
          return t("paging.miss.off");
        case "kind":
          return t("paging.miss.kind", { kind: kindLabel(m.kind), kinds: list(m.kinds.map(kindLabel)) });
        case "topic":
          return t("paging.miss.topic", {
            topic: m.topic ? topic(m.topic) : t("paging.miss.no_topic"),
            topics: list(m.topics.map(topic)),
          });
        case "score":
          return t("paging.miss.score", { score: formatNumber(m.score), min: formatNumber(m.min) });
        case "observed":
          return t("paging.miss.observed", { observed: formatNumber(m.observed), min: formatNumber(m.min) });
        case "quiet_hours":
          return m.pages_at
            ? t("paging.miss.quiet_until", {
                start: m.start,
                end: m.end,
                zone: m.timezone,
                time: formatTime(m.pages_at),
                kind: kindLabel(m.kind),
              })
            : t("paging.miss.quiet", {
                start: m.start,
                end: m.end,
                zone: m.timezone,
                kind: kindLabel(m.kind),
              });
      }
    };
    return c.why.map(say).join("; ");
  };
}

/** Who was told, how far each page got, and when nobody was: which rule came closest and why it missed. */
export function WhoWasTold({ a }: { a: AlertDetail }) {
  const p = a.paging;
  const t = useT();
  const missWords = useMissWords();
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
                  {formatTime(n.created_at)}
                  {colon()}{" "}
                  <T
                    id="paging.grouped"
                    values={{ link: (s: ReactNode) => <Link to={`/alerts/${n.target}`}>{s}</Link> }}
                  />
                </>
              ) : (
                `${formatTime(n.created_at)}${colon()} ${t(REASON_WORD[n.reason])} · ${t("paging.step", { n: n.step + 1 })} · ${n.channel} ${n.target}${deliveryWord(n.delivery)}${n.error ? `${colon()} ${n.error}` : ""}`
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
              ? t("paging.held", { rule: p.closest?.name ?? "", reasons: missWords(p.closest) })
              : t("paging.no_match", { rule: p.closest?.name ?? "", reasons: missWords(p.closest) })}
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
            {p.target ? ` ${t("paging.to", { target: p.target })}` : ""}
            {colon()} {t(`paging.code.${p.code}`, { answer: p.reason })}
            {p.since ? ` (${t("paging.since", { when: formatRelative(p.since) })})` : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
