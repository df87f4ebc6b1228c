import type { SeriesSpec } from "./series.js";
import type { Alert } from "./types.js";

/**
 * An alert in words a shop owner understands, in English; the alert keeps every figure as a field
 * (observed, expected, expectedLow/High, since, windowMinutes) so the dashboard can say it in the
 * reader's language and time zone. No clock times here: the reader's zone is not known.
 */

const TOPIC_WORDS: Record<string, string> = {
  delivery: "complaints about delivery",
  product_quality: "complaints about product quality",
  order_error: "complaints about wrong or missing items",
  customer_service: "complaints about customer service",
  price: "complaints about prices",
  payment: "complaints about payments",
  returns_refunds: "complaints about returns and refunds",
  fraud: "mentions of fraud",
  security: "mentions of security problems",
  outage: "reports that the shop is down",
};

const LANGUAGE_NAMES: Record<string, string> = {
  en: "English",
  pl: "Polish",
  de: "German",
  fr: "French",
  it: "Italian",
  es: "Spanish",
};

function what(spec: SeriesSpec): string {
  switch (spec.measure) {
    case "volume":
      return "Mentions";
    case "negative":
      return "Negative mentions";
    case "complaint":
      return "Complaints";
    case "share":
      return "The share of negative mentions";
    case "topic": {
      const w = TOPIC_WORDS[spec.topic ?? ""] ?? `mentions about ${spec.topic ?? "a topic"}`;
      return w.charAt(0).toUpperCase() + w.slice(1);
    }
    default:
      return "Mentions";
  }
}

export function duration(minutes: number): string {
  if (minutes < 90) return `${Math.max(1, Math.round(minutes))} minutes`;
  const h = Math.round(minutes / 30) / 2;
  return `${h} hours`;
}

const fmt = (x: number) => (x >= 10 ? String(Math.round(x)) : String(Math.round(x * 10) / 10));

export function explain(a: Alert, spec: SeriesSpec): string {
  const where = [
    spec.source !== undefined ? `on ${spec.source}` : "",
    spec.language !== undefined ? `in ${LANGUAGE_NAMES[spec.language] ?? spec.language}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const subject = `${what(spec)}${where ? ` ${where}` : ""}`;
  const span = duration(a.windowMinutes ?? 0);
  const usual =
    a.expectedHigh !== undefined
      ? `usually ${a.expectedLow ?? 0}–${a.expectedHigh}, ${fmt(a.expected)} expected`
      : `${fmt(a.expected)} expected`;
  if (spec.measure === "share") {
    const lead = `Negative mentions${where ? ` ${where}` : ""} are a larger share of all mentions than usual`;
    if (a.phase === "close") return `${lead.replace(" are ", " were ")} for ${span}; back to normal now`;
    return `${lead}: ${a.observed} negative in the last ${span} (${usual} at the usual share)`;
  }
  const verb = a.phase === "close" ? "are back to normal after" : "rose:";
  if (a.phase === "close") return `${subject} ${verb} ${span}: ${a.observed} in all (${usual})`;
  return `${subject} ${verb} ${a.observed} in the last ${span} (${usual})`;
}
