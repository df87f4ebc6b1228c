/**
 * The cards of the remedy policy form: money limits, per-topic offers and the two webhooks. Each edits the
 * whole policy through `setP`, so the form keeps one state and saves it in one request.
 */
import type { ReactNode } from "react";
import { Card } from "../../components/Card.js";
import { FormField } from "../../components/FormField.js";
import { type MessageId, useT, useTOr } from "../../i18n/t.js";
import type { FullPolicy } from "./PolicyEditor.js";
import { REMEDY_LABEL, type RemedyKind } from "./types.js";

const KINDS = Object.keys(REMEDY_LABEL) as RemedyKind[];
const major = (minor: number) => (minor / 100).toFixed(2);
const minor = (s: string) => Math.round(Number(s.replace(",", ".")) * 100);

/** A Standard Webhooks secret made in the browser, shown once. */
function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

export interface SectionProps {
  p: FullPolicy;
  setP: (p: FullPolicy) => void;
  admin: boolean;
  error: unknown;
}

/** Currency, who approves, and how much each remedy may cost before it needs approval. */
export function MoneyCard({ p, setP, admin, error }: SectionProps) {
  const tr = useT();
  return (
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
  );
}

/** The first and second offer, and the amount, for each complaint topic. */
export function TopicsCard({ p, setP, admin }: SectionProps) {
  const tr = useT();
  const tOr = useTOr();
  return (
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
  );
}

/** The reply and shop webhooks; a new secret is reported through `onSecret` so the form can show it once. */
export function HooksCard({ onSecret, ...props }: SectionProps & { onSecret: (secret: string) => void }) {
  const tr = useT();
  return (
    <Card title={tr("policy.hooks")}>
      <WebhookFields
        {...props}
        onSecret={onSecret}
        k="reply_webhook"
        label="policy.reply_hook"
        hint="policy.reply_hook_hint"
      />
      <WebhookFields
        {...props}
        onSecret={onSecret}
        k="shop_webhook"
        label="policy.shop_hook"
        hint="policy.shop_hook_hint"
      />
    </Card>
  );
}

function WebhookFields({
  p,
  setP,
  admin,
  error,
  k,
  label,
  hint,
  onSecret,
}: SectionProps & {
  k: "reply_webhook" | "shop_webhook";
  label: MessageId;
  hint: MessageId;
  onSecret: (secret: string) => void;
}): ReactNode {
  const tr = useT();
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
            {w.secret === "whsec_(hidden)" ? tr("policy.secret_hidden") : w.secret || tr("policy.no_secret")}
          </span>
          <button
            type="button"
            className="button button-small"
            disabled={!admin}
            onClick={() => {
              const secret = newSecret();
              onSecret(secret);
              setP({ ...p, [k]: { url: w.url, secret } });
            }}
          >
            {tr("policy.new_secret")}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
