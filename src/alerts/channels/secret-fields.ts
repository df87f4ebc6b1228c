import type { SecretFields } from "../../core/secrets.js";

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
