import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { T, useT } from "../../i18n/t.js";
import { useSession } from "../../session.js";
import { AuthFrame } from "./AuthFrame.js";

const MIN = 10;

/** Where a login link lands: the user picks the password they will log in with from now on. */
export default function SetPasswordPage() {
  const session = useSession();
  const navigate = useNavigate();
  const toast = useToast();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const { busy, error, run } = useAction();
  // "Too short" only once the user has left the field: not on every keystroke of a good password.
  const [touched, setTouched] = useState(false);
  const t = useT();
  const title = t("password.title");

  useEffect(() => {
    document.title = `${title} · Firebreak`;
  }, [title]);

  const tooShort = touched && password.length > 0 && password.length < MIN;
  const mismatch = confirm.length > 0 && confirm !== password;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password.length < MIN || password !== confirm) return;
    await run(async () => {
      await api.post("/api/v1/auth/password", { password });
      toast({ message: t("password.saved"), tone: "success" });
      navigate("/", { replace: true });
    });
  };

  return (
    <AuthFrame title={title}>
      <p className="muted">
        <T
          id="password.intro"
          values={{ email: session.user.email, b: (s: ReactNode) => <strong>{s}</strong> }}
        />
      </p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="password-form">
        <FormField
          label={t("password.new")}
          name="password"
          hint={t("password.min_hint", { min: MIN })}
          error={tooShort ? t("password.too_short", { min: MIN }) : error}
        >
          <input
            className="input"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            onBlur={() => setTouched(true)}
            data-testid="new-password"
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
            data-testid="confirm-password"
          />
        </FormField>
        <FormError error={error} fields={["password"]} />
        <button
          type="submit"
          className="button button-primary button-block"
          disabled={busy || password.length < MIN || password !== confirm}
          data-testid="password-submit"
        >
          {busy ? t("common.saving") : t("password.save")}
        </button>
      </form>
    </AuthFrame>
  );
}
