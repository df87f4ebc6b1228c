import { type FormEvent, useState } from "react";
import { useIntl } from "react-intl";
import type { Answer } from "../../api/types.js";
import { api } from "../../api.js";
import { isolate } from "../../bidi.js";
import { Card } from "../../components/Card.js";
import { FormField } from "../../components/FormField.js";
import { type MessageId, useT, useTOr } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";

type Preview = Answer<"getCommsMessagesByIdStatusPagePreview">;
type Change = Preview["changes"][number];

/**
 * Sends the message through one channel. To the status page, the send first asks the server which
 * components it would move (the same choice the send makes) and, when any would, lists them
 * "Component: from → to" and waits for a second click, as the status page's own update editor does.
 */
/** Kinds the server refuses on the public page (a breach notice's "affects you", a brief, a partner notice). */
const OFF_THE_PAGE = new Set(["breach_notice", "internal_brief", "supplier_notice"]);

export function SendPanel(props: {
  message: { id: string; kind: string };
  busy: boolean;
  error: unknown;
  act: (what: string, fn: () => Promise<unknown>) => Promise<void>;
  run: (work: () => Promise<void>) => Promise<void>;
  onCopied: (text: string) => void;
}) {
  const t = useT();
  const tOr = useTOr();
  const { locale } = useIntl();
  const path = `/api/v1/comms/messages/${props.message.id}`;
  const onPage = !OFF_THE_PAGE.has(props.message.kind);
  const [channel, setChannel] = useState(onPage ? "status_page" : "email");
  const [segment, setSegment] = useState("all");
  const [url, setUrl] = useState("");
  const [secret, setSecret] = useState("");
  const [changes, setChanges] = useState<Change[] | null>(null);
  const segments = useApiQuery<Record<string, number>>("/api/v1/comms/segments");

  const deliver = () => {
    setChanges(null);
    const body =
      channel === "email"
        ? { channel, segment }
        : channel === "webhook"
          ? { channel, url, secret }
          : { channel };
    void props.act(
      t("message.sent_via", { channel: tOr(`message.channel.${channel}`, channel) }),
      async () => {
        const r = await api.post<{ text?: string }>(`${path}/send`, body);
        if (channel === "copy" && r.text !== undefined) {
          props.onCopied(r.text);
          await navigator.clipboard?.writeText(r.text).catch(() => undefined);
        }
      },
    );
  };
  const send = (e: FormEvent) => {
    e.preventDefault();
    if (channel !== "status_page") return deliver();
    // Asked at the moment of sending, not earlier: another send may have moved the page meanwhile.
    void props.run(async () => {
      const p = await api.get<Preview>(
        `${path}/status-page-preview?lang=${encodeURIComponent(locale.slice(0, 2))}`,
      );
      if (p.changes.length) setChanges(p.changes);
      else deliver();
    });
  };
  const pickChannel = (c: string) => {
    setChannel(c);
    setChanges(null);
  };
  return (
    <Card title={t("message.send_title")}>
      <form className="form-grid" onSubmit={send} data-testid="send-form">
        <ChannelSelect channel={channel} onPick={pickChannel} error={props.error} onPage={onPage} />
        {channel === "email" ? (
          <SegmentField
            segment={segment}
            setSegment={setSegment}
            counts={segments.data}
            error={props.error}
          />
        ) : null}
        {channel === "webhook" ? (
          <WebhookTargetFields
            url={url}
            setUrl={setUrl}
            secret={secret}
            setSecret={setSecret}
            error={props.error}
          />
        ) : null}
        <div className="form-grid-submit">
          {changes ? (
            <ChangesConfirm
              changes={changes}
              busy={props.busy}
              onSend={deliver}
              onBack={() => setChanges(null)}
            />
          ) : (
            <button
              className="button button-primary"
              type="submit"
              disabled={props.busy}
              data-testid="send-submit"
            >
              {t("message.send")}
            </button>
          )}
        </div>
      </form>
    </Card>
  );
}

/** The way the message goes out: the status page, e-mail to a segment, a webhook, or copied by hand. */
function ChannelSelect(props: {
  channel: string;
  onPick: (c: string) => void;
  error: unknown;
  onPage: boolean;
}) {
  const t = useT();
  return (
    <FormField label={t("message.channel")} name="channel" error={props.error}>
      <select
        className="select"
        value={props.channel}
        onChange={(e) => props.onPick(e.target.value)}
        data-testid="send-channel"
      >
        {props.onPage ? <option value="status_page">{t("message.channel.status_page")}</option> : null}
        <option value="email">{t("message.channel.email")}</option>
        <option value="webhook">{t("message.channel.webhook")}</option>
        <option value="copy">{t("message.channel.copy")}</option>
      </select>
    </FormField>
  );
}

/** Which customers an e-mail goes to, with how many each segment holds. */
function SegmentField(props: {
  segment: string;
  setSegment: (s: string) => void;
  counts: Record<string, number> | undefined;
  error: unknown;
}) {
  const t = useT();
  const tOr = useTOr();
  return (
    <FormField label={t("message.segment")} name="segment" error={props.error}>
      <select
        className="select"
        value={props.segment}
        onChange={(e) => props.setSegment(e.target.value)}
        data-testid="send-segment"
      >
        {["all", "orders_7d", "paid_not_shipped"].map((s) => (
          <option key={s} value={s}>
            {tOr(`segment.${s}`, s.replaceAll("_", " "))} ({props.counts?.[s] ?? "…"})
          </option>
        ))}
      </select>
    </FormField>
  );
}

/** Where a one-off webhook send goes, and the secret it is signed with. */
function WebhookTargetFields(props: {
  url: string;
  setUrl: (s: string) => void;
  secret: string;
  setSecret: (s: string) => void;
  error: unknown;
}) {
  const t = useT();
  return (
    <>
      <FormField label={t("monitor.f.url")} name="url" error={props.error}>
        <input
          className="input"
          value={props.url}
          onChange={(e) => props.setUrl(e.target.value)}
          data-testid="send-url"
        />
      </FormField>
      <FormField label={t("message.secret")} name="secret" error={props.error}>
        <input
          className="input"
          value={props.secret}
          onChange={(e) => props.setSecret(e.target.value)}
          data-testid="send-secret"
        />
      </FormField>
    </>
  );
}

/** Said before a status-page send that changes what the public page shows for some components. */
function ChangesConfirm(props: { changes: Change[]; busy: boolean; onSend: () => void; onBack: () => void }) {
  const t = useT();
  const state = (s: string) => t(`value.${s}` as MessageId);
  return (
    <div className="notice" role="alert" data-testid="send-confirm">
      <p>{t("message.send_changes_intro")}</p>
      <ul data-testid="send-changes">
        {props.changes.map((c) => (
          <li key={c.id}>
            {t("message.send_change_line", { name: isolate(c.name), from: state(c.from), to: state(c.to) })}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button-primary"
        disabled={props.busy}
        onClick={props.onSend}
        data-testid="send-confirm-send"
      >
        {t("message.send_anyway")}
      </button>{" "}
      <button type="button" className="button button-ghost" onClick={props.onBack}>
        {t("common.cancel")}
      </button>
    </div>
  );
}
