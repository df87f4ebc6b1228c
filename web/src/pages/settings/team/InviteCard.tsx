import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../../action.js";
import { api, type Page } from "../../../api.js";
import { Badge } from "../../../components/Badge.js";
import { Card } from "../../../components/Card.js";
import { ConfirmButton } from "../../../components/ConfirmButton.js";
import { type Column, DataTable } from "../../../components/DataTable.js";
import { FormError, FormField } from "../../../components/FormField.js";
import { useToast } from "../../../components/Toast.js";
import { formatTime } from "../../../format.js";
import { LOCALE_NAMES, LOCALES, type Locale } from "../../../i18n/locales.js";
import { useT } from "../../../i18n/t.js";
import { apiKey, useApiQuery } from "../../../queries.js";
import type { Role } from "../../../session.js";
import { ListError } from "../parts.js";
import { RoleOptions } from "../TokensSection.js";

interface Invitation {
  id: string;
  email: string;
  role: Role;
  created_at: string;
  expires_at: string;
}

const PATH = "/api/v1/invitations";

/** Invite by e-mail (a one-time link valid for 7 days) and the invitations still waiting. */
export function InviteCard() {
  const t = useT();
  const qc = useQueryClient();
  const toast = useToast();
  const pending = useApiQuery<Page<Invitation>>(PATH);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("responder");
  const [language, setLanguage] = useState<Locale | "">("");
  const { busy, error, run } = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      await api.post(PATH, { email: email.trim(), role, ...(language ? { language } : {}) });
      toast({ message: t("team.invited", { email: email.trim() }), tone: "success" });
      setEmail("");
      await qc.invalidateQueries({ queryKey: apiKey(PATH) });
    });
  };

  const columns: Column<Invitation>[] = [
    {
      key: "email",
      header: t("login.email"),
      render: (i) => <span className="break-anywhere">{i.email}</span>,
    },
    {
      key: "role",
      header: t("team.role"),
      render: (i) => <Badge value={i.role}>{t(`role.${i.role}`)}</Badge>,
    },
    { key: "expires_at", header: t("team.invite_expires"), render: (i) => formatTime(i.expires_at) },
    {
      key: "actions",
      header: <span className="visually-hidden">{t("common.actions")}</span>,
      align: "right",
      render: (i) => (
        <ConfirmButton
          label={t("team.withdraw")}
          question={t("team.withdraw_q", { email: i.email })}
          onConfirm={async () => {
            await api.delete(`${PATH}/${encodeURIComponent(i.id)}`);
            await qc.invalidateQueries({ queryKey: apiKey(PATH) });
          }}
          testId="invite-withdraw"
        />
      ),
    },
  ];
  const items = pending.data?.items ?? [];

  return (
    <Card title={t("team.invite_title")} data-testid="invite-card">
      <div className="stack">
        <p className="muted">{t("team.invite_intro")}</p>
        <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate data-testid="invite-form">
          <FormField label={t("login.email")} name="email" error={error}>
            <input
              className="input"
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              data-testid="invite-email"
            />
          </FormField>
          <FormField label={t("team.role")} name="role" error={error}>
            <select
              className="select"
              value={role}
              onChange={(e) => setRole(e.target.value as Role)}
              data-testid="invite-role"
            >
              <RoleOptions />
            </select>
          </FormField>
          <FormField label={t("team.invite_language")} name="language" error={error}>
            <select
              className="select"
              value={language}
              onChange={(e) => setLanguage(e.target.value as Locale | "")}
              data-testid="invite-language"
            >
              <option value="">{t("team.invite_language_default")}</option>
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LOCALE_NAMES[l]}
                </option>
              ))}
            </select>
          </FormField>
          <div className="form-grid-submit">
            <FormError error={error} fields={["email", "role", "language"]} />
            <button
              type="submit"
              className="button button-primary"
              disabled={busy || !email.trim()}
              data-testid="invite-send"
            >
              {busy ? t("common.saving") : t("team.invite_send")}
            </button>
          </div>
        </form>
        {pending.error ? <ListError error={pending.error} /> : null}
        {items.length > 0 ? (
          <DataTable
            caption={t("team.invites_pending")}
            columns={columns}
            rows={items}
            rowKey={(i) => i.id}
            stackOnPhone
            data-testid="invites-table"
          />
        ) : null}
      </div>
    </Card>
  );
}
