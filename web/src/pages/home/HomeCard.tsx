import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { errorMessage } from "../../api.js";
import { useT } from "../../i18n/t.js";

export interface HomeCardProps {
  title: string;
  /** How many things are waiting; null while loading. */
  count: number | null;
  /** The list the card summarises. */
  to: string;
  error?: unknown;
  /** Shown when count is 0: say that all is well. */
  empty: string;
  tone?: "bad" | "warn";
  children?: ReactNode;
  testId: string;
}

/** One "what needs doing" card: a title with its count, up to five items, and a link to the full list. */
export function HomeCard({ title, count, to, error, empty, tone = "warn", children, testId }: HomeCardProps) {
  const t = useT();
  const state = count === null ? "loading" : count > 0 ? tone : "clear";
  return (
    <section
      className={`home-card home-card-${state}`}
      data-testid={testId}
      aria-labelledby={`${testId}-title`}
    >
      <header className="home-card-head">
        <h2 className="home-card-title" id={`${testId}-title`}>
          <Link to={to}>{title}</Link>
        </h2>
        <span className="home-card-count" data-testid={`${testId}-count`}>
          {count === null ? "…" : count}
        </span>
      </header>
      {error ? (
        <p className="notice notice-error" role="alert">
          {errorMessage(error)}
        </p>
      ) : count === 0 ? (
        <p className="home-card-empty">{empty}</p>
      ) : (
        children
      )}
      <Link className="home-card-all" to={to}>
        {t("home.view_all")}
      </Link>
    </section>
  );
}
