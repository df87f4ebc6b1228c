import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../action.js";
import { api, isApiError } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { EmptyState } from "../../components/EmptyState.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { apiKey, useCursorList } from "../../queries.js";
import { type Role, useSession } from "../../session.js";

export interface Member {
  id: string;
  email: string;
  name: string;
  role: Role;
}

const PATH = "/api/v1/users";

export default function UsersSection() {
  const session = useSession();
  const isAdmin = session.can("admin");
  const list = useCursorList<Member>(PATH);

  const columns: Column<Member>[] = [
    {
      key: "name",
      header: "Name",
      sortValue: (u) => u.name,
      render: (u) => (
        <>
          {u.name}
          {u.id === session.user.id ? <span className="muted"> (you)</span> : null}
        </>
      ),
    },
    { key: "email", header: "Email", sortValue: (u) => u.email },
    { key: "role", header: "Role", sortValue: (u) => u.role, render: (u) => <Badge value={u.role} /> },
  ];

  return (
    <div className="stack">
      {isAdmin ? <AddUserForm /> : null}
      <Card title="People in this workspace" data-testid="users-card">
        {list.error ? (
          <p
            className={`notice ${isApiError(list.error) && list.error.status === 403 ? "" : "notice-error"}`}
            role="alert"
            data-testid="list-error"
          >
            {isApiError(list.error) && list.error.status === 403
              ? "Only admins can see the people of this workspace."
              : `The users could not be loaded: ${list.error.message}`}
          </p>
        ) : (
          <DataTable
            caption="Users of this workspace"
            columns={columns}
            rows={list.items}
            rowKey={(u) => u.id}
            isLoading={list.isLoading}
            hasMore={list.hasMore}
            loadingMore={list.loadingMore}
            onLoadMore={list.loadMore}
            initialSort={{ key: "name", dir: "asc" }}
            data-testid="users-table"
            empty={<EmptyState title="Nobody here yet." />}
          />
        )}
      </Card>
    </div>
  );
}

const EMPTY = { email: "", name: "", role: "responder" as Role, password: "" };

function AddUserForm() {
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
      toast({ message: `${form.name.trim() || form.email} can now log in`, tone: "success" });
      setForm(EMPTY);
      await qc.invalidateQueries({ queryKey: apiKey(PATH) });
    });
  };

  const shortPassword = form.password.length > 0 && form.password.length < 10;
  const ready = form.email.trim() && form.name.trim() && form.password.length >= 10;

  return (
    <Card title="Add a person">
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate data-testid="user-form">
        <FormField label="Name" name="name" error={error}>
          <input
            className="input"
            autoComplete="off"
            value={form.name}
            onChange={set("name")}
            data-testid="user-name-input"
          />
        </FormField>
        <FormField label="Email" name="email" error={error}>
          <input
            className="input"
            type="email"
            autoComplete="off"
            value={form.email}
            onChange={set("email")}
            data-testid="user-email"
          />
        </FormField>
        <FormField label="Role" name="role" error={error}>
          <select className="select" value={form.role} onChange={set("role")} data-testid="user-role">
            <option value="viewer">viewer: read only</option>
            <option value="responder">responder: read and act</option>
            <option value="admin">admin: everything, including people and tokens</option>
          </select>
        </FormField>
        <FormField
          label="First password"
          name="password"
          hint="At least 10 characters. Give it to them privately; they can change it later."
          error={shortPassword ? "Use at least 10 characters." : error}
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
            {busy ? "Adding…" : "Add person"}
          </button>
        </div>
      </form>
    </Card>
  );
}
