import { Card } from "../../components/Card.js";
import { formatTime } from "../../format.js";
import { useT } from "../../i18n/t.js";
import type { AlertDetail } from "./types.js";

const round = (n: number) => (Math.abs(n) >= 10 ? Math.round(n) : Math.round(n * 10) / 10);

/**
 * What the detector said about the rise, in the reader's language and time zone: since when, how many
 * against the usual range over that window, and the latest mentions of the rise (text from the internet:
 * rendered as text by React, never as markup).
 */
export function Explanation({ a }: { a: AlertDetail }) {
  const t = useT();
  const e = a.explanation;
  if (!e) return null;
  return (
    <Card title={t("alerts.explain.title")}>
      <p data-testid="alert-explanation">
        {t("alerts.explain.summary", {
          observed: round(a.observed),
          since: formatTime(e.since),
          minutes: e.window_minutes,
          low: round(e.expected_low),
          high: round(e.expected_high),
          expected: round(a.expected),
        })}
      </p>
      {e.language ? (
        <p className="alerts-muted">{t("alerts.explain.language", { language: e.language })}</p>
      ) : null}
      {e.examples.length ? (
        <>
          <p className="alerts-muted">{t("alerts.explain.examples")}</p>
          <ul className="alerts-evidence" data-testid="alert-explanation-examples">
            {e.examples.map((x) => (
              <li key={x.id}>{x.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
