import type { ReactNode } from "react";
import { useTOr } from "../i18n/t.js";

export type BadgeTone = "red" | "orange" | "yellow" | "blue" | "green" | "grey" | "purple";

/** Colours for the words the product uses for severity and status; anything else is grey. */
const TONES: Record<string, BadgeTone> = {
  // severity
  critical: "red",
  sev1: "red",
  high: "orange",
  sev2: "orange",
  medium: "yellow",
  sev3: "yellow",
  low: "blue",
  sev4: "blue",
  info: "grey",
  // status
  open: "red",
  down: "red",
  failed: "red",
  breached: "red",
  overdue: "red",
  negative: "red",
  firing: "red",
  active: "orange",
  investigating: "orange",
  degraded: "orange",
  escalated: "orange",
  pending: "yellow",
  acknowledged: "yellow",
  identified: "yellow",
  draft: "grey",
  neutral: "grey",
  monitoring: "blue",
  in_progress: "blue",
  scheduled: "blue",
  responder: "blue",
  admin: "purple",
  viewer: "grey",
  resolved: "green",
  closed: "green",
  up: "green",
  operational: "green",
  sent: "green",
  approved: "green",
  positive: "green",
  done: "green",
};

export const toneFor = (value: string): BadgeTone => TONES[value.toLowerCase()] ?? "grey";

export interface BadgeProps {
  /** The severity or status word; picks the colour and, without children, is the text. */
  value: string;
  tone?: BadgeTone;
  children?: ReactNode;
}

export function Badge({ value, tone, children }: BadgeProps) {
  const colour = tone ?? toneFor(value);
  const tOr = useTOr();
  return (
    <span className={`badge badge-${colour}`} data-testid="badge" data-value={value}>
      {children ?? tOr(`value.${value.toLowerCase()}`, value.replace(/_/g, " "))}
    </span>
  );
}
