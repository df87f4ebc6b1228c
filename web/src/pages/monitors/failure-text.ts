import { useCallback } from "react";
import type { Item } from "../../api/types.js";
import { listOf } from "../../components/event-text.js";
import { formatDate, formatNumber, formatTime, quoted } from "../../format.js";
import { useLocale } from "../../i18n/I18nProvider.js";
import { useT } from "../../i18n/t.js";

export type Failure = NonNullable<Item<"getMonitors">["last_error_why"]>;

/**
 * Why a check failed, in the reader's language, from the fields the server read off its sentence.
 * The network's own words (ECONNREFUSED, a TLS error) and a provider's names are shown as they came.
 */
export function useFailureText() {
  const t = useT();
  const { locale } = useLocale();
  return useCallback(
    (f: Failure): string => {
      switch (f.code) {
        case "http_status":
          return t("monitor.why.http_status", { status: f.status });
        case "keyword_present":
          return t("monitor.why.keyword_present", { keyword: f.keyword });
        case "keyword_missing":
          return t("monitor.why.keyword_missing", { keyword: f.keyword });
        case "not_json":
          return t("monitor.why.not_json");
        case "json_missing":
          return t("monitor.why.json_missing", { path: f.path });
        case "json_value":
          return t("monitor.why.json_value", { path: f.path, got: f.got, expected: f.expected });
        case "slow":
          return t("monitor.why.slow", { ms: formatNumber(f.ms), max: formatNumber(f.max) });
        case "timeout":
          return t("monitor.why.timeout");
        case "no_certificate":
          return t("monitor.why.no_certificate");
        case "cert_expired":
          return t("monitor.why.cert_expired", { date: formatDate(f.at) });
        case "cert_expiring":
          return t("monitor.why.cert_expiring", { days: f.days, date: formatDate(f.at) });
        case "dns_no_answer":
          return t("monitor.why.dns_no_answer");
        case "dns_mismatch":
          return t("monitor.why.dns_mismatch", { expected: f.expected, answers: f.answers });
        case "no_beat":
          return f.since
            ? t("monitor.why.no_beat", { time: formatTime(f.since) })
            : t("monitor.why.no_beat_never");
        case "provider_http":
          return t("monitor.why.provider_http", { status: f.status });
        case "provider_unreadable":
          return t("monitor.why.provider_unreadable", { detail: f.detail });
        case "provider_reports": {
          const provider = f.provider ?? t("monitor.why.the_provider");
          const components = listOf(f.components, locale);
          const incidents = listOf(f.incidents.map(quoted), locale);
          if (f.components.length && f.incidents.length)
            return t("monitor.why.provider_both", { provider, components, incidents });
          return f.components.length
            ? t("monitor.why.provider_components", { provider, components })
            : t("monitor.why.provider_incidents", { provider, incidents });
        }
        case "recovered":
          return t("monitor.why.recovered");
        case "other":
          return f.detail;
      }
    },
    [t, locale],
  );
}
