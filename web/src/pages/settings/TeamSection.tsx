import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { EmptyState } from "../../components/EmptyState.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { useT } from "../../i18n/t.js";
import { apiKey, useCursorList } from "../../queries.js";
import { type Role, useSession } from "../../session.js";
import { ListError } from "./parts.js";
import { RoleOptions } from "./TokensSection.js";

export interface Member {
  id: string;
  email: string;
  name: string;
  role: Role;
}

const PATH = "/api/v1/users";
const MIN_PASSWORD = 10;

/** The people of this workspace: who they are, their role; admins add and remove them. */
export default function TeamSection() {
  const t = useT();
  const qc = useQueryClient();
  const toast = useToast();
  const session = useSession();
  const isAdmin = session.can("admin");
  const list = useCursorList<Member>(PATH);

  const remove = async (m: Member) => {
    await api.delete(`${PATH}/${encodeURIComponent(m.id)}`);
    toast({ message: t("team.removed", { name: m.name || m.email }), tone: "success" });
    await qc.invalidateQueries({ queryKey: apiKey(PATH) });
  };

  const columns: Column<Member>[] = [
    {
      key: "name",
      header: t("team.name"),
      sortValue: (u) => u.name,
      render: (u) => (
        <>
          {u.name}
          {u.id === session.user.id ? <span className="muted"> {t("common.you")}</span> : null}
        </>
      ),
    },
    {
      key: "email",
      header: t("login.email"),
      sortValue: (u) => u.email,
      render: (u) => <span className="break-anywhere">{u.email}</span>,
    },
    {
      key: "role",
      header: t("team.role"),
      sortValue: (u) => u.role,
      render: (u) => <Badge value={u.role} />,
    },
    ...(isAdmin
      ? [
          {
            key: "actions",
            header: <span className="visually-hidden">{t("common.actions")}</span>,
            align: "right" as const,
            render: (u: Member) =>
              u.id === session.user.id ? null : (
                <ConfirmButton
                  label={t("common.remove")}
                  question={t("team.remove_q", { name: u.name || u.email })}
                  onConfirm={() => remove(u)}
                  testId="member-remove"
                />
              ),
          },
        ]
      : []),
  ];

  return (
    <div className="stack">
      <Card title={t("team.people")} data-testid="users-card">
        {list.error ? (
          <ListError error={list.error} />
        ) : (
          <DataTable
            caption={t("team.people")}
            columns={columns}
            rows={list.items}
            rowKey={(u) => u.id}
            isLoading={list.isLoading}
            hasMore={list.hasMore}
            loadingMore={list.loadingMore}
            onLoadMore={list.loadMore}
            initialSort={{ key: "name", dir: "asc" }}
            stackOnPhone
            data-testid="users-table"
            empty={<EmptyState title={t("team.none")} />}
          />
        )}
      </Card>
      {isAdmin ? <AddMemberForm /> : null}
    </div>
  );
}

const EMPTY = { email: "", name: "", role: "responder" as Role, password: "" };

function AddMemberForm() {
  const t = useT();
  const qc = useQueryClient();
  const toast = useToast();
  const [form, setForm] = useState(EMPTY);
  const { busy, error, run } = useAction();
  const set = (k: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      await api.post(PATH, { ...form, email: form.email.trim(), name: form.name.trim() });
      toast({ message: t("team.added", { name: form.name.trim() || form.email }), tone: "success" });
      setForm(EMPTY);
      await qc.invalidateQueries({ queryKey: apiKey(PATH) });
    });
  };

  const shortPassword = form.password.length > 0 && form.password.length < MIN_PASSWORD;
  const ready = form.email.trim() && form.name.trim() && form.password.length >= MIN_PASSWORD;

  return (
    <Card title={t("team.add_title")}>
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate data-testid="user-form">
        <FormField label={t("team.name")} name="name" error={error}>
          <input
            className="input"
            autoComplete="off"
            value={form.name}
            onChange={set("name")}
            data-testid="user-name-input"
          />
        </FormField>
        <FormField label={t("login.email")} name="email" error={error}>
          <input
            className="input"
            type="email"
            autoComplete="off"
            value={form.email}
            onChange={set("email")}
            data-testid="user-email"
          />
        </FormField>
        <FormField label={t("team.role")} name="role" error={error}>
          <select className="select" value={form.role} onChange={set("role")} data-testid="user-role">
            <RoleOptions />
          </select>
        </FormField>
        <FormField
          label={t("team.first_password")}
          name="password"
          hint={t("team.first_password_hint", { min: MIN_PASSWORD })}
          error={shortPassword ? t("password.too_short", { min: MIN_PASSWORD }) : error}
        >
          <input
            className="input"
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={set("password")}
            data-testid="user-password"
          />
        </FormField>
        <div className="form-grid-submit">
          <FormError error={error} fields={["name", "email", "role", "password"]} />
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || !ready}
            data-testid="user-create"
          >
            {busy ? t("common.saving") : t("team.add")}
          </button>
        </div>
      </form>
    </Card>
  );
}
