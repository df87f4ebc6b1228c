import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { FormError, FormField } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { type MessageId, useT, useTOr } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { CaseTabs } from "./CaseTabs.js";
import { type Rule, RulesCard } from "./PolicyRules.js";
import { REMEDY_LABEL, type RemedyKind } from "./types.js";

interface Webhook {
  url: string;
  secret: string;
}
export interface FullPolicy {
  currency: string;
  limits: Record<RemedyKind, number>;
  approver_role: "admin" | "responder" | "viewer";
  allow_self_approval: boolean;
  code_pattern: string;
  topics: Record<string, { offer: RemedyKind[]; amount: number }>;
  senior_emails: string[];
  high_reach_followers: number;
  rules: Rule[];
  reply_webhook: Webhook | null;
  shop_webhook: Webhook | null;
}

const KINDS = Object.keys(REMEDY_LABEL) as RemedyKind[];
const PATH = "/api/v1/cases/policy";

/** A Standard Webhooks secret made in the browser, shown once. */
function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

export function PolicyEditor() {
  const q = useApiQuery<FullPolicy>(PATH);
  const t = useT();
  return (
    <>
      <PageHeader title={t("policy.title")} description={t("policy.intro")} />
      <CaseTabs />
      {q.data ? (
        <PolicyForm key={JSON.stringify(q.data)} initial={q.data} />
      ) : (
        <p className="cases-muted">{t("app.loading")}</p>
      )}
    </>
  );
}

