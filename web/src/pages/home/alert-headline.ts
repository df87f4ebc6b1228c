import { useCallback } from "react";
import { isolate } from "../../bidi.js";
import { formatNumber, quoted } from "../../format.js";
import { useLocale } from "../../i18n/I18nProvider.js";
import { useT, useTOr } from "../../i18n/t.js";
import { useAlertKind } from "../alerts/kind-label.js";
import { useLanguageName } from "../mentions/filters.js";
import type { HomeAlert } from "./types.js";

/** What a headline is made of: an alert of the list and an alert's own page both have it. */
export type HeadlineAlert = Pick<
  HomeAlert,
  "title" | "explanation" | "kind" | "topic" | "source" | "observed" | "expected"
>;

/**
 * An alert in one line in the reader's language. The stored title is the detector's English sentence,
 * kept for English readers; for the others a rise the detector explained is said from its fields: what
 * rose (kind, topic, source, language), how many over what window, against the expected count. Alerts
 * without an explanation (a monitor down, one loud mention) keep their title, which names the thing.
 */
export function useAlertHeadline() {
  const t = useT();
  const tOr = useTOr();
  const kindLabel = useAlertKind();
  const languageName = useLanguageName();
  const { locale } = useLocale();
  return useCallback(
    (a: HeadlineAlert) => {
      if (!a.explanation || locale === "en") return a.title;
      const kind = kindLabel(a.kind);
      const what = [
        kind.charAt(0).toLocaleUpperCase() + kind.slice(1),
        a.topic ? tOr(`topic.${a.topic}`, a.topic) : null,
        a.source,
        a.explanation.language ? languageName(a.explanation.language) : null,
      ]
        .filter(Boolean)
        .join(" · ");
      const line = t("home.alert_headline", {
        what,
        observed: formatNumber(a.observed),
        minutes: formatNumber(Math.round(a.explanation.window_minutes)),
        expected: formatNumber(a.expected, { maximumFractionDigits: 1 }),
      });
      // The expected count is the planned surge's, not an ordinary day's: the reader must know which.
      const surge = a.explanation.planned_surge;
      return surge
        ? t("home.alert_in_surge", {
            line,
            label: quoted(isolate(surge.label)),
            multiple: formatNumber(surge.multiple, { maximumFractionDigits: 1 }),
          })
        : line;
    },
    [t, tOr, kindLabel, languageName, locale],
  );
}
