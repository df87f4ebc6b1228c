import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useAction } from "../../action.js";
import { api, errorMessage, isApiError } from "../../api.js";
import { FormError, FormField } from "../../components/FormField.js";
import { LanguagePicker } from "../../components/LanguagePicker.js";
import { formatTime } from "../../format.js";
import { T, useT } from "../../i18n/t.js";
import { ME_KEY, type Role } from "../../session.js";
import { AuthFrame } from "./AuthFrame.js";

interface Invitation {
  email: string;
  role: Role;
  workspace_name: string;
  expires_at: string;
  has_account: boolean;
}

const MIN = 10;

/**
 * Where an invitation e-mail's link lands (`/invite?token=…`): a new person gives a name and a password,
 * someone with an account gives their password; either way they are logged in to the workspace.
 */
export default function AcceptInvitePage() {
  const t = useT();
  // Read once and dropped from the address bar, so the link does not sit in the history.
  const [token] = useState(() => new URLSearchParams(window.location.search).get("token") ?? "");
  const title = t("invite.title");
  useEffect(() => {
    document.title = `${title} · Firebreak`;
    if (window.location.search) window.history.replaceState(null, "", "/invite");
  }, [title]);
  const info = useQuery({
    queryKey: ["invitation", token],
    queryFn: () => api.post<Invitation>("/api/v1/auth/invitation", { token }),
    enabled: token.length > 0,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

  if (!token || info.isError) {
    return (
      <AuthFrame title={title}>
        <p className="notice notice-warn" role="alert" data-testid="invite-gone">
          {!token
            ? t("invite.no_token")
            : isApiError(info.error) && info.error.status === 404
              ? t("invite.gone")
              : errorMessage(info.error)}
        </p>
        <p>
          <Link to="/login">{t("invite.to_login")}</Link>
        </p>
        <LanguagePicker />
      </AuthFrame>
    );
  }
  if (!info.data) {
    return (
      <AuthFrame title={title}>
        <p className="muted" role="status">
          {t("app.loading")}
        </p>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={title}>
      <AcceptForm token={token} invitation={info.data} />
      <LanguagePicker />
    </AuthFrame>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const { busy, error, run } = useAction();
  const isNew = !invitation.has_account;
  const mismatch = isNew && confirm.length > 0 && confirm !== password;
  const tooShort = isNew && password.length > 0 && password.length < MIN;
  const ready = isNew ? name.trim() && password.length >= MIN && password === confirm : password.length > 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      await api.post("/api/v1/auth/invitation/accept", {
        token,
        password,
        ...(isNew ? { name: name.trim() } : {}),
      });
      await qc.invalidateQueries({ queryKey: ME_KEY });
      navigate("/", { replace: true });
    });
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="accept-form">
      <p className="muted" data-testid="invite-what">
        <T
          id="invite.intro"
          values={{
            workspace: invitation.workspace_name,
            role: t(`role.${invitation.role}`),
            email: invitation.email,
            expires: formatTime(invitation.expires_at),
            b: (s: ReactNode) => <strong>{s}</strong>,
          }}
        />
      </p>
      {/* The address is fixed by the invitation; password managers file the new password under it. */}
      <input type="text" autoComplete="username" value={invitation.email} readOnly hidden />
      {isNew ? (
        <FormField label={t("team.name")} name="name" error={error}>
          <input
            className="input"
            autoComplete="name"
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            data-testid="accept-name"
          />
        </FormField>
      ) : (
        <p className="notice">{t("invite.has_account")}</p>
      )}
      <FormField
        label={isNew ? t("password.new") : t("login.password")}
        name="password"
        {...(isNew ? { hint: t("password.min_hint", { min: MIN }) } : {})}
        error={tooShort ? t("password.too_short", { min: MIN }) : error}
      >
        <input
          className="input"
          type="password"
          autoComplete={isNew ? "new-password" : "current-password"}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          data-testid="accept-password"
        />
      </FormField>
      {isNew ? (
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
            data-testid="accept-confirm"
          />
        </FormField>
      ) : null}
      <FormError error={error} fields={["name", "password"]} />
      <button
        type="submit"
        className="button button-primary button-block"
        disabled={busy || !ready}
        data-testid="accept-submit"
      >
        {busy ? t("common.saving") : t("invite.join", { workspace: invitation.workspace_name })}
      </button>
    </form>
  );
}
