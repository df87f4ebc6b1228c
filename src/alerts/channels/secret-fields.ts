import type { SecretFields } from "../../core/secrets.js";
import type { Channel } from "../schema.js";

/**
 * The fields of each channel type that are credentials, sealed at rest (src/core/secrets.ts): a webhook's
 * signing secret, and a Slack incoming-webhook URL (whoever has it can post to the channel). A new
 * channel type adds its line here (a paging service's routing key or API key) and is sealed with the rest.
 */
export const CHANNEL_SECRET_FIELDS: SecretFields = {
  webhook: ["secret"],
  slack: ["url"],
  pagerduty: ["routing_key"],
  opsgenie: ["api_key"],
};

/** The channel with each credential cut to its last four characters (enough to tell two apart). */
export function redactChannel(c: Channel): Channel {
  const out: Record<string, unknown> = { ...c };
  for (const f of CHANNEL_SECRET_FIELDS[c.type] ?? []) {
    const v = out[f];
    if (typeof v === "string") out[f] = `…${v.slice(-4)}`;
  }
  return out as Channel;
}