function PolicyForm({ initial }: { initial: FullPolicy }) {
  const { can } = useSession();
  const admin = can("admin");
  const qc = useQueryClient();
  const toast = useToast();
  const tr = useT();
  const tOr = useTOr();
  const [p, setP] = useState(initial);
  const [seniors, setSeniors] = useState(initial.senior_emails.join("\n"));
  const [shown, setShown] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const major = (minor: number) => (minor / 100).toFixed(2);
  const minor = (s: string) => Math.round(Number(s.replace(",", ".")) * 100);

  const save = async () => {
    await run(async () => {
      await api.put(PATH, {
        ...p,
        senior_emails: seniors
          .split(/[\s,;]+/)
          .map((s) => s.trim())
          .filter(Boolean),
      });
      toast({ message: tr("policy.saved"), tone: "success" });
      setShown(null);
      void qc.invalidateQueries({ queryKey: apiKey(PATH) });
    });
  };
  const hook = (k: "reply_webhook" | "shop_webhook", label: MessageId, hint: MessageId) => {
    const w = p[k];
    return (
      <fieldset className="cases-fieldset">
        <legend>{tr(label)}</legend>
        <p className="cases-muted">{tr(hint)}</p>
        <FormField label={tr("monitor.f.url")} name={`${k}.url`} error={error}>
          <input
            className="input"
            value={w?.url ?? ""}
            placeholder="https://…"
            disabled={!admin}
            onChange={(e) => {
              const url = e.target.value;
              setP({ ...p, [k]: url ? { url, secret: w?.secret ?? "" } : null });
            }}
          />
        </FormField>
        {w ? (
          <div className="form-row">
            <span className="cases-muted mono">
              {w.secret === "whsec_(hidden)"
                ? tr("policy.secret_hidden")
                : w.secret || tr("policy.no_secret")}
            </span>
            <button
              type="button"
              className="button button-small"
              disabled={!admin}
              onClick={() => {
                const secret = newSecret();
                setShown(secret);
                setP({ ...p, [k]: { url: w.url, secret } });
              }}
            >
              {tr("policy.new_secret")}
            </button>
          </div>
        ) : null}
      </fieldset>
    );
  };

  return (
    <form
      className="stack"
      data-testid="policy-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {shown ? (
        <p className="notice notice-warn">
          {tr("policy.copy_secret")} <code>{shown}</code>
        </p>
      ) : null}
      <Card title={tr("policy.money")}>
        <div className="form-grid">
          <FormField label={tr("workspace.currency")} name="currency" error={error}>
            <input
              className="input"
              value={p.currency}
              maxLength={3}
              disabled={!admin}
              onChange={(e) => setP({ ...p, currency: e.target.value.toUpperCase() })}
            />
          </FormField>
          <FormField label={tr("policy.approver")} name="approver_role" error={error}>
            <select
              className="select"
              value={p.approver_role}
              disabled={!admin}
              onChange={(e) => setP({ ...p, approver_role: e.target.value as FullPolicy["approver_role"] })}
            >
              <option value="admin">{tr("role.admin")}</option>
              <option value="responder">{tr("role.responder")}</option>
            </select>
          </FormField>
          <label className="cases-self-approval">
            <input
              type="checkbox"
              checked={p.allow_self_approval}
              disabled={!admin}
              onChange={(e) => setP({ ...p, allow_self_approval: e.target.checked })}
              data-testid="policy-self-approval"
            />{" "}
            {tr("policy.self_approval")}
          </label>
        </div>
        <table className="cases-policy-table">
          <caption className="visually-hidden">{tr("policy.limits")}</caption>
          <thead>
            <tr>
              <th scope="col">{tr("remedy.title")}</th>
              <th scope="col">{tr("policy.without_approval", { currency: p.currency })}</th>
            </tr>
          </thead>
          <tbody>
            {KINDS.map((k) => (
              <tr key={k}>
                <th scope="row">{tr(`remedy.${k}`)}</th>
                <td data-label={tr("policy.without_approval", { currency: p.currency })}>
                  <input
                    className="input cases-amount"
                    inputMode="decimal"
                    aria-label={tr("policy.limit_for", { remedy: tr(`remedy.${k}`) })}
                    defaultValue={major(p.limits[k] ?? 0)}
                    disabled={!admin || k === "apology"}
                    onChange={(e) => setP({ ...p, limits: { ...p.limits, [k]: minor(e.target.value) } })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title={tr("policy.per_topic")}>
        <table className="cases-policy-table">
          <caption className="visually-hidden">{tr("policy.per_topic_caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tr("cases.topic")}</th>
              <th scope="col">{tr("policy.first_offer")}</th>
              <th scope="col">{tr("policy.or")}</th>
              <th scope="col">{tr("remedy.amount", { currency: p.currency })}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(p.topics).map(([topic, t]) => {
              const setTopic = (next: { offer: RemedyKind[]; amount: number }) =>
                setP({ ...p, topics: { ...p.topics, [topic]: next } });
              return (
                <tr key={topic}>
                  <th scope="row">{tOr(`topic.${topic}`, topic.replace("_", " "))}</th>
                  <td data-label={tr("policy.first_offer")}>
                    <select
                      className="select"
                      aria-label={tr("policy.first_offer_for", { topic: tOr(`topic.${topic}`, topic) })}
                      value={t.offer[0]}
                      disabled={!admin}
                      onChange={(e) =>
                        setTopic({ ...t, offer: [e.target.value as RemedyKind, ...t.offer.slice(1)] })
                      }
                    >
                      {KINDS.map((k) => (
                        <option key={k} value={k}>
                          {tr(`remedy.${k}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td data-label={tr("policy.or")}>
                    <select
                      className="select"
                      aria-label={tr("policy.second_offer_for", { topic: tOr(`topic.${topic}`, topic) })}
                      value={t.offer[1] ?? ""}
                      disabled={!admin}
                      onChange={(e) =>
                        setTopic({
                          ...t,
                          offer: [
                            t.offer[0] ?? "apology",
                            ...(e.target.value ? [e.target.value as RemedyKind] : []),
                          ],
                        })
                      }
                    >
                      <option value="">{tr("policy.nothing_else")}</option>
                      {KINDS.map((k) => (
                        <option key={k} value={k}>
                          {tr(`remedy.${k}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td data-label={tr("remedy.amount", { currency: p.currency })}>
                    <input
                      className="input cases-amount"
                      inputMode="decimal"
                      aria-label={tr("policy.amount_for", { topic: tOr(`topic.${topic}`, topic) })}
                      defaultValue={major(t.amount)}
                      disabled={!admin}
                      onChange={(e) => setTopic({ ...t, amount: minor(e.target.value) })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Card>
      <Card title={tr("policy.codes")}>
        <div className="form-grid">
          <FormField
            label={tr("policy.code_format")}
            name="code_pattern"
            error={error}
            hint={tr("policy.code_hint")}
          >
            <input
              className="input mono"
              value={p.code_pattern}
              disabled={!admin}
              onChange={(e) => setP({ ...p, code_pattern: e.target.value })}
            />
          </FormField>
          <FormField
            label={tr("policy.high_reach")}
            name="high_reach_followers"
            error={error}
            hint={tr("policy.high_reach_hint")}
          >
            <input
              className="input"
              type="number"
              min={1}
              value={p.high_reach_followers}
              disabled={!admin}
              onChange={(e) => setP({ ...p, high_reach_followers: Number(e.target.value) })}
            />
          </FormField>
          <FormField
            label={tr("policy.seniors")}
            name="senior_emails"
            error={error}
            hint={tr("policy.seniors_hint")}
          >
            <textarea
              className="input"
              rows={3}
              value={seniors}
              disabled={!admin}
              onChange={(e) => setSeniors(e.target.value)}
            />
          </FormField>
        </div>
      </Card>
      <RulesCard rules={p.rules} disabled={!admin} onChange={(rules) => setP({ ...p, rules })} />
      <Card title={tr("policy.hooks")}>
        {hook("reply_webhook", "policy.reply_hook", "policy.reply_hook_hint")}
        {hook("shop_webhook", "policy.shop_hook", "policy.shop_hook_hint")}
      </Card>
      <FormError
        error={error}
        fields={["currency", "approver_role", "code_pattern", "high_reach_followers", "senior_emails"]}
      />
      {admin ? (
        <button type="submit" className="button button-primary" disabled={busy} data-testid="policy-save">
          {tr("policy.save")}
        </button>
      ) : (
        <p className="cases-muted">{tr("policy.admins_only")}</p>
      )}
    </form>
  );
}
