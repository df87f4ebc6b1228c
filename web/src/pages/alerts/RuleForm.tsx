import { type FormEvent, useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { FormError, FormField } from "../../components/FormField.js";
import { formatTimeZone } from "../../format.js";
import { useT } from "../../i18n/t.js";
import { useAlertKind } from "./kind-label.js";
import { ALERT_KINDS, type Channel } from "./types.js";

export const RULES = "/api/v1/alert-rules";

/** What the new-rule form holds, as typed. */
interface RuleDraft {
  name: string;
  kinds: string[];
  minScore: string;
  recipients: string;
  email: boolean;
  slackUrl: string;
  hookUrl: string;
  hookSecret: string;
  quiet: boolean;
  quietStart: string;
  quietEnd: string;
  timezone: string;
  ackTimeout: string;
}

type SetField = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) => void;

const emptyDraft = (): RuleDraft => ({
  name: "",
  kinds: [],
  minScore: "0",
  recipients: "",
  email: true,
  slackUrl: "",
  hookUrl: "",
  hookSecret: "",
  quiet: false,
  quietStart: "22:00",
  quietEnd: "07:00",
  // The member's own zone where they set one (format.ts), else the browser's.
  timezone: formatTimeZone(),
  ackTimeout: "15",
});

/** The body of POST /alert-rules from the form. */
function ruleBody(d: RuleDraft) {
  const channels: Channel[] = [];
  if (d.email) channels.push({ type: "email" });
  if (d.slackUrl.trim()) channels.push({ type: "slack", url: d.slackUrl.trim() });
  if (d.hookUrl.trim())
    channels.push({ type: "webhook", url: d.hookUrl.trim(), secret: d.hookSecret.trim() });
  return {
    name: d.name,
    kinds: d.kinds,
    min_score: Number(d.minScore) || 0,
    recipients: d.recipients
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean),
    channels,
    quiet_hours: d.quiet ? { start: d.quietStart, end: d.quietEnd, timezone: d.timezone } : null,
    ack_timeout_minutes: d.ackTimeout.trim() ? Number(d.ackTimeout) : null,
  };
}

export function RuleForm({ onSaved }: { onSaved: () => void }) {
  const t = useT();
  const [draft, setDraft] = useState(emptyDraft);
  const set: SetField = (key, value) => setDraft((d) => ({ ...d, [key]: value }));
  const { busy, error, run } = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = ruleBody(draft);
    await run(async () => {
      await api.post(RULES, body);
      setDraft((d) => ({ ...d, name: "", recipients: "" }));
      onSaved();
    });
  };

  return (
    <Card title={t("rules.new")}>
      <form className="form" onSubmit={(e) => void submit(e)} data-testid="rule-form">
        <FormField label={t("monitor.f.name")} name="name" error={error}>
          <input
            value={draft.name}
            onChange={(e) => set("name", e.target.value)}
            required
            maxLength={200}
            data-testid="rule-form-name"
          />
        </FormField>
        <KindsFieldset kinds={draft.kinds} set={set} />
        <ThresholdAndRecipientsFields draft={draft} set={set} error={error} />
        <ChannelsFields draft={draft} set={set} error={error} />
        <QuietHoursFields draft={draft} set={set} />
        <FormError error={error} fields={["name", "min_score", "recipients", "ack_timeout_minutes"]} />
        <button type="submit" className="primary" disabled={busy} data-testid="rule-form-save">
          {t("rules.save")}
        </button>
      </form>
    </Card>
  );
}

/** One checkbox per alert kind; none ticked means every kind. */
function KindsFieldset({ kinds, set }: { kinds: string[]; set: SetField }) {
  const t = useT();
  const kindLabel = useAlertKind();
  return (
    <fieldset>
      <legend>{t("rules.kinds")}</legend>
      <div className="alerts-kinds">
        {ALERT_KINDS.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              checked={kinds.includes(k)}
              onChange={(e) => set("kinds", e.target.checked ? [...kinds, k] : kinds.filter((x) => x !== k))}
            />{" "}
            {kindLabel(k)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The lowest score that pages, who is paged in turn, and how long each has to acknowledge. */
function ThresholdAndRecipientsFields({
  draft,
  set,
  error,
}: {
  draft: RuleDraft;
  set: SetField;
  error: unknown;
}) {
  const t = useT();
  return (
    <>
      <FormField label={t("rules.min_score")} name="min_score" error={error} hint={t("rules.min_score_hint")}>
        <input
          type="number"
          min={0}
          step={0.5}
          value={draft.minScore}
          onChange={(e) => set("minScore", e.target.value)}
        />
      </FormField>
      <FormField label={t("rules.recipients")} name="recipients" error={error}>
        <textarea
          value={draft.recipients}
          onChange={(e) => set("recipients", e.target.value)}
          rows={3}
          data-testid="rule-form-recipients"
        />
      </FormField>
      <FormField label={t("rules.ack_timeout")} name="ack_timeout_minutes" error={error}>
        <input
          type="number"
          min={1}
          value={draft.ackTimeout}
          onChange={(e) => set("ackTimeout", e.target.value)}
        />
      </FormField>
    </>
  );
}

/** E-mail, Slack and a signed webhook; the secret is asked for once a webhook address is given. */
function ChannelsFields({ draft, set, error }: { draft: RuleDraft; set: SetField; error: unknown }) {
  const t = useT();
  return (
    <>
      <label>
        <input type="checkbox" checked={draft.email} onChange={(e) => set("email", e.target.checked)} />{" "}
        {t("login.email")}
      </label>
      <FormField label={t("rules.slack")} name="slack" error={error}>
        <input
          type="url"
          value={draft.slackUrl}
          onChange={(e) => set("slackUrl", e.target.value)}
          placeholder="https://hooks.slack.com/services/…"
        />
      </FormField>
      <FormField label={t("rules.webhook")} name="webhook" error={error}>
        <input type="url" value={draft.hookUrl} onChange={(e) => set("hookUrl", e.target.value)} />
      </FormField>
      {draft.hookUrl ? (
        <FormField label={t("rules.webhook_secret")} name="secret" error={error}>
          <input value={draft.hookSecret} onChange={(e) => set("hookSecret", e.target.value)} required />
        </FormField>
      ) : null}
    </>
  );
}

/** Hours when nobody is paged, in a chosen time zone. */
function QuietHoursFields({ draft, set }: { draft: RuleDraft; set: SetField }) {
  const t = useT();
  return (
    <>
      <label>
        <input
          type="checkbox"
          checked={draft.quiet}
          onChange={(e) => set("quiet", e.target.checked)}
          data-testid="rule-form-quiet"
        />{" "}
        {t("rules.quiet")}
      </label>
      {draft.quiet ? (
        <div className="alerts-actions">
          <input
            type="time"
            value={draft.quietStart}
            onChange={(e) => set("quietStart", e.target.value)}
            aria-label={t("rules.quiet_from")}
          />
          <input
            type="time"
            value={draft.quietEnd}
            onChange={(e) => set("quietEnd", e.target.value)}
            aria-label={t("rules.quiet_until")}
          />
          <input
            value={draft.timezone}
            onChange={(e) => set("timezone", e.target.value)}
            aria-label={t("rules.time_zone")}
          />
        </div>
      ) : null}
    </>
  );
}
