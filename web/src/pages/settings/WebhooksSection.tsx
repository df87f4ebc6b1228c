import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction, useToastAction } from "../../action.js";
import { api, type Page } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { EmptyState } from "../../components/EmptyState.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { formatRelative, formatTime } from "../../format.js";
import { useT, useTOr } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { ListError, SecretOnce } from "./parts.js";

interface Endpoint {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  active: boolean;
  created_at: string;
}
interface Delivery {
  id: string;
  type: string;
  attempt: number;
  status_code: number | null;
  ok: boolean;
  error: string | null;
  duration_ms: number;
  created_at: string;
  /** Its body was kept and the endpoint still exists. */
  resendable: boolean;
}

/** Every event type Firebreak sends (CONTRACT.md). */
const EVENTS = [
  "alert.opened",
  "alert.closed",
  "crisis.opened",
  "crisis.updated",
  "status.published",
  "case.opened",
  "remedy.given",
  "monitor.down",
  "monitor.up",
] as const;
const PATH = "/api/v1/webhooks";

/** Signed webhooks (Standard Webhooks) to other tools: endpoints, their events and the delivery log. */
export default function WebhooksSection() {
  const t = useT();
  const admin = useSession().can("admin");
  const list = useApiQuery<Page<Endpoint>>(admin ? PATH : null);
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  if (!admin) return <p className="notice">{t("settings.admins_only")}</p>;

  return (
    <div className="stack">
      {created ? (
        <SecretOnce
          title={t("webhooks.created", { url: created.url })}
          secret={created.secret}
          label={t("webhooks.secret")}
          onClose={() => setCreated(null)}
          testId="webhook-secret"
        />
      ) : null}
      <Card title={t("settings.webhooks")} data-testid="webhooks-card">
        <div className="stack">
          <p className="muted">{t("webhooks.intro")}</p>
          {list.error ? <ListError error={list.error} /> : null}
          {list.data && list.data.items.length === 0 ? (
            <EmptyState title={t("webhooks.none")}>{t("webhooks.none_hint")}</EmptyState>
          ) : null}
          {(list.data?.items ?? []).map((e) => (
            <EndpointView key={e.id} endpoint={e} />
          ))}
        </div>
      </Card>
      <AddEndpointForm onCreated={setCreated} />
    </div>
  );
}

