import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { isolate } from "../../bidi.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { EmptyState } from "../../components/EmptyState.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { formatRelative, formatTime } from "../../format.js";
import { useT } from "../../i18n/t.js";
import { apiKey, useCursorList } from "../../queries.js";
import { type Role, useSession } from "../../session.js";
import { ListError, SecretOnce } from "./parts.js";

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
}

const PATH = "/api/v1/tokens";

/** API tokens for scripts and tools (pushing mentions or shop events); the secret is shown once. */
export default function TokensSection() {
  const t = useT();
  const qc = useQueryClient();
  const toast = useToast();
  const isAdmin = useSession().can("admin");
  const list = useCursorList<ApiToken>(PATH);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);

  const revoke = async (token: ApiToken) => {
    await api.delete(`${PATH}/${encodeURIComponent(token.id)}`);
    toast({ message: t("tokens.revoked", { name: isolate(token.name) }), tone: "success" });
    await qc.invalidateQueries({ queryKey: apiKey(PATH) });
  };

  const columns: Column<ApiToken>[] = [
    { key: "name", header: t("sources.name"), sortValue: (x) => x.name, render: (x) => <bdi>{x.name}</bdi> },
    {
      key: "role",
      header: t("team.role"),
      sortValue: (x) => x.role,
      render: (x) => <Badge value={x.role} />,
    },
    { key: "prefix", header: t("tokens.starts"), render: (x) => <code>{x.prefix}…</code> },
    {
      key: "created_at",
      header: t("tokens.created"),
      sortValue: (x) => x.created_at,
      render: (x) => <span title={formatTime(x.created_at)}>{formatRelative(x.created_at)}</span>,
    },
    {
      key: "last_used_at",
      header: t("tokens.last_used"),
      sortValue: (x) => x.last_used_at,
      render: (x) => <span title={formatTime(x.last_used_at)}>{formatRelative(x.last_used_at)}</span>,
    },
    ...(isAdmin
      ? [
          {
            key: "actions",
            header: <span className="visually-hidden">{t("common.actions")}</span>,
            align: "right" as const,
            render: (x: ApiToken) => (
              <ConfirmButton
                label={t("tokens.revoke")}
                question={t("tokens.revoke_q", { name: isolate(x.name) })}
                onConfirm={() => revoke(x)}
                testId="token-revoke"
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="stack">
      {created ? (
        <SecretOnce
          title={t("tokens.created_title", { name: isolate(created.name) })}
          secret={created.token}
          label={t("tokens.new")}
          onClose={() => setCreated(null)}
          testId="new-token"
        />
      ) : null}
      {isAdmin ? <CreateTokenForm onCreated={setCreated} /> : null}
      <Card title={t("settings.tokens")} data-testid="tokens-card">
        {list.error ? (
          <ListError error={list.error} />
        ) : (
          <DataTable
            caption={t("settings.tokens")}
            columns={columns}
            rows={list.items}
            rowKey={(x) => x.id}
            isLoading={list.isLoading}
            hasMore={list.hasMore}
            loadingMore={list.loadingMore}
            onLoadMore={list.loadMore}
            stackOnPhone
            data-testid="tokens-table"
            empty={
              <EmptyState title={t("tokens.none")}>
                {t(isAdmin ? "tokens.none_admin" : "tokens.none_viewer")}
              </EmptyState>
            }
          />
        )}
      </Card>
    </div>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (x: { name: string; token: string }) => void }) {
  const t = useT();
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
    <Card title={t("tokens.create_title")}>
      <form className="form-row" onSubmit={(e) => void submit(e)} noValidate data-testid="token-form">
        <FormField label={t("sources.name")} name="name" error={error} hint={t("tokens.name_hint")}>
          <input
            className="input"
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="token-name"
          />
        </FormField>
        <FormField label={t("team.role")} name="role" error={error}>
          <select
            className="select"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            data-testid="token-role"
          >
            <RoleOptions />
          </select>
        </FormField>
        <div className="form-row-submit">
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || !name.trim()}
            data-testid="token-create"
          >
            {busy ? t("common.saving") : t("tokens.create")}
          </button>
        </div>
      </form>
      <FormError error={error} fields={["name", "role"]} />
    </Card>
  );
}

/** The three roles with what each may do. */
export function RoleOptions() {
  const t = useT();
  return (
    <>
      <option value="viewer">{t("team.role_viewer")}</option>
      <option value="responder">{t("team.role_responder")}</option>
      <option value="admin">{t("team.role_admin")}</option>
    </>
  );
}
