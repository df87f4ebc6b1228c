import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router-dom";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { FormError, FormField } from "../../components/FormField.js";
import { LanguagePicker } from "../../components/LanguagePicker.js";
import { useT } from "../../i18n/t.js";
import { ME_KEY, type Me, useMe } from "../../session.js";
import { AuthFrame } from "./AuthFrame.js";

/** Only same-site paths: `?next=https://evil.example` must not become an open redirect. */
export function safeNext(next: string | null): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}

export default function LoginPage() {
  const [params] = useSearchParams();
  const link = params.get("link");
  const next = safeNext(params.get("next"));
  const me = useMe();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { busy, error, setError, run } = useAction();
  const [linkState, setLinkState] = useState<"idle" | "working" | "failed">(link ? "working" : "idle");
  const exchanged = useRef(false);
  const t = useT();
  const title = t("login.title");

  useEffect(() => {
    document.title = `${title} · Firebreak`;
  }, [title]);

  // A login link is single-use: exchange it once (StrictMode runs effects twice) and drop it from the URL.
  useEffect(() => {
    if (!link || exchanged.current) return;
    exchanged.current = true;
    window.history.replaceState(null, "", "/login");
    api
      .post<Me>("/api/v1/auth/link", { token: link })
      .then(async (me) => {
        // The "who am I" request sent at mount (without a cookie) may still be in flight; an
        // invalidation would join it and read its 401, so the answer of the exchange is the session.
        await qc.cancelQueries({ queryKey: ME_KEY });
        qc.setQueryData(ME_KEY, me);
        navigate("/set-password", { replace: true });
      })
      .catch((e: unknown) => {
        setError(e);
        setLinkState("failed");
      });
  }, [link, navigate, qc, setError]);

  if (linkState === "idle" && me.data) return <Navigate to={next} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setLinkState("idle");
    await run(async () => {
      const me = await api.post<Me>("/api/v1/auth/login", { email: email.trim(), password });
      await qc.cancelQueries({ queryKey: ME_KEY });
      qc.setQueryData(ME_KEY, me);
      navigate(next, { replace: true });
    });
  };

  if (linkState === "working") {
    return (
      <AuthFrame title={t("login.link_working_title")}>
        <p className="muted" role="status" data-testid="link-working">
          {t("login.link_working")}
        </p>
      </AuthFrame>
    );
  }

  return (
    <AuthFrame title={title}>
      {linkState === "failed" ? (
        <p className="notice notice-warn" role="alert" data-testid="link-failed">
          {t("login.link_failed")}
        </p>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="login-form">
        <FormField label={t("login.email")} name="email" error={error}>
          <input
            className="input"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            data-testid="login-email"
          />
        </FormField>
        <FormField label={t("login.password")} name="password" error={error}>
          <input
            className="input"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="login-password"
          />
        </FormField>
        {linkState === "failed" ? null : <FormError error={error} fields={["email", "password"]} />}
        <button
          type="submit"
          className="button button-primary button-block"
          disabled={busy || !email || !password}
          data-testid="login-submit"
        >
          {busy ? t("login.submitting") : t("login.submit")}
        </button>
      </form>
      <LanguagePicker />
    </AuthFrame>
  );
}
