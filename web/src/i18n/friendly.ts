import type { IntlShape } from "react-intl";
import { isApiError } from "../api.js";
import type { MessageId } from "./catalogues.js";

/** Words of operating systems and libraries that mean "could not connect" and say nothing to a person. */
const UNREACHABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|socket hang up|fetch failed/i;

/** Validation messages put "field: " in front; the field is shown beside the control already. */
const stripField = (message: string, field: string | undefined) =>
  field && message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;

/**
 * A message a shop's team can act on, in their language, for anything a request threw: no raw "url:
 * Invalid URL" or "ECONNREFUSED". The server's own sentence is kept where it is the useful part.
 */
export function friendlyError(intl: IntlShape, e: unknown): string {
  const t = (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  if (!isApiError(e)) {
    if (e instanceof Error && UNREACHABLE.test(e.message)) return t("error.unreachable");
    return e instanceof Error && e.message ? e.message : t("error.unknown");
  }
  if (e.code === "network") return t("error.network");
  if (UNREACHABLE.test(e.message)) return t("error.unreachable");
  if (e.status === 401) return t("error.unauthorized");
  if (e.status === 403) return t("error.forbidden");
  if (e.status === 404) return t("error.not_found");
  if (e.status === 429) return t("error.rate_limited");
  if (e.status >= 500) return t("error.server");
  const detail = stripField(e.message, e.field);
  if (e.status === 409) return t("error.conflict", { detail });
  if (/invalid url/i.test(detail)) return t("error.invalid_url");
  if (/invalid e-?mail/i.test(detail)) return t("error.invalid_email");
  if (/^required$|received undefined/i.test(detail)) return t("error.required");
  const min = /at least (\d+) character/i.exec(detail);
  if (min) return t("error.too_short", { min: Number(min[1]) });
  return t("error.invalid", { detail });
}
