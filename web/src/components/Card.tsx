import type { ReactNode } from "react";
import { formatNumber } from "../format.js";

export interface CardProps {
  title?: ReactNode;
  /** Buttons shown on the right of the title. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  "data-testid"?: string;
}

/** A white panel with an optional title bar. Titled cards are labelled regions for screen readers. */
export function Card({ title, actions, children, className, ...rest }: CardProps) {
  return (
    <section className={`card ${className ?? ""}`} data-testid={rest["data-testid"]}>
      {title || actions ? (
        <div className="card-head">
          {title ? <h2 className="card-title">{title}</h2> : <span />}
          {actions ? <div className="card-actions">{actions}</div> : null}
        </div>
      ) : null}
      <div className="card-body">{children}</div>
    </section>
  );
}

export type StatTone = "neutral" | "good" | "warn" | "bad";

export interface StatProps {
  label: string;
  /** A number is formatted with thousands separators; null shows an em dash ("no data"). */
  value: number | string | null | undefined;
  hint?: ReactNode;
  tone?: StatTone;
  /** e.g. a BarSparkline under the figure. */
  children?: ReactNode;
  "data-testid"?: string;
}

/** One big figure with its label. Put several in a `<div className="stat-grid">`. */
export function Stat({ label, value, hint, tone = "neutral", children, ...rest }: StatProps) {
  const shown =
    value === null || value === undefined ? "—" : typeof value === "number" ? formatNumber(value) : value;
  return (
    <div className={`stat stat-${tone}`} data-testid={rest["data-testid"]}>
      <div className="stat-label">{label}</div>
      <div
        className="stat-value"
        data-testid={rest["data-testid"] ? `${rest["data-testid"]}-value` : undefined}
      >
        {shown}
      </div>
      {hint ? <div className="stat-hint">{hint}</div> : null}
      {children}
    </div>
  );
}