function EndpointView({ endpoint }: { endpoint: Endpoint }) {
  const t = useT();
  const tOr = useTOr();
  const qc = useQueryClient();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const { busy, run } = useToastAction();
  const deliveriesPath = `${PATH}/${encodeURIComponent(endpoint.id)}/deliveries?limit=50`;
  const deliveries = useApiQuery<Page<Delivery>>(open ? deliveriesPath : null, { refetchInterval: 10_000 });

  const resend = (d: Delivery) =>
    run(async () => {
      await api.post(`${PATH}/deliveries/${encodeURIComponent(d.id)}/resend`);
      toast({ message: t("webhooks.resent"), tone: "success" });
      await qc.invalidateQueries({ queryKey: apiKey(deliveriesPath) });
    });

  const test = () =>
    run(async () => {
      await api.post(`${PATH}/${encodeURIComponent(endpoint.id)}/test`);
      toast({ message: t("webhooks.test_sent"), tone: "success" });
      setOpen(true);
      await qc.invalidateQueries({ queryKey: apiKey(deliveriesPath) });
    });

  const columns: Column<Delivery>[] = [
    {
      key: "created_at",
      header: t("webhooks.when"),
      render: (d) => <span title={formatTime(d.created_at)}>{formatRelative(d.created_at)}</span>,
    },
    { key: "type", header: t("webhooks.event"), render: (d) => tOr(`event.${d.type}`, d.type) },
    { key: "attempt", header: t("webhooks.attempt"), align: "right" },
    {
      key: "result",
      header: t("webhooks.result"),
      render: (d) =>
        d.ok ? (
          <Badge value="delivered">{t("webhooks.ok", { code: d.status_code ?? 200 })}</Badge>
        ) : (
          <span title={d.error ?? undefined}>
            <Badge value="failed" />{" "}
            {d.status_code ? t("home.webhook_status", { code: d.status_code }) : t("error.unreachable")}
          </span>
        ),
    },
    {
      key: "duration_ms",
      header: t("webhooks.duration"),
      align: "right",
      render: (d) => `${d.duration_ms} ms`,
    },
    {
      key: "actions",
      header: <span className="visually-hidden">{t("common.actions")}</span>,
      align: "right",
      render: (d) =>
        d.resendable ? (
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            aria-label={t("webhooks.resend_label", { event: tOr(`event.${d.type}`, d.type) })}
            onClick={() => void resend(d)}
            data-testid="delivery-resend"
          >
            {t("webhooks.resend")}
          </button>
        ) : null,
    },
  ];

  return (
    <section className="endpoint" data-testid="webhook-endpoint" aria-label={endpoint.url}>
      <div className="endpoint-head">
        <div className="endpoint-what">
          <strong className="break-anywhere">{endpoint.description || endpoint.url}</strong>
          {endpoint.description ? <span className="muted break-anywhere">{endpoint.url}</span> : null}
          <span className="muted">{endpoint.events.map((e) => tOr(`event.${e}`, e)).join(", ")}</span>
        </div>
        <div className="endpoint-actions">
          <button
            type="button"
            className="button button-small"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            data-testid="webhook-log"
          >
            {t(open ? "webhooks.hide_log" : "webhooks.show_log")}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => void test()}
            data-testid="webhook-test"
          >
            {t("webhooks.send_test")}
          </button>
          <ConfirmButton
            label={t("common.remove")}
            question={t("webhooks.remove_q")}
            onConfirm={async () => {
              await api.delete(`${PATH}/${encodeURIComponent(endpoint.id)}`);
              await qc.invalidateQueries({ queryKey: apiKey(PATH) });
            }}
            testId="webhook-remove"
          />
        </div>
      </div>
      {open ? (
        deliveries.error ? (
          <ListError error={deliveries.error} />
        ) : (
          <DataTable
            caption={t("webhooks.log_caption")}
            columns={columns}
            rows={deliveries.data?.items ?? []}
            rowKey={(d) => d.id}
            isLoading={deliveries.isLoading}
            stackOnPhone
            data-testid="deliveries-table"
            empty={
              <EmptyState title={t("webhooks.no_deliveries")}>{t("webhooks.no_deliveries_hint")}</EmptyState>
            }
          />
        )
      ) : null}
    </section>
  );
}

function AddEndpointForm({ onCreated }: { onCreated: (c: { url: string; secret: string }) => void }) {
  const t = useT();
  const tOr = useTOr();
  const qc = useQueryClient();
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<string[]>(["crisis.opened", "crisis.updated", "alert.opened"]);
  const { busy, error, run } = useAction();
  const toggle = (e: string) => setEvents((xs) => (xs.includes(e) ? xs.filter((x) => x !== e) : [...xs, e]));

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    await run(async () => {
      const res = await api.post<{ secret: string; url: string }>(PATH, {
        url: url.trim(),
        events,
        ...(description.trim() ? { description: description.trim() } : {}),
      });
      onCreated({ url: res.url, secret: res.secret });
      setUrl("");
      setDescription("");
      await qc.invalidateQueries({ queryKey: apiKey(PATH) });
    });
  };

  return (
    <Card title={t("webhooks.add_title")}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="webhook-form">
        <FormField label={t("webhooks.url")} name="url" error={error} hint={t("webhooks.url_hint")}>
          <input
            className="input"
            type="url"
            inputMode="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            data-testid="webhook-url"
          />
        </FormField>
        <FormField label={t("webhooks.description")} name="description" error={error}>
          <input
            className="input"
            value={description}
            maxLength={200}
            onChange={(e) => setDescription(e.target.value)}
            data-testid="webhook-description"
          />
        </FormField>
        <fieldset className="checks" data-testid="field-events">
          <legend className="field-label">{t("webhooks.events")}</legend>
          {EVENTS.map((e) => (
            <label key={e} className="check">
              <input type="checkbox" checked={events.includes(e)} onChange={() => toggle(e)} />
              {tOr(`event.${e}`, e)}
            </label>
          ))}
        </fieldset>
        <FormError error={error} fields={["url", "description"]} />
        <div>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || !url.trim() || events.length === 0}
            data-testid="webhook-create"
          >
            {busy ? t("common.saving") : t("webhooks.add")}
          </button>
        </div>
      </form>
    </Card>
  );
}
