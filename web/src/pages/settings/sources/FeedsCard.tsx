import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../../action.js";
import { api, type Page } from "../../../api.js";
import { isolate } from "../../../bidi.js";
import { Badge } from "../../../components/Badge.js";
import { Card } from "../../../components/Card.js";
import { ConfirmButton } from "../../../components/ConfirmButton.js";
import { CopyField } from "../../../components/CopyField.js";
import { type Column, DataTable } from "../../../components/DataTable.js";
import { EmptyState } from "../../../components/EmptyState.js";
import { FormError, FormField } from "../../../components/FormField.js";
import { formatRelative, formatTime } from "../../../format.js";
import { useT } from "../../../i18n/t.js";
import { apiKey, useApiQuery } from "../../../queries.js";
import { useSession } from "../../../session.js";
import { ListError, SecretOnce } from "../parts.js";

export interface Source {
  id: string;
  name: string;
  type: "feed" | "webhook";
  url: string | null;
  interval_s: number;
  last_polled_at: string | null;
  last_error: string | null;
  error_count: number;
  last_new: number;
  created_at: string;
  inbound_url: string | null;
}

const PATH = "/api/v1/sources";

/** RSS/Atom feeds Firebreak polls, and inbound webhooks other tools post signed mentions to. */
export function FeedsCard() {
  const t = useT();
  const qc = useQueryClient();
  const admin = useSession().can("admin");
  const list = useApiQuery<Page<Source>>(PATH, { refetchInterval: 30_000 });
  const [created, setCreated] = useState<(Source & { secret?: string }) | null>(null);

  const remove = async (s: Source) => {
    await api.delete(`${PATH}/${encodeURIComponent(s.id)}`);
    await qc.invalidateQueries({ queryKey: apiKey(PATH) });
  };

  const columns: Column<Source>[] = [
    { key: "name", header: t("sources.name"), sortValue: (s) => s.name, render: (s) => <bdi>{s.name}</bdi> },
    {
      key: "type",
      header: t("sources.type"),
      render: (s) => t(s.type === "feed" ? "sources.type_feed" : "sources.type_webhook"),
    },
    {
      key: "where",
      header: t("sources.address"),
      render: (s) =>
        s.type === "feed" ? (
          <span className="break-anywhere">{s.url}</span>
        ) : s.inbound_url ? (
          <CopyField value={s.inbound_url} label={t("sources.inbound_url")} />
        ) : null,
    },
    {
      key: "last",
      header: t("sources.last_poll"),
      render: (s) =>
        s.type === "webhook" ? (
          "—"
        ) : s.last_error ? (
          <span className="source-error" title={s.last_error}>
            <Badge value="failed" /> {t("sources.poll_failed", { count: s.error_count })}
          </span>
        ) : (
          <span title={formatTime(s.last_polled_at)}>
            {s.last_polled_at
              ? t("sources.polled", { when: formatRelative(s.last_polled_at), count: s.last_new })
              : t("sources.not_polled")}
          </span>
        ),
    },
    ...(admin
      ? [
          {
            key: "actions",
            header: <span className="visually-hidden">{t("common.actions")}</span>,
            align: "right" as const,
            render: (s: Source) => (
              <ConfirmButton
                label={t("common.remove")}
                question={t("sources.remove_q", { name: isolate(s.name) })}
                onConfirm={() => remove(s)}
                testId="source-remove"
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <Card title={t("sources.feeds_title")} data-testid="sources-feeds">
      <div className="stack">
        <p className="muted">{t("sources.feeds_intro")}</p>
        {created?.secret ? (
          <SecretOnce
            title={t("sources.webhook_created", { name: isolate(created.name) })}
            secret={created.secret}
            label={t("sources.secret")}
            onClose={() => setCreated(null)}
            testId="source-secret"
          >
            {created.inbound_url ? (
              <CopyField
                value={created.inbound_url}
                label={t("sources.inbound_url")}
                testId="source-inbound-url"
              />
            ) : null}
          </SecretOnce>
        ) : null}
        {list.error ? (
          <ListError error={list.error} />
        ) : (
          <DataTable
            caption={t("sources.feeds_title")}
            columns={columns}
            rows={list.data?.items ?? []}
            rowKey={(s) => s.id}
            isLoading={list.isLoading}
            stackOnPhone
            data-testid="sources-table"
            empty={
              <EmptyState title={t("sources.none")}>
                {t(admin ? "sources.none_admin" : "sources.none_viewer")}
              </EmptyState>
            }
          />
        )}
        {admin ? <AddSourceForm onCreated={setCreated} /> : null}
      </div>
    </Card>
  );
}

function AddSourceForm({ onCreated }: { onCreated: (s: Source & { secret?: string }) => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [type, setType] = useState<"feed" | "webhook">("feed");
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [minutes, setMinutes] = useState("5");
  const { busy, error, run } = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      const body =
        type === "feed"
          ? { type, name: name.trim(), url: url.trim(), interval_s: Math.round(Number(minutes) * 60) }
          : { type, name: name.trim() };
      const created = await api.post<Source & { secret?: string }>(PATH, body);
      onCreated(created);
      setName("");
      setUrl("");
      await qc.invalidateQueries({ queryKey: apiKey(PATH) });
    });
  };

  return (
    <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate data-testid="source-form">
      <FormField label={t("sources.type")} name="type" error={error}>
        <select
          className="select"
          value={type}
          onChange={(e) => setType(e.target.value as "feed" | "webhook")}
          data-testid="source-type"
        >
          <option value="feed">{t("sources.type_feed")}</option>
          <option value="webhook">{t("sources.type_webhook")}</option>
        </select>
      </FormField>
      <FormField label={t("sources.name")} name="name" error={error} hint={t("sources.name_hint")}>
        <input
          className="input"
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
          data-testid="source-name"
        />
      </FormField>
      {type === "feed" ? (
        <>
          <FormField label={t("sources.feed_url")} name="url" error={error} hint={t("sources.feed_url_hint")}>
            <input
              className="input"
              type="url"
              inputMode="url"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              data-testid="source-url"
            />
          </FormField>
          <FormField label={t("sources.every")} name="interval_s" error={error}>
            <select
              className="select"
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              data-testid="source-interval"
            >
              {["1", "5", "15", "60", "360", "1440"].map((m) => (
                <option key={m} value={m}>
                  {t("sources.minutes", { count: Number(m) })}
                </option>
              ))}
            </select>
          </FormField>
        </>
      ) : null}
      <div className="form-grid-submit">
        <FormError error={error} fields={["type", "name", "url", "interval_s"]} />
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || !name.trim() || (type === "feed" && !url.trim())}
          data-testid="source-create"
        >
          {busy ? t("common.saving") : t(type === "feed" ? "sources.add_feed" : "sources.add_webhook")}
        </button>
      </div>
    </form>
  );
}
