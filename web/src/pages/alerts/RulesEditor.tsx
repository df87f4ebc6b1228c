import { useQueryClient } from "@tanstack/react-query";
import { api } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { AlertTabs } from "./AlertsPage.js";
import { useAlertKind } from "./kind-label.js";
import { RULES, RuleForm } from "./RuleForm.js";
import type { Rule } from "./types.js";

export function RulesEditor() {
  const rules = useApiQuery<{ items: Rule[] }>(RULES);
  const t = useT();
  const kindLabel = useAlertKind();
  const session = useSession();
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: apiKey(RULES) });
  const isAdmin = session.can("admin");

  const columns: Column<Rule>[] = [
    {
      key: "name",
      header: t("rules.col_rule"),
      render: (r) => <strong data-testid="rule-name">{r.name}</strong>,
      sortValue: (r) => r.name,
    },
    {
      key: "what",
      header: t("rules.col_for"),
      render: (r) =>
        (r.kinds.length ? r.kinds.map(kindLabel).join(", ") : t("rules.every_kind")) +
        (r.min_score ? ` · ${t("rules.score_at_least", { score: r.min_score })}` : ""),
    },
    {
      key: "who",
      header: t("rules.col_who"),
      render: (r) =>
        `${r.recipients.join(" → ") || t("rules.nobody_email")}${r.ack_timeout_minutes ? ` · ${t("rules.next_after", { min: r.ack_timeout_minutes })}` : ""}`,
    },
    { key: "how", header: t("rules.col_channels"), render: (r) => r.channels.map((c) => c.type).join(", ") },
    {
      key: "quiet",
      header: t("rules.col_quiet"),
      render: (r) =>
        r.quiet_hours
          ? `${r.quiet_hours.start}–${r.quiet_hours.end} ${r.quiet_hours.timezone}`
          : t("monitor.no_component"),
    },
    {
      key: "enabled",
      header: "",
      render: (r) =>
        isAdmin ? (
          <span className="alerts-actions">
            <button
              type="button"
              onClick={() => void api.patch(`${RULES}/${r.id}`, { enabled: !r.enabled }).then(refresh)}
              data-testid="rule-toggle"
            >
              {r.enabled ? t("rules.pause") : t("rules.resume")}
            </button>
            <button
              type="button"
              onClick={() => void api.delete(`${RULES}/${r.id}`).then(refresh)}
              data-testid="rule-delete"
            >
              {t("monitor.delete")}
            </button>
          </span>
        ) : (
          <Badge value={r.enabled ? "enabled" : "paused"} />
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t("rules.title")} description={t("rules.intro")} />
      <AlertTabs />
      <div className="alerts-rules">
        <Card title={t("alerts.rules")}>
          <DataTable
            caption={t("rules.title")}
            columns={columns}
            rows={rules.data?.items ?? []}
            rowKey={(r) => r.id}
            isLoading={rules.isLoading}
            empty={t("rules.none")}
            data-testid="rules"
          />
        </Card>
        {isAdmin ? <RuleForm onSaved={refresh} /> : null}
      </div>
    </>
  );
}
