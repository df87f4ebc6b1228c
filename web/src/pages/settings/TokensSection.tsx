import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../action.js";
import { api, errorMessage, isApiError } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { CopyField } from "../../components/CopyField.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { EmptyState } from "../../components/EmptyState.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { formatRelative, formatTime } from "../../format.js";
import { apiKey, useCursorList } from "../../queries.js";
import { type Role, useSession } from "../../session.js";

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
}

const PATH = "/api/v1/tokens";

export default function TokensSection() {
  const session = useSession();
  const isAdmin = session.can("admin");
  const list = useCursorList<ApiToken>(PATH);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);

  const columns: Column<ApiToken>[] = [
    { key: "name", header: "Name", sortValue: (t) => t.name },
    { key: "role", header: "Role", sortValue: (t) => t.role, render: (t) => <Badge value={t.role} /> },
    { key: "prefix", header: "Starts with", render: (t) => <code>{t.prefix}…</code> },
    {
      key: "created_at",
      header: "Created",
      sortValue: (t) => t.created_at,
      render: (t) => <span title={formatTime(t.created_at)}>{formatRelative(t.created_at)}</span>,
    },
    {
      key: "last_used_at",
      header: "Last used",
      sortValue: (t) => t.last_used_at,
      render: (t) => <span title={formatTime(t.last_used_at)}>{formatRelative(t.last_used_at)}</span>,
    },
    ...(isAdmin
      ? [
          {
            key: "actions",
            header: <span className="visually-hidden">Actions</span>,
            align: "right" as const,
            render: (t: ApiToken) => <RevokeButton token={t} />,
          },
        ]
      : []),
  ];

  return (
    <div className="stack">
      {created ? (
        <div className="notice notice-success" role="status" data-testid="new-token">
          <p>
            <strong>Token “{created.name}” created.</strong> Copy it now: it is shown only this once.
          </p>
          <CopyField value={created.token} label="New API token" testId="new-token-value" />
          <button type="button" className="button button-ghost" onClick={() => setCreated(null)}>
            I have copied it
          </button>
        </div>
      ) : null}
      {isAdmin ? <CreateTokenForm onCreated={setCreated} /> : null}
      <Card title="API tokens" data-testid="tokens-card">
        {list.error ? (
          <p
            className={`notice ${isApiError(list.error) && list.error.status === 403 ? "" : "notice-error"}`}
            role="alert"
            data-testid="list-error"
          >
            {isApiError(list.error) && list.error.status === 403
              ? "Only admins can see the API tokens of this workspace."
              : `The tokens could not be loaded: ${list.error.message}`}
          </p>
        ) : (
          <DataTable
            caption="API tokens"
            columns={columns}
            rows={list.items}
            rowKey={(t) => t.id}
            isLoading={list.isLoading}
            hasMore={list.hasMore}
            loadingMore={list.loadingMore}
            onLoadMore={list.loadMore}
            data-testid="tokens-table"
            empty={
              <EmptyState title="No API tokens yet.">
                Tokens let scripts and other tools use the API (for example to push mentions or shop events)
                {isAdmin ? ". Create one above." : "; an admin can create them."}
              </EmptyState>
            }
          />
        )}
      </Card>
    </div>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (t: { name: string; token: string }) => void }) {
  const qc = useQueryClient();
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("responder");
  const { busy, error, run } = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      const res = await api.post<{ id: string; token: string }>(PATH, { name: name.trim(), role });
      onCreated({ name: name.trim(), token: res.token });
      setName("");
      await qc.invalidateQueries({ queryKey: apiKey(PATH) });
    });
  };

  return (
    <Card title="Create a token">
      <form className="form-row" onSubmit={(e) => void submit(e)} noValidate data-testid="token-form">
        <FormField label="Name" name="name" error={error} hint="What uses it, e.g. “Shop webhook”.">
          <input
            className="input"
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="token-name"
          />
        </FormField>
        <FormField label="Role" name="role" error={error}>
          <select
            className="select"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            data-testid="token-role"
          >
            <option value="viewer">viewer: read only</option>
            <option value="responder">responder: read and act</option>
            <option value="admin">admin: everything</option>
          </select>
        </FormField>
        <div className="form-row-submit">
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || !name.trim()}
            data-testid="token-create"
          >
            {busy ? "Creating…" : "Create token"}
          </button>
        </div>
      </form>
      <FormError error={error} fields={["name", "role"]} />
    </Card>
  );
}

function RevokeButton({ token }: { token: ApiToken }) {
  const qc = useQueryClient();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const revoke = async () => {
    setBusy(true);
    try {
      await api.delete(`${PATH}/${encodeURIComponent(token.id)}`);
      toast({ message: `Token “${token.name}” revoked`, tone: "success" });
      await qc.invalidateQueries({ queryKey: apiKey(PATH) });
    } catch (e) {
      toast({ message: errorMessage(e), tone: "error" });
      setBusy(false);
      setConfirming(false);
    }
  };

  if (!confirming) {
    return (
      <button
        type="button"
        className="button button-small"
        onClick={() => setConfirming(true)}
        aria-label={`Revoke token ${token.name}`}
        data-testid="token-revoke"
      >
        Revoke
      </button>
    );
  }
  return (
    <span className="inline-confirm">
      <button
        type="button"
        className="button button-small button-danger"
        disabled={busy}
        onClick={() => void revoke()}
        // Focus moves here so a keyboard user can confirm with Enter or step to Cancel.
        // biome-ignore lint/a11y/noAutofocus: deliberate focus move after the first click.
        autoFocus
        data-testid="token-revoke-confirm"
      >
        {busy ? "Revoking…" : "Revoke now"}
      </button>
      <button type="button" className="button button-small button-ghost" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </span>
  );
}
