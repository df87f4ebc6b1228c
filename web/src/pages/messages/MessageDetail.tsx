import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { useAction } from "../../action.js";
import { api, errorMessage } from "../../api.js";
import { Card } from "../../components/Card.js";
import { CopyField } from "../../components/CopyField.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import {
  ApprovalCard,
  AuditCard,
  BREACH_PARTS,
  BreachFields,
  MessageHeader,
  PreviewAndTone,
  SentCard,
} from "./MessageParts.js";
import { SendPanel } from "./SendPanel.js";
import { Translations } from "./Translations.js";
import type { Message } from "./types.js";

export function MessageDetail() {
  const { id = "" } = useParams();
  const path = `/api/v1/comms/messages/${id}`;
  const q = useApiQuery<Message>(path);
  const qc = useQueryClient();
  const { can } = useSession();
  const toast = useToast();
  const t = useT();
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
    return (
      <p className="notice notice-error">{t("message.load_failed", { reason: errorMessage(q.error) })}</p>
    );
  if (!m) return <p className="muted">{t("app.loading")}</p>;
  const editable = ["draft", "review", "approved"].includes(m.status) && can("responder");
  const sendable = m.approval.required ? ["approved", "sent"].includes(m.status) : m.status !== "cancelled";

  const save = (e: FormEvent) => {
    e.preventDefault();
    void act(t("message.saved"), () =>
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
      <MessageHeader message={m} />
      <FormError
        error={error}
        fields={["subject", "body", ...BREACH_PARTS.map(([k]) => `vars.breach.${k}`)]}
      />
      <div className="message-columns">
        <Card title={t("message.draft")}>
          <form className="form" onSubmit={save} data-testid="message-form">
            <FormField label={t("message.subject")} name="subject" error={error}>
              <input
                className="input"
                value={subject}
                onChange={(e) => setSubject(e.target.value)}
                disabled={!editable}
                dir="auto"
                data-testid="message-subject"
              />
            </FormField>
            <FormField
              label={t("message.text")}
              name="body"
              error={error}
              hint={`${t("message.variables")} {{ shop.name }}, {{ crisis.title }}, {{ crisis.next_update_at }}, {{ customer.name }}…`}
            >
              <textarea
                className="input message-body"
                value={body}
                onChange={(e) => setBody(e.target.value)}
                disabled={!editable}
                dir="auto"
                data-testid="message-body"
              />
            </FormField>
            {m.kind === "breach_notice" ? (
              <BreachFields value={breach} onChange={setBreach} disabled={!editable} error={error} />
            ) : null}
            <Translations message={m} value={tr} onChange={setTr} disabled={!editable} error={error} />
            {editable ? (
              <button className="button" type="submit" disabled={busy} data-testid="message-save">
                {m.status === "approved" ? t("message.save_voids") : t("message.save")}
              </button>
            ) : null}
          </form>
        </Card>
        <PreviewAndTone message={m} />
      </div>
      <ApprovalCard message={m} path={path} busy={busy} act={act} />
      {can("responder") && sendable ? (
        <SendPanel message={m} busy={busy} act={act} run={run} onCopied={setCopied} error={error} />
      ) : null}
      {copied !== null ? (
        <CopyField value={copied} label={t("message.to_paste")} testId="message-copy-text" />
      ) : null}
      <SentCard message={m} />
      <AuditCard id={id} />
    </>
  );
}
