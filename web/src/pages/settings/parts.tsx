import type { ReactNode } from "react";
import { errorMessage, isApiError } from "../../api.js";
import { CopyField } from "../../components/CopyField.js";
import { useT } from "../../i18n/t.js";

/** A list that could not load: "only admins" for a 403, the friendly reason otherwise. */
export function ListError({ error }: { error: unknown }) {
  const t = useT();
  const forbidden = isApiError(error) && error.status === 403;
  return (
    <p className={`notice ${forbidden ? "" : "notice-error"}`} role="alert" data-testid="list-error">
      {forbidden ? t("settings.admins_only") : errorMessage(error)}
    </p>
  );
}

/** A secret the server shows once: copy it now, then close. */
export function SecretOnce({
  title,
  secret,
  label,
  onClose,
  children,
  testId,
}: {
  title: string;
  secret: string;
  label: string;
  onClose: () => void;
  children?: ReactNode;
  testId: string;
}) {
  const t = useT();
  return (
    <div className="notice notice-success stack" role="status" data-testid={testId}>
      <p>
        <strong>{title}</strong> {t("settings.secret_once")}
      </p>
      <CopyField value={secret} label={label} testId={`${testId}-value`} />
      {children}
      <div>
        <button type="button" className="button button-ghost" onClick={onClose}>
          {t("settings.copied_it")}
        </button>
      </div>
    </div>
  );
}

/** Lines of a textarea or comma-separated words as a clean list. */
export const splitTerms = (s: string) =>
  s
    .split(/[\n,]/)
    .map((x) => x.trim())
    .filter(Boolean);
