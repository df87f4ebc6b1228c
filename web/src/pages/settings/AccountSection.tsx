import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { FormError, FormField } from "../../components/FormField.js";
import { LanguagePicker } from "../../components/LanguagePicker.js";
import { useToast } from "../../components/Toast.js";
import { isLocale, LOCALE_NAMES, type Locale } from "../../i18n/locales.js";
import { useT } from "../../i18n/t.js";
import { ME_KEY, useSession } from "../../session.js";
import { ProfileCard } from "./ProfileCard.js";
import { TimeZoneCard } from "./TimeZoneCard.js";

const MIN_PASSWORD = 10;

/** The signed-in person's own settings: name and e-mail, the dashboard's language, their time zone, their password. */
export default function AccountSection() {
  const session = useSession();
  const qc = useQueryClient();
  const toast = useToast();
  const t = useT();
  const chosen = isLocale(session.user.language) ? session.user.language : null;

  const save = async (locale: Locale | null) => {
    await api.put("/api/v1/auth/language", { language: locale });
    await qc.invalidateQueries({ queryKey: ME_KEY });
    if (locale) toast({ message: t("language.saved", { name: LOCALE_NAMES[locale] }), tone: "success" });
  };

  return (
    <div className="stack">
      <ProfileCard />
      <Card title={t("language.label")} data-testid="account-language">
        <p className="muted">{t("account.language_hint")}</p>
        <LanguagePicker chosen={chosen} save={save} />
      </Card>
      <TimeZoneCard />
      <PasswordCard />
    </div>
  );
}

function PasswordCard() {
  const t = useT();
  const email = useSession().user.email;
  const toast = useToast();
  const [current, setCurrent] = useState("");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const { busy, error, run } = useAction();
  const tooShort = password.length > 0 && password.length < MIN_PASSWORD;
  const mismatch = confirm.length > 0 && confirm !== password;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      await api.post("/api/v1/auth/password", { current_password: current, password });
      toast({ message: t("account.password_changed"), tone: "success" });
      setCurrent("");
      setPassword("");
      setConfirm("");
    });
  };

  return (
    <Card title={t("account.password_title")} data-testid="account-password">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="account-password-form">
        {/* A hidden user name lets password managers file the new password under the right account. */}
        <input type="text" autoComplete="username" value={email} readOnly hidden />
        <FormField label={t("account.current_password")} name="current_password" error={error}>
          <input
            className="input"
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            data-testid="current-password"
          />
        </FormField>
        <FormField
          label={t("password.new")}
          name="password"
          hint={t("password.min_hint", { min: MIN_PASSWORD })}
          error={tooShort ? t("password.too_short", { min: MIN_PASSWORD }) : error}
        >
          <input
            className="input"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="account-new-password"
          />
        </FormField>
        <FormField
          label={t("password.repeat")}
          name="confirm"
          error={mismatch ? t("password.differ") : undefined}
        >
          <input
            className="input"
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            data-testid="account-confirm-password"
          />
        </FormField>
        <p className="muted">{t("account.password_others")}</p>
        <FormError error={error} fields={["current_password", "password"]} />
        <div>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || !current || password.length < MIN_PASSWORD || password !== confirm}
            data-testid="account-password-save"
          >
            {busy ? t("common.saving") : t("password.save")}
          </button>
        </div>
      </form>
    </Card>
  );
}
