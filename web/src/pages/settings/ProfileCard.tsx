import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { colon } from "../../format.js";
import { useT } from "../../i18n/t.js";
import { ME_KEY, useSession } from "../../session.js";

/** Your own name and e-mail; a new e-mail needs your current password, as logging in goes by it. */
export function ProfileCard() {
  const t = useT();
  const session = useSession();
  const qc = useQueryClient();
  const toast = useToast();
  const [name, setName] = useState(session.user.name);
  const [email, setEmail] = useState(session.user.email);
  const [current, setCurrent] = useState("");
  const { busy, error, run } = useAction();
  const emailChanged = email.trim().toLowerCase() !== session.user.email;
  const nameChanged = name.trim() !== session.user.name;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      await api.patch("/api/v1/auth/me", {
        ...(nameChanged ? { name: name.trim() } : {}),
        ...(emailChanged ? { email: email.trim(), current_password: current } : {}),
      });
      setCurrent("");
      await qc.invalidateQueries({ queryKey: ME_KEY });
      toast({ message: t("account.profile_saved"), tone: "success" });
    });
  };

  return (
    <Card title={t("account.you")} data-testid="account-profile">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="profile-form">
        <p className="muted">
          {t("team.role")}
          {colon()} {t(`role.${session.role}`)}
        </p>
        <FormField label={t("team.name")} name="name" error={error}>
          <input
            className="input"
            autoComplete="name"
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            data-testid="profile-name"
          />
        </FormField>
        <FormField label={t("login.email")} name="email" error={error}>
          <input
            className="input"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            data-testid="profile-email"
          />
        </FormField>
        {emailChanged ? (
          <FormField
            label={t("account.current_password")}
            name="current_password"
            hint={t("account.email_needs_password")}
            error={error}
          >
            <input
              className="input"
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
              data-testid="profile-current-password"
            />
          </FormField>
        ) : null}
        <FormError error={error} fields={["name", "email", "current_password"]} />
        <div>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || !name.trim() || !email.trim() || (!nameChanged && !emailChanged)}
            data-testid="profile-save"
          >
            {busy ? t("common.saving") : t("common.save")}
          </button>
        </div>
      </form>
    </Card>
  );
}
