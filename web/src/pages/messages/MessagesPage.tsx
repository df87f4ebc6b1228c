import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, Route, Routes, useNavigate, useSearchParams } from "react-router-dom";
import { useAction } from "../../action.js";
import { api, type Page } from "../../api.js";
import { isolate } from "../../bidi.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { FormError, FormField } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { formatRelative } from "../../format.js";
import { apiKey, useApiQuery, useCursorList } from "../../queries.js";
import { useSession } from "../../session.js";
import { CustomersPanel } from "./CustomersPanel.js";
import { MessageDetail } from "./MessageDetail.js";
import { TemplatesPanel } from "./TemplatesPanel.js";
import { type CrisisSummary, KINDS, LANGS, type Message } from "./types.js";
import "./messages.css";
import { useT, useTOr } from "../../i18n/t.js";
import { useKindLabel } from "./kind-label.js";

export default function MessagesPage() {
  return (
    <Routes>
      <Route index element={<MessageList />} />
      <Route path="templates" element={<TemplatesPanel />} />
      <Route path="customers" element={<CustomersPanel />} />
      <Route path=":id" element={<MessageDetail />} />
    </Routes>
  );
}

function NewMessage() {
  const t = useT();
  const tOr = useTOr();
  const kindLabel = useKindLabel();
  const [params] = useSearchParams();
  const crises = useApiQuery<Page<CrisisSummary>>("/api/v1/crises?status=open&limit=100");
  const [crisisId, setCrisisId] = useState(params.get("crisis") ?? "");
  const [kind, setKind] = useState("status_update");
  const [language, setLanguage] = useState("");
  const { busy, error, run } = useAction();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      const m = await api.post<Message>("/api/v1/comms/messages", {
        kind,
        ...(crisisId ? { crisis_id: crisisId } : { crisis_type: "site_outage" }),
        ...(language ? { language } : {}),
      });
      await qc.invalidateQueries({ queryKey: apiKey("/api/v1/comms/messages") });
      navigate(`/messages/${m.id}`);
    });
  };
  return (
    <Card title={t("messages.new_title")}>
      <form className="form-grid" onSubmit={onSubmit} data-testid="message-new">
        <FormField label={t("crises.col_crisis")} name="crisis_id" error={error}>
          <select
            className="select"
            value={crisisId}
            onChange={(e) => setCrisisId(e.target.value)}
            data-testid="message-crisis"
          >
            <option value="">{t("messages.no_crisis")}</option>
            {crises.data?.items.map((c) => (
              <option key={c.id} value={c.id}>
                {isolate(c.title)} ({tOr(`value.${c.status}`, c.status)})
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t("crisis.link_kind")} name="kind" error={error}>
          <select
            className="select"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            data-testid="message-kind"
          >
            {KINDS.map(([id]) => (
              <option key={id} value={id}>
                {kindLabel(id)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          label={t("language.label")}
          name="language"
          error={error}
          hint={t("messages.language_hint")}
        >
          <select
            className="select"
            value={language}
            onChange={(e) => setLanguage(e.target.value)}
            data-testid="message-language"
          >
            <option value="">{t("messages.default")}</option>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </FormField>
        <div className="form-grid-submit">
          <FormError error={error} fields={["crisis_id", "kind", "language"]} />
          <button
            className="button button-primary"
            type="submit"
            disabled={busy}
            data-testid="message-create"
          >
            {t("messages.start")}
          </button>
        </div>
      </form>
    </Card>
  );
}

function MessageList() {
  const t = useT();
  const kindLabel = useKindLabel();
  const { can } = useSession();
  const list = useCursorList<Message>("/api/v1/comms/messages", { refetchInterval: 15_000 });
  const columns: Column<Message>[] = [
    {
      key: "subject",
      header: t("messages.col_message"),
      render: (m) => (
        <div>
          <Link to={`/messages/${m.id}`} data-testid="message-link">
            <bdi>{m.preview.subject || kindLabel(m.kind)}</bdi>
          </Link>
          <div className="muted">
            {kindLabel(m.kind)} · {m.language}
          </div>
        </div>
      ),
    },
    {
      key: "status",
      header: t("crises.col_status"),
      sortValue: (m) => m.status,
      render: (m) => <Badge value={m.status} />,
    },
    {
      key: "tone",
      header: t("messages.col_tone"),
      render: (m) =>
        m.tone.ok ? (
          <span className="muted">{t("messages.tone_ok")}</span>
        ) : (
          t("messages.remarks", { n: m.tone.remarks.length })
        ),
    },
    { key: "by", header: t("messages.col_by"), render: (m) => <bdi>{m.created_by}</bdi> },
    {
      key: "at",
      header: t("messages.col_created"),
      sortValue: (m) => m.created_at,
      render: (m) => formatRelative(m.created_at),
    },
  ];
  return (
    <>
      <PageHeader
        title={t("nav.messages")}
        description={t("messages.intro")}
        actions={
          <div className="message-actions">
            <Link className="button" to="/messages/templates" data-testid="messages-templates">
              {t("messages.templates")}
            </Link>
            <Link className="button" to="/messages/customers" data-testid="messages-customers">
              {t("messages.customers")}
            </Link>
          </div>
        }
      />
      {can("responder") ? <NewMessage /> : null}
      <Card>
        <DataTable
          caption={t("nav.messages")}
          columns={columns}
          rowKey={(m) => m.id}
          empty={t("messages.none")}
          data-testid="messages-table"
          rows={list.items}
          isLoading={list.isLoading}
          hasMore={list.hasMore}
          loadingMore={list.loadingMore}
          onLoadMore={list.loadMore}
        />
      </Card>
    </>
  );
}
