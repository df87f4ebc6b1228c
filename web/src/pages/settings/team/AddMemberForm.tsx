import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../../action.js";
import { api } from "../../../api.js";
import { Card } from "../../../components/Card.js";
import { FormError, FormField } from "../../../components/FormField.js";
import { useToast } from "../../../components/Toast.js";
import { useT } from "../../../i18n/t.js";
import { apiKey } from "../../../queries.js";
import type { Role } from "../../../session.js";
import { RoleOptions } from "../TokensSection.js";
import { MEMBERS_PATH as PATH } from "./MemberRow.js";

const MIN_PASSWORD = 10;

const EMPTY = { email: "", name: "", role: "responder" as Role, password: "" };

/** For a server without e-mail, or someone at the desk: the admin sets a first password to hand over. */
export function AddMemberForm() {
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
      <p className="muted">{t("team.add_intro")}</p>
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
