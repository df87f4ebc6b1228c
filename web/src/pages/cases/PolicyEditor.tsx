import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { FormError, FormField } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
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
  return (
    <>
      <PageHeader
        title="Remedy policy"
        description="What to offer per topic, the limits above which an approver decides, discount codes, and which mentions open cases."
      />
      <CaseTabs />
      {q.data ? (
        <PolicyForm key={JSON.stringify(q.data)} initial={q.data} />
      ) : (
        <p className="cases-muted">Loading…</p>
      )}
    </>
  );
}

function PolicyForm({ initial }: { initial: FullPolicy }) {
  const { can } = useSession();
  const admin = can("admin");
  const qc = useQueryClient();
  const toast = useToast();
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
      toast({ message: "Policy saved", tone: "success" });
      setShown(null);
      void qc.invalidateQueries({ queryKey: apiKey(PATH) });
    });
  };
  const hook = (k: "reply_webhook" | "shop_webhook", label: string, hint: string) => {
    const w = p[k];
    return (
      <fieldset className="cases-fieldset">
        <legend>{label}</legend>
        <p className="cases-muted">{hint}</p>
        <FormField label="URL" name={`${k}.url`} error={error}>
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
              {w.secret === "whsec_(hidden)" ? "secret set (hidden)" : w.secret || "no secret yet"}
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
              New secret
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
          Copy the new secret into the receiving tool now; it is not shown again: <code>{shown}</code>
        </p>
      ) : null}
      <Card title="Money and approval">
        <div className="form-grid">
          <FormField label="Currency" name="currency" error={error}>
            <input
              className="input"
              value={p.currency}
              maxLength={3}
              disabled={!admin}
              onChange={(e) => setP({ ...p, currency: e.target.value.toUpperCase() })}
            />
          </FormField>
          <FormField label="Approver above the limits" name="approver_role" error={error}>
            <select
              className="select"
              value={p.approver_role}
              disabled={!admin}
              onChange={(e) => setP({ ...p, approver_role: e.target.value as FullPolicy["approver_role"] })}
            >
              <option value="admin">admin</option>
              <option value="responder">responder</option>
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
            Let the person who asked approve too (one-person shop; off means four eyes)
          </label>
        </div>
        <table className="cases-policy-table">
          <caption className="visually-hidden">Limits per remedy</caption>
          <thead>
            <tr>
              <th scope="col">Remedy</th>
              <th scope="col">Without approval up to ({p.currency})</th>
            </tr>
          </thead>
          <tbody>
            {KINDS.map((k) => (
              <tr key={k}>
                <th scope="row">{REMEDY_LABEL[k]}</th>
                <td>
                  <input
                    className="input cases-amount"
                    inputMode="decimal"
                    aria-label={`Limit for ${REMEDY_LABEL[k]}`}
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
      <Card title="What to offer per topic">
        <table className="cases-policy-table">
          <caption className="visually-hidden">Offer per topic</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">First offer (named in the reply)</th>
              <th scope="col">Or</th>
              <th scope="col">Amount ({p.currency})</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(p.topics).map(([topic, t]) => {
              const setTopic = (next: { offer: RemedyKind[]; amount: number }) =>
                setP({ ...p, topics: { ...p.topics, [topic]: next } });
              return (
                <tr key={topic}>
                  <th scope="row">{topic.replace("_", " ")}</th>
                  <td>
                    <select
                      className="select"
                      aria-label={`First offer for ${topic}`}
                      value={t.offer[0]}
                      disabled={!admin}
                      onChange={(e) =>
                        setTopic({ ...t, offer: [e.target.value as RemedyKind, ...t.offer.slice(1)] })
                      }
                    >
                      {KINDS.map((k) => (
                        <option key={k} value={k}>
                          {REMEDY_LABEL[k]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      className="select"
                      aria-label={`Second offer for ${topic}`}
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
                      <option value="">nothing else</option>
                      {KINDS.map((k) => (
                        <option key={k} value={k}>
                          {REMEDY_LABEL[k]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      className="input cases-amount"
                      inputMode="decimal"
                      aria-label={`Amount for ${topic}`}
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
      <Card title="Discount codes and escalation">
        <div className="form-grid">
          <FormField
            label="Code format"
            name="code_pattern"
            error={error}
            hint="Text as is; {XXXX} letters, {9999} digits, {AAAA} either; at least 6 random characters."
          >
            <input
              className="input mono"
              value={p.code_pattern}
              disabled={!admin}
              onChange={(e) => setP({ ...p, code_pattern: e.target.value })}
            />
          </FormField>
          <FormField
            label="High reach from (followers)"
            name="high_reach_followers"
            error={error}
            hint="Escalated at once."
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
            label="Senior people (e-mails)"
            name="senior_emails"
            error={error}
            hint="One per line; empty: the workspace's admins."
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
      <Card title="Where replies and codes go">
        {hook(
          "reply_webhook",
          "Social and review tool",
          "Replies to posts are sent here as a signed webhook (type case.reply).",
        )}
        {hook(
          "shop_webhook",
          "The shop",
          "Every new discount code is pushed here (type discount_code.created).",
        )}
      </Card>
      <FormError
        error={error}
        fields={["currency", "approver_role", "code_pattern", "high_reach_followers", "senior_emails"]}
      />
      {admin ? (
        <button type="submit" className="button button-primary" disabled={busy} data-testid="policy-save">
          Save policy
        </button>
      ) : (
        <p className="cases-muted">Only an admin changes the policy.</p>
      )}
    </form>
  );
}
