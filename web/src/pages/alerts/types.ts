import type { Answer, Item } from "../../api/types.js";

/** Shapes from the server's OpenAPI document (web/src/api/schema.d.ts); see web/src/api/types.ts. */
export type Alert = Item<"getAlerts">;
export type AlertDetail = Answer<"getAlertsById">;
export type Point = AlertDetail["points"][number];
export type Rule = Item<"getAlertRules">;
export type Channel = Rule["channels"][number];

/** The kinds a rule can pick, in the order the editor lists them. */
export const ALERT_KINDS = [
  "volume_spike",
  "negative_spike",
  "topic_spike",
  "high_reach_negative",
  "crisis_signal",
  "order_drop",
  "payment_failure_spike",
  "monitor_down",
  "provider_incident",
] as const satisfies readonly Alert["kind"][];

export const kindLabel = (k: string) => k.replaceAll("_", " ");
