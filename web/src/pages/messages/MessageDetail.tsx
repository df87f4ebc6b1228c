import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useAction } from "../../action.js";
import { api, type Page } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { CopyField } from "../../components/CopyField.js";
import { FormError, FormField } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { formatTime } from "../../format.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { Translations } from "./Translations.js";
import { type AuditEntry, kindLabel, type Message } from "./types.js";

const BREACH_PARTS = [
  ["what_happened", "What happened (default: the crisis summary)"],
  ["data", "Which personal data is affected"],
  ["consequences", "Likely consequences for the customer"],
  ["measures", "What we have done and are doing"],
  ["contact", "Whom to contact (data protection officer or contact point)"],
] as const;

export function MessageDetail() {
  const { id = "" } = useParams();
  const path = `/api/v1/comms/messages/${id}`;
  const q = useApiQuery<Message>(path);
  const audit = useApiQuery<Page<AuditEntry>>(`/api/v1/comms/audit?message_id=${id}&limit=100`);
  const qc = useQueryClient();
  const { can } = useSession();
  const toast = useToast();
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [breach, setBreach] = useState<Record<string, string>>({});
  const [tr, setTr] = useState<Record<string, { subject?: string; body: string }>>({});
  const { busy, error, run } = useAction();
  const [copied, setCopied] = useState<string | null>(null);
  const m = q.data;
  useEffect(() => {
    if (!m) return;
    setSubject(m.subject);
    setBody(m.body);
    setBreach((m.vars.breach as Record<string, string> | undefined) ?? {});
    setTr(m.vars.translations ?? {});
  }, [m]);

  const refresh = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: apiKey(path) }),
      qc.invalidateQueries({ queryKey: apiKey(`/api/v1/comms/audit?message_id=${id}&limit=100`) }),
      qc.invalidateQueries({ queryKey: apiKey("/api/v1/comms/messages") }),
    ]);
  const act = async (what: string, fn: () => Promise<unknown>) => {
    await run(async () => {
      await fn();
      await refresh();
      toast({ message: what, tone: "success" });
    });
  };

  if (q.error)
    return <p className="notice notice-error">The message could not be loaded: {String(q.error.message)}</p>;
  if (!m) return <p className="muted">Loading…</p>;
  const editable = ["draft", "review", "approved"].includes(m.status) && can("responder");
  const sendable = m.approval.required ? ["approved", "sent"].includes(m.status) : m.status !== "cancelled";

  const save = (e: FormEvent) => {
    e.preventDefault();
    void act("Draft saved", () =>
      api.patch(path, {
        subject,
        body,
        vars: {
          ...m.vars,
          ...(m.kind === "breach_notice" ? { breach } : {}),
          translations: Object.fromEntries(Object.entries(tr).filter(([, v]) => v.body.trim() !== "")),
        },
      }),
    );
  };

  return (
    <>
      <PageHeader
        title={m.preview.subject || kindLabel(m.kind)}
        description={`${kindLabel(m.kind)} · ${m.language} · written by ${m.created_by}`}
        actions={
          <span data-testid="message-status">
            <Badge value={m.status} />
          </span>
        }
      />
      {m.crisis_id ? (
        <p>
          <Link to={`/crises/${m.crisis_id}`}>← the crisis room</Link>
        </p>
      ) : null}
      <FormError
        error={error}
        fields={["subject", "body", ...BREACH_PARTS.map(([k]) => `vars.breach.${k}`)]}
      />
      <div className="message-columns">
        <Card title="Draft (Liquid)">
          <form className="form" onSubmit={save} data-testid="message-form">
            <FormField label="Subject" name="subject" error={error}>
              <input
                className="input"
                value={subject}
                onChange={(e) => setSubject(e.target.value)}
                disabled={!editable}
                data-testid="message-subject"
              />
            </FormField>
            <FormField
              label="Text"
              name="body"
              error={error}
              hint="Variables: {{ shop.name }}, {{ crisis.title }}, {{ crisis.next_update_at }}, {{ customer.name }}…"
            >
              <textarea
                className="input message-body"
                value={body}
                onChange={(e) => setBody(e.target.value)}
                disabled={!editable}
                data-testid="message-body"
              />
            </FormField>
            {m.kind === "breach_notice"
              ? BREACH_PARTS.map(([k, label]) => (
                  <FormField key={k} label={label} name={`vars.breach.${k}`} error={error}>
                    <textarea
                      className="input"
                      rows={2}
                      value={breach[k] ?? ""}
                      onChange={(e) => setBreach({ ...breach, [k]: e.target.value })}
                      disabled={!editable}
                      data-testid={`breach-${k}`}
                    />
                  </FormField>
                ))
              : null}
            <Translations message={m} value={tr} onChange={setTr} disabled={!editable} error={error} />
            {editable ? (
              <button className="button" type="submit" disabled={busy} data-testid="message-save">
                Save draft{m.status === "approved" ? " (voids the approval)" : ""}
              </button>
            ) : null}
          </form>
        </Card>
        <div className="stack">
          <Card title="Preview">
            <p>
              <strong data-testid="preview-subject">{m.preview.subject}</strong>
            </p>
            <pre className="message-preview" data-testid="preview-body">
              {m.preview.body}
            </pre>
          </Card>
          <Card title="Tone check">
            {m.tone.ok ? (
              <p className="notice notice-success" data-testid="tone-ok">
                Nothing to flag.
              </p>
            ) : (
              <div data-testid="tone-remarks">
                {m.tone.remarks.map((r) => (
                  <div
                    className="tone-remark"
                    key={`${r.kind}-${r.index}-${r.text}`}
                    data-testid="tone-remark"
                    data-kind={r.kind}
                  >
                    <strong>{r.kind.replaceAll("_", " ")}</strong>
                    {r.text ? <> — “{r.text}”</> : null}
                    <div className="muted">{r.why}</div>
                  </div>
                ))}
              </div>
            )}
          </Card>
        </div>
      </div>
      <Card title="Approval">
        <p className="muted" data-testid="approval-rule">
          {m.approval.required
            ? `The plan asks for approval before this leaves${m.approval.approvers.length ? ` (by: ${m.approval.approvers.join(", ")})` : ""}.`
            : "The plan lets this message go out without approval."}
          {m.approved_by ? ` Approved by ${m.approved_by} at ${formatTime(m.approved_at)}.` : ""}
        </p>
        {can("responder") ? (
          <div className="message-actions">
            {m.status === "draft" ? (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void act("Sent for review", () => api.post(`${path}/submit`))}
                data-testid="message-submit"
              >
                Ask for review
              </button>
            ) : null}
            {["draft", "review"].includes(m.status) ? (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void act("Approved", () => api.post(`${path}/approve`))}
                data-testid="message-approve"
              >
                Approve
              </button>
            ) : null}
            {["review", "approved"].includes(m.status) ? (
              <button
                type="button"
                className="button button-ghost"
                disabled={busy}
                onClick={() => {
                  const reason = window.prompt("Why does it go back to draft?");
                  if (reason) void act("Sent back to draft", () => api.post(`${path}/reject`, { reason }));
                }}
                data-testid="message-reject"
              >
                Send back
              </button>
            ) : null}
          </div>
        ) : null}
      </Card>
      {can("responder") && sendable ? (
        <SendPanel path={path} busy={busy} act={act} onCopied={setCopied} error={error} />
      ) : null}
      {copied !== null ? <CopyField value={copied} label="Text to paste" testId="message-copy-text" /> : null}
      <Card title="Sent">
        {m.sends.length === 0 ? (
          <p className="muted">Not sent yet.</p>
        ) : (
          <ul data-testid="message-sends">
            {m.sends.map((s) => (
              <li key={`${s.channel}-${s.at}`}>
                {s.channel.replace("_", " ")}
                {s.segment ? ` (${s.segment})` : ""} by {s.by} at {formatTime(s.at)}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Audit log (append-only)">
        <ul data-testid="message-audit">
          {audit.data?.items.map((a) => (
            <li key={a.id}>
              {formatTime(a.at)} · {a.actor} · {a.action}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}

function SendPanel(props: {
  path: string;
  busy: boolean;
  error: unknown;
  act: (what: string, fn: () => Promise<unknown>) => Promise<void>;
  onCopied: (text: string) => void;
}) {
  const [channel, setChannel] = useState("status_page");
  const [segment, setSegment] = useState("all");
  const [url, setUrl] = useState("");
  const [secret, setSecret] = useState("");
  const segments = useApiQuery<Record<string, number>>("/api/v1/comms/segments");
  const send = (e: FormEvent) => {
    e.preventDefault();
    const body =
      channel === "email"
        ? { channel, segment }
        : channel === "webhook"
          ? { channel, url, secret }
          : { channel };
    void props.act(`Sent (${channel.replace("_", " ")})`, async () => {
      const r = await api.post<{ text?: string }>(`${props.path}/send`, body);
      if (channel === "copy" && r.text !== undefined) {
        props.onCopied(r.text);
        await navigator.clipboard?.writeText(r.text).catch(() => undefined);
      }
    });
  };
  return (
    <Card title="Send">
      <form className="form-grid" onSubmit={send} data-testid="send-form">
        <FormField label="Channel" name="channel" error={props.error}>
          <select
            className="select"
            value={channel}
            onChange={(e) => setChannel(e.target.value)}
            data-testid="send-channel"
          >
            <option value="status_page">Public status page</option>
            <option value="email">E-mail to customers</option>
            <option value="webhook">Signed webhook (social media tool)</option>
            <option value="copy">Copy to clipboard</option>
          </select>
        </FormField>
        {channel === "email" ? (
          <FormField label="Segment" name="segment" error={props.error}>
            <select
              className="select"
              value={segment}
              onChange={(e) => setSegment(e.target.value)}
              data-testid="send-segment"
            >
              {["all", "orders_7d", "paid_not_shipped"].map((s) => (
                <option key={s} value={s}>
                  {s.replaceAll("_", " ")} ({segments.data?.[s] ?? "…"})
                </option>
              ))}
            </select>
          </FormField>
        ) : null}
        {channel === "webhook" ? (
          <>
            <FormField label="URL" name="url" error={props.error}>
              <input
                className="input"
                value={url}
                onChange={(e) => setUrl(e.target.value)}
                data-testid="send-url"
              />
            </FormField>
            <FormField label="Secret (whsec_…)" name="secret" error={props.error}>
              <input
                className="input"
                value={secret}
                onChange={(e) => setSecret(e.target.value)}
                data-testid="send-secret"
              />
            </FormField>
          </>
        ) : null}
        <div className="form-grid-submit">
          <button
            className="button button-primary"
            type="submit"
            disabled={props.busy}
            data-testid="send-submit"
          >
            Send
          </button>
        </div>
      </form>
    </Card>
  );
}
