import { Link } from "react-router-dom";
import type { Page } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { EmptyState } from "../../components/EmptyState.js";
import { useT, useTOr } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { isTool, PagingToolsCard, RULES_PATH, type RuleChannel, useToolLabel } from "./PagingToolsCard.js";
import { ListError } from "./parts.js";

interface Rule {
  id: string;
  name: string;
  enabled: boolean;
  kinds: string[];
  topics: string[];
  channels: RuleChannel[];
  recipients: string[];
  quiet_hours: { start: string; end: string; time_zone?: string } | null;
  ack_timeout_minutes: number | null;
}

const host = (url: string | undefined) => {
  try {
    return url ? new URL(url).host : "";
  } catch {
    return url ?? "";
  }
};

/** Who hears about an alert, how, and when: the alert rules and their channels, edited under Alerts. */
export default function NotificationsSection() {
  const t = useT();
  const tOr = useTOr();
  const responder = useSession().can("admin");
  const rules = useApiQuery<Page<Rule>>(RULES_PATH);
  const toolLabel = useToolLabel();

  const channel = (c: RuleChannel) =>
    c.type === "email"
      ? t("notify.email")
      : isTool(c.type)
        ? toolLabel(c)
        : `${t(c.type === "slack" ? "notify.slack" : "notify.webhook")} (${host(c.url)})`;
  const columns: Column<Rule>[] = [
    { key: "name", header: t("sources.name"), sortValue: (r) => r.name },
    {
      key: "enabled",
      header: t("notify.state"),
      render: (r) => <Badge value={r.enabled ? "active" : "paused"} />,
    },
    {
      key: "kinds",
      header: t("notify.what"),
      render: (r) =>
        [
          r.kinds.length
            ? r.kinds.map((k) => tOr(`alert.kind.${k}`, k.replace(/_/g, " "))).join(", ")
            : t("notify.all_alerts"),
          r.topics.length ? r.topics.map((x) => tOr(`topic.${x}`, x)).join(", ") : "",
        ]
          .filter(Boolean)
          .join(" · "),
    },
    {
      key: "channels",
      header: t("notify.channels"),
      render: (r) => r.channels.map(channel).join(", ") || "—",
    },
    {
      key: "recipients",
      header: t("notify.recipients"),
      render: (r) => <span className="break-anywhere">{r.recipients.join(", ") || t("notify.team")}</span>,
    },
    {
      key: "quiet",
      header: t("notify.quiet"),
      render: (r) => (r.quiet_hours ? `${r.quiet_hours.start}–${r.quiet_hours.end}` : t("notify.always")),
    },
    {
      key: "ack",
      header: t("notify.escalate"),
      render: (r) =>
        r.ack_timeout_minutes
          ? t("notify.after_minutes", { count: r.ack_timeout_minutes })
          : t("notify.never"),
    },
  ];

  return (
    <div className="stack">
      <Card
        title={t("notify.title")}
        actions={
          responder ? (
            <Link className="button button-primary" to="/alerts/rules" data-testid="notify-edit">
              {t("notify.edit")}
            </Link>
          ) : undefined
        }
        data-testid="notify-card"
      >
        <div className="stack">
          <p className="muted">{t("notify.intro")}</p>
          {rules.error ? (
            <ListError error={rules.error} />
          ) : (
            <DataTable
              caption={t("notify.title")}
              columns={columns}
              rows={rules.data?.items ?? []}
              rowKey={(r) => r.id}
              isLoading={rules.isLoading}
              stackOnPhone
              data-testid="rules-table"
              empty={
                <EmptyState
                  title={t("notify.none")}
                  action={
                    responder ? (
                      <Link className="button button-primary" to="/alerts/rules">
                        {t("notify.add")}
                      </Link>
                    ) : undefined
                  }
                >
                  {t("notify.none_hint")}
                </EmptyState>
              }
            />
          )}
        </div>
      </Card>
      {rules.data ? <PagingToolsCard rules={rules.data.items} admin={responder} /> : null}
      <Card title={t("notify.paging_title")}>
        <p className="muted">
          {t("notify.paging_intro")} <Link to="/plan">{t("notify.paging_link")}</Link>
        </p>
      </Card>
    </div>
  );
}
