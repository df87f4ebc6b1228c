import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useToastAction } from "../../action.js";
import { api, type Page } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { EmptyState } from "../../components/EmptyState.js";
import { useToast } from "../../components/Toast.js";
import { formatRelative, formatTime } from "../../format.js";
import { useT, useTOr } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { ListError } from "./parts.js";

export const WEBHOOKS_PATH = "/api/v1/webhooks";

export interface Endpoint {
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

type Run = (work: () => Promise<void>) => Promise<void>;

/** One endpoint: what it receives, a test send, removal, and its delivery log when opened. */
export function EndpointView({ endpoint }: { endpoint: Endpoint }) {
  const t = useT();
  const tOr = useTOr();
  const qc = useQueryClient();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  // One busy state for the test send and the resends: the log's buttons wait for either.
  const { busy, run } = useToastAction();
  const deliveriesPath = `${WEBHOOKS_PATH}/${encodeURIComponent(endpoint.id)}/deliveries?limit=50`;

  const test = () =>
    run(async () => {
      await api.post(`${WEBHOOKS_PATH}/${encodeURIComponent(endpoint.id)}/test`);
      toast({ message: t("webhooks.test_sent"), tone: "success" });
      setOpen(true);
      await qc.invalidateQueries({ queryKey: apiKey(deliveriesPath) });
    });

  return (
    <section className="endpoint" data-testid="webhook-endpoint" aria-label={endpoint.url}>
      <div className="endpoint-head">
        <div className="endpoint-what">
          <strong className="break-anywhere">
            <bdi>{endpoint.description || endpoint.url}</bdi>
          </strong>
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
              await api.delete(`${WEBHOOKS_PATH}/${encodeURIComponent(endpoint.id)}`);
              await qc.invalidateQueries({ queryKey: apiKey(WEBHOOKS_PATH) });
            }}
            testId="webhook-remove"
          />
        </div>
      </div>
      {open ? <DeliveryLog path={deliveriesPath} busy={busy} run={run} /> : null}
    </section>
  );
}

/** The endpoint's last deliveries, refreshed while shown; a kept body can be sent again. */
function DeliveryLog({ path, busy, run }: { path: string; busy: boolean; run: Run }) {
  const t = useT();
  const qc = useQueryClient();
  const toast = useToast();
  const deliveries = useApiQuery<Page<Delivery>>(path, { refetchInterval: 10_000 });

  const resend = (d: Delivery) =>
    run(async () => {
      await api.post(`${WEBHOOKS_PATH}/deliveries/${encodeURIComponent(d.id)}/resend`);
      toast({ message: t("webhooks.resent"), tone: "success" });
      await qc.invalidateQueries({ queryKey: apiKey(path) });
    });
  const columns = useDeliveryColumns(busy, resend);

  if (deliveries.error) return <ListError error={deliveries.error} />;
  return (
    <DataTable
      caption={t("webhooks.log_caption")}
      columns={columns}
      rows={deliveries.data?.items ?? []}
      rowKey={(d) => d.id}
      isLoading={deliveries.isLoading}
      stackOnPhone
      data-testid="deliveries-table"
      empty={<EmptyState title={t("webhooks.no_deliveries")}>{t("webhooks.no_deliveries_hint")}</EmptyState>}
    />
  );
}

function useDeliveryColumns(busy: boolean, resend: (d: Delivery) => Promise<void>): Column<Delivery>[] {
  const t = useT();
  const tOr = useTOr();
  return [
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
}
