import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
import { api, errorMessage, isApiError } from "../../api.js";
import { Card } from "../../components/Card.js";
import { useToast } from "../../components/Toast.js";
import { useT, useTOr } from "../../i18n/t.js";
import type { Case, Channel, ToneRemark, ToneResult } from "./types.js";

/** Waits until typing pauses before the tone check runs. */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** The draft with each remark's words marked where they stand, so the fix is obvious. */
function Marked({ text, remarks }: { text: string; remarks: ToneRemark[] }) {
  const spans = remarks
    .filter((r) => r.index >= 0 && r.text && text.slice(r.index, r.index + r.text.length) === r.text)
    .sort((a, b) => a.index - b.index);
  const out: ReactNode[] = [];
  let at = 0;
  for (const r of spans) {
    if (r.index < at) continue;
    out.push(text.slice(at, r.index));
    out.push(
      <mark key={`${r.index}-${r.kind}`} className={`tone-${r.kind}`} title={r.why} data-testid="tone-mark">
        {r.text}
      </mark>,
    );
    at = r.index + r.text.length;
  }
  out.push(text.slice(at));
  return <div className="cases-marked cases-text">{out}</div>;
}

export function Composer({ c, onSent }: { c: Case; onSent: () => void }) {
  const toast = useToast();
  const t = useT();
  const tOr = useTOr();
  const [text, setText] = useState(c.suggested_reply.text);
  const [channel, setChannel] = useState<Channel>(c.channel);
  const [waiting, setWaiting] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const draft = useDebounced(text, 400);
  const tone = useQuery({
    queryKey: ["cases", "tone", c.language, draft],
    queryFn: () => api.post<ToneResult>("/api/v1/cases/tone", { text: draft, language: c.language }),
    enabled: draft.trim().length > 0,
    staleTime: 60_000,
  });
  const remarks = tone.data?.remarks ?? [];

  const send = async () => {
    if (!text.trim()) return;
    setSending(true);
    setError(null);
    try {
      const r = await api.post<{ channel: Channel }>(`/api/v1/cases/${c.id}/replies`, {
        text,
        channel,
        waiting,
      });
      // Clipboard, chosen or because no social tool is set up: the reply goes out by hand.
      if (r.channel === "clipboard") await navigator.clipboard?.writeText(text).catch(() => undefined);
      toast({
        message:
          r.channel === "email"
            ? t("reply.sent_email")
            : r.channel === "webhook"
              ? t("reply.sent_webhook")
              : t("reply.copied"),
        tone: "success",
      });
      onSent();
    } catch (e) {
      setError(e);
    } finally {
      setSending(false);
    }
  };

  return (
    <Card title={t("reply.title", { lang: c.language.toUpperCase() })} data-testid="reply-composer">
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <label htmlFor="reply-text" className="visually-hidden">
          {t("case.reply")}
        </label>
        <textarea
          id="reply-text"
          className="input cases-reply"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void send();
            }
          }}
          data-testid="reply-text"
          aria-describedby="tone-remarks"
        />
        <div
          id="tone-remarks"
          aria-live="polite"
          data-testid="tone-remarks"
          data-ok={remarks.length === 0 ? "true" : "false"}
        >
          {tone.isFetching && !tone.data ? (
            <span className="cases-muted">{t("reply.tone_checking")}</span>
          ) : null}
          {tone.data && remarks.length === 0 ? (
            <span className="notice notice-success" data-testid="tone-ok">
              {t("reply.tone_ok")}
            </span>
          ) : null}
          {remarks.length ? (
            <>
              <Marked text={draft} remarks={remarks} />
              <ul className="cases-remarks">
                {remarks.map((r) => (
                  <li key={`${r.kind}-${r.index}`} data-testid="tone-remark" data-kind={r.kind}>
                    <strong>{tOr(`tone.${r.kind}`, r.kind)}</strong>
                    {r.text ? <> “{r.text}”</> : null}: {r.why}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        <div className="form-row">
          <label>
            {t("reply.send_by")}{" "}
            <select
              className="select"
              value={channel}
              onChange={(e) => setChannel(e.target.value as Channel)}
              data-testid="reply-channel"
            >
              {c.customer.email ? (
                <option value="email">{t("reply.by_email", { email: c.customer.email })}</option>
              ) : null}
              <option value="webhook">{t("reply.by_webhook")}</option>
              <option value="clipboard">{t("reply.by_clipboard")}</option>
            </select>
          </label>
          <label>
            <input type="checkbox" checked={waiting} onChange={(e) => setWaiting(e.target.checked)} />{" "}
            {t("reply.then_wait")}
          </label>
          <button
            type="button"
            className="button button-ghost"
            onClick={() => setText(c.suggested_reply.text)}
            data-testid="reply-suggested"
          >
            {t("reply.use_suggestion")}
          </button>
          <button type="submit" className="button button-primary" disabled={sending} data-testid="reply-send">
            {sending ? t("reply.sending") : t("reply.send")}
          </button>
        </div>
        {error ? (
          <p className="notice notice-error" role="alert" data-testid="reply-error">
            {isApiError(error) && error.field ? `${error.field}: ` : ""}
            {errorMessage(error)}
          </p>
        ) : null}
      </form>
    </Card>
  );
}
