import { useState } from "react";
import { api, errorMessage, isApiError } from "../../api.js";
import { isolate } from "../../bidi.js";
import { Card } from "../../components/Card.js";
import { useToast } from "../../components/Toast.js";
import { useT } from "../../i18n/t.js";
import { ReplyLanguage } from "./ReplyLanguage.js";
import { ToneRemarks, useToneCheck } from "./ToneRemarks.js";
import type { Case, Channel } from "./types.js";

/** Posts a reply; a clipboard reply (chosen, or no social tool set up) is copied to go out by hand. */
function useSendReply(c: Case, onSent: () => void) {
  const toast = useToast();
  const t = useT();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = async (text: string, channel: Channel, waiting: boolean) => {
    if (!text.trim()) return;
    setSending(true);
    setError(null);
    try {
      const r = await api.post<{ channel: Channel }>(`/api/v1/cases/${c.id}/replies`, {
        text,
        channel,
        waiting,
      });
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
  return { sending, error, send };
}

export function Composer({ c, onSent }: { c: Case; onSent: () => void }) {
  const t = useT();
  const [text, setText] = useState(c.suggested_reply.text);
  const [channel, setChannel] = useState<Channel>(c.channel);
  const [waiting, setWaiting] = useState(false);
  const { sending, error, send: sendReply } = useSendReply(c, onSent);
  const { draft, tone, remarks } = useToneCheck(text, c.language);
  const send = () => sendReply(text, channel, waiting);

  return (
    <Card title={t("reply.title", { lang: c.language.toUpperCase() })} data-testid="reply-composer">
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <ReplyLanguage c={c} onChanged={onSent} />
        <label htmlFor="reply-text" className="visually-hidden">
          {t("case.reply")}
        </label>
        <textarea
          id="reply-text"
          className="input cases-reply"
          dir="auto"
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
        <ToneRemarks draft={draft} tone={tone} remarks={remarks} />
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
                <option value="email">{t("reply.by_email", { email: isolate(c.customer.email) })}</option>
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
        <ReplyError error={error} />
      </form>
    </Card>
  );
}

/** Why the reply did not go out, with the field the server named. */
function ReplyError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="notice notice-error" role="alert" data-testid="reply-error">
      {isApiError(error) && error.field ? `${error.field}: ` : ""}
      {errorMessage(error)}
    </p>
  );
}
