import {
  type CrisisType,
  type EscalationCondition,
  type Lang,
  localize,
} from "../plan/default-plan/index.js";
import type { EscalationOut } from "./schema.js";
import type { CrisesTable } from "./tables.js";

/**
 * "When to escalate", checked against what the crisis record itself knows. Live signals (mention
 * spikes, monitors, payment failure rates) belong to detection and monitoring: their conditions are
 * shown for the team to judge rather than guessed here, so a rule is only ever called "triggered" on
 * evidence the room can see.
 */
const MIN = 60_000;

/** SEV1 is the most severe: a lower number is a higher severity. */
export const severityRank = (s: string) => Number(s.replace(/^SEV/, ""));

function observe(c: CrisesTable, cond: EscalationCondition, now: number): number | null {
  switch (cond.metric) {
    case "orders_affected":
      return c.orders_affected;
    case "customers_affected":
      return c.customers_affected;
    // The plan writes money thresholds in whole currency units; the record keeps minor units.
    case "revenue_at_risk":
      return c.revenue_at_risk / 100;
    case "personal_data_exposed":
      return c.personal_data;
    case "authority_contacted":
      return c.authority_notified_at ? 1 : 0;
    case "unresolved_after": {
      const end = c.resolved_at ? Date.parse(c.resolved_at) : now;
      return Math.max(0, Math.floor((end - Date.parse(c.started_at)) / MIN));
    }
    default:
      return null;
  }
}

const holds = (op: EscalationCondition["op"], observed: number, value: number) =>
  op === "gt"
    ? observed > value
    : op === "gte"
      ? observed >= value
      : op === "lt"
        ? observed < value
        : op === "lte"
          ? observed <= value
          : observed === value;

export function evaluateEscalation(
  c: CrisesTable,
  type: CrisisType | undefined,
  lang: Lang,
  now: number,
): EscalationOut[] {
  if (!type) return [];
  return type.escalation.map((rule) => {
    const conditions = rule.when.map((w) => {
      const observed = observe(c, w, now);
      return {
        metric: w.metric,
        op: w.op,
        value: w.value,
        observed,
        met: observed === null ? null : holds(w.op, observed, w.value),
      };
    });
    const state: EscalationOut["state"] = conditions.some((x) => x.met === false)
      ? "not_met"
      : conditions.every((x) => x.met === true)
        ? "triggered"
        : "needs_judgement";
    return {
      id: rule.id,
      raise_to: rule.raiseTo,
      text: localize(rule.text, lang),
      state,
      above_current: severityRank(rule.raiseTo) < severityRank(c.severity),
      conditions,
    };
  });
}

/** Rules that the record proves and that ask for more than the current severity. */
export const pendingEscalations = (items: EscalationOut[]) =>
  items.filter((e) => e.state === "triggered" && e.above_current);
