import type { Alert } from "../detection/detectors/types.js";
import type { AlertsTable } from "./tables.js";

const TOPIC_NAMES: Record<string, string> = {
  delivery: "delivery",
  product_quality: "product quality",
  order_error: "order errors",
  customer_service: "customer service",
  price: "prices",
  payment: "payments",
  returns_refunds: "returns and refunds",
  fraud: "fraud",
  security: "security",
  outage: "site outage",
};

export function titleOf(a: Pick<Alert, "kind" | "topic" | "source" | "signal" | "author" | "title">): string {
  if (a.title) return a.title;
  const on = a.source ? ` on ${a.source}` : "";
  switch (a.kind) {
    case "volume_spike":
      return `Spike in mentions${on}`;
    case "negative_spike":
      return `Spike in negative mentions${on}`;
    case "topic_spike":
      return `Spike in complaints about ${TOPIC_NAMES[a.topic ?? ""] ?? a.topic ?? "a topic"}${on}`;
    case "high_reach_negative":
      return `Negative mention from a high-reach author${a.author ? ` (${a.author})` : ""}${on}`;
    case "crisis_signal":
      return `Crisis signal in mentions: ${(a.signal ?? "").replaceAll("_", " ")}${on}`;
    case "order_drop":
      return "Orders dropped well below normal";
    case "payment_failure_spike":
      return "Spike in failed payments";
    case "cancellation_spike":
      return "Spike in cancelled orders";
    case "monitor_down":
      return "A monitor is down";
    case "provider_incident":
      return "A provider reports an incident";
    default:
      return a.kind;
  }
}

const TYPE_BY_TOPIC: Record<string, string> = {
  delivery: "delivery_delay",
  product_quality: "product_recall",
  order_error: "order_error",
  customer_service: "negative_wave",
  price: "price_error",
  payment: "payment_failure",
  returns_refunds: "returns_backlash",
  fraud: "fraud_chargebacks",
  security: "data_breach",
  outage: "site_outage",
};

/** A crisis type of the default plan's catalogue and a severity for an alert; the caller may override. */
export function suggestCrisis(a: Pick<AlertsTable, "kind" | "topic" | "signal">): {
  type: string;
  severity: "SEV1" | "SEV2" | "SEV3" | "SEV4";
} {
  if (a.kind === "payment_failure_spike") return { type: "payment_failure", severity: "SEV2" };
  if (a.kind === "order_drop") return { type: "site_outage", severity: "SEV2" };
  if (a.kind === "monitor_down") return { type: "site_outage", severity: "SEV2" };
  if (a.kind === "provider_incident") return { type: "supplier_failure", severity: "SEV3" };
  if (a.kind === "crisis_signal") {
    const s = a.signal ?? "";
    if (/breach|hack|leak|phish/.test(s)) return { type: "data_breach", severity: "SEV1" };
    if (/recall|poison|contamin/.test(s)) return { type: "product_recall", severity: "SEV1" };
    if (/scam|fraud|fake/.test(s)) return { type: "fraud_chargebacks", severity: "SEV2" };
    return { type: "negative_wave", severity: "SEV2" };
  }
  const type = (a.topic && TYPE_BY_TOPIC[a.topic]) || "negative_wave";
  const severity =
    type === "data_breach" || type === "site_outage" || type === "payment_failure" ? "SEV2" : "SEV3";
  return { type, severity };
}
