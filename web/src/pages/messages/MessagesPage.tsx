import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, Route, Routes, useNavigate, useSearchParams } from "react-router-dom";
import { useAction } from "../../action.js";
import { api, type Page } from "../../api.js";
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
import { type CrisisSummary, KINDS, kindLabel, LANGS, type Message } from "./types.js";
import "./messages.css";
import { useT } from "../../i18n/t.js";

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
    <Card title="New message from a template">
      <form className="form-grid" onSubmit={onSubmit} data-testid="message-new">
        <FormField label="Crisis" name="crisis_id" error={error}>
          <select
            className="select"
            value={crisisId}
            onChange={(e) => setCrisisId(e.target.value)}
            data-testid="message-crisis"
          >
            <option value="">— none (site outage template) —</option>
            {crises.data?.items.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title} ({c.status})
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Kind" name="kind" error={error}>
          <select
            className="select"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            data-testid="message-kind"
          >
            {KINDS.map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Language" name="language" error={error} hint="Default: the workspace's language">
          <select
            className="select"
            value={language}
            onChange={(e) => setLanguage(e.target.value)}
            data-testid="message-language"
          >
            <option value="">default</option>
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
            Start draft
          </button>
        </div>
      </form>
    </Card>
  );
}

function MessageList() {
  const tHead = useT();
  const { can } = useSession();
  const list = useCursorList<Message>("/api/v1/comms/messages", { refetchInterval: 15_000 });
  const columns: Column<Message>[] = [
    {
      key: "subject",
      header: "Message",
      render: (m) => (
        <div>
          <Link to={`/messages/${m.id}`} data-testid="message-link">
            {m.preview.subject || kindLabel(m.kind)}
          </Link>
          <div className="muted">
            {kindLabel(m.kind)} · {m.language}
          </div>
        </div>
      ),
    },
    {
      key: "status",
      header: "Status",
      sortValue: (m) => m.status,
      render: (m) => <Badge value={m.status} />,
    },
    {
      key: "tone",
      header: "Tone",
      render: (m) => (m.tone.ok ? <span className="muted">ok</span> : `${m.tone.remarks.length} remark(s)`),
    },
    { key: "by", header: "Written by", render: (m) => m.created_by },
    {
      key: "at",
      header: "Created",
      sortValue: (m) => m.created_at,
      render: (m) => formatRelative(m.created_at),
    },
  ];
  return (
    <>
      <PageHeader
        title={tHead("nav.messages")}
        description="Say the right thing fast: templates for every audience, tone check, approval as the plan says, then send."
        actions={
          <div className="message-actions">
            <Link className="button" to="/messages/templates" data-testid="messages-templates">
              Templates
            </Link>
            <Link className="button" to="/messages/customers" data-testid="messages-customers">
              Customers
            </Link>
          </div>
        }
      />
      {can("responder") ? <NewMessage /> : null}
      <Card>
        <DataTable
          caption="Messages"
          columns={columns}
          rowKey={(m) => m.id}
          empty="No messages yet. Start one from a template above."
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
