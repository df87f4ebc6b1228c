import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { FormError, FormField } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { AlertTabs } from "./AlertsPage.js";
import { useAlertKind } from "./kind-label.js";
import { ALERT_KINDS, type Channel, type Rule } from "./types.js";

const RULES = "/api/v1/alert-rules";

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

function RuleForm({ onSaved }: { onSaved: () => void }) {
  const t = useT();
  const kindLabel = useAlertKind();
  const [name, setName] = useState("");
  const [kinds, setKinds] = useState<string[]>([]);
  const [minScore, setMinScore] = useState("0");
  const [recipients, setRecipients] = useState("");
  const [email, setEmail] = useState(true);
  const [slackUrl, setSlackUrl] = useState("");
  const [hookUrl, setHookUrl] = useState("");
  const [hookSecret, setHookSecret] = useState("");
  const [quiet, setQuiet] = useState(false);
  const [quietStart, setQuietStart] = useState("22:00");
  const [quietEnd, setQuietEnd] = useState("07:00");
  const [timezone, setTimezone] = useState(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
  const [ackTimeout, setAckTimeout] = useState("15");
  const { busy, error, run } = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const channels: Channel[] = [];
    if (email) channels.push({ type: "email" });
    if (slackUrl.trim()) channels.push({ type: "slack", url: slackUrl.trim() });
    if (hookUrl.trim()) channels.push({ type: "webhook", url: hookUrl.trim(), secret: hookSecret.trim() });
    await run(async () => {
      await api.post(RULES, {
        name,
        kinds,
        min_score: Number(minScore) || 0,
        recipients: recipients
          .split(/[\s,]+/)
          .map((s) => s.trim())
          .filter(Boolean),
        channels,
        quiet_hours: quiet ? { start: quietStart, end: quietEnd, timezone } : null,
        ack_timeout_minutes: ackTimeout.trim() ? Number(ackTimeout) : null,
      });
      setName("");
      setRecipients("");
      onSaved();
    });
  };

  return (
    <Card title={t("rules.new")}>
      <form className="form" onSubmit={(e) => void submit(e)} data-testid="rule-form">
        <FormField label={t("monitor.f.name")} name="name" error={error}>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={200}
            data-testid="rule-form-name"
          />
        </FormField>
        <fieldset>
          <legend>{t("rules.kinds")}</legend>
          <div className="alerts-kinds">
            {ALERT_KINDS.map((k) => (
              <label key={k}>
                <input
                  type="checkbox"
                  checked={kinds.includes(k)}
                  onChange={(e) => setKinds(e.target.checked ? [...kinds, k] : kinds.filter((x) => x !== k))}
                />{" "}
                {kindLabel(k)}
              </label>
            ))}
          </div>
        </fieldset>
        <FormField
          label={t("rules.min_score")}
          name="min_score"
          error={error}
          hint={t("rules.min_score_hint")}
        >
          <input
            type="number"
            min={0}
            step={0.5}
            value={minScore}
            onChange={(e) => setMinScore(e.target.value)}
          />
        </FormField>
        <FormField label={t("rules.recipients")} name="recipients" error={error}>
          <textarea
            value={recipients}
            onChange={(e) => setRecipients(e.target.value)}
            rows={3}
            data-testid="rule-form-recipients"
          />
        </FormField>
        <FormField label={t("rules.ack_timeout")} name="ack_timeout_minutes" error={error}>
          <input type="number" min={1} value={ackTimeout} onChange={(e) => setAckTimeout(e.target.value)} />
        </FormField>
        <label>
          <input type="checkbox" checked={email} onChange={(e) => setEmail(e.target.checked)} />{" "}
          {t("login.email")}
        </label>
        <FormField label={t("rules.slack")} name="slack" error={error}>
          <input
            type="url"
            value={slackUrl}
            onChange={(e) => setSlackUrl(e.target.value)}
            placeholder="https://hooks.slack.com/services/…"
          />
        </FormField>
        <FormField label={t("rules.webhook")} name="webhook" error={error}>
          <input type="url" value={hookUrl} onChange={(e) => setHookUrl(e.target.value)} />
        </FormField>
        {hookUrl ? (
          <FormField label={t("rules.webhook_secret")} name="secret" error={error}>
            <input value={hookSecret} onChange={(e) => setHookSecret(e.target.value)} required />
          </FormField>
        ) : null}
        <label>
          <input
            type="checkbox"
            checked={quiet}
            onChange={(e) => setQuiet(e.target.checked)}
            data-testid="rule-form-quiet"
          />{" "}
          {t("rules.quiet")}
        </label>
        {quiet ? (
          <div className="alerts-actions">
            <input
              type="time"
              value={quietStart}
              onChange={(e) => setQuietStart(e.target.value)}
              aria-label={t("rules.quiet_from")}
            />
            <input
              type="time"
              value={quietEnd}
              onChange={(e) => setQuietEnd(e.target.value)}
              aria-label={t("rules.quiet_until")}
            />
            <input
              value={timezone}
              onChange={(e) => setTimezone(e.target.value)}
              aria-label={t("rules.time_zone")}
            />
          </div>
        ) : null}
        <FormError error={error} fields={["name", "min_score", "recipients", "ack_timeout_minutes"]} />
        <button type="submit" className="primary" disabled={busy} data-testid="rule-form-save">
          {t("rules.save")}
        </button>
      </form>
    </Card>
  );
}
