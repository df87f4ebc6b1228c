import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { redactSecretUrl } from "../../core/secrets.js";
import { targetOf } from "../channels/paging.js";
import type { Channel } from "../schema.js";
import { alertsStore as store } from "../store.js";
import { rulesOf } from "./internal.js";

export const PROBLEM_CODES = ["no_recipients", "no_smtp", "receiver_refused"] as const;

export interface DeliveryProblem {
  rule_id: string;
  rule: string;
  channel: Channel["type"];
  target: string;
  /** Why, as a code the dashboard says in the reader's language; `reason` says it in English for the API. */
  code: (typeof PROBLEM_CODES)[number];
  reason: string;
  /** When the problem was last seen in a page (null: found from the setup, before any page). */
  since: string | null;
}

/** A channel's address without what must not be shown (a webhook URL's path may carry its token). */
const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * Who could not be reached now, and why: e-mail rules without SMTP or recipients, and webhook-like
 * channels whose latest page was refused. The dashboard shows these as a banner until they are fixed:
 * the list is worked out from the setup and the latest delivery, so a fix (SMTP set, receiver answering,
 * rule changed) clears it.
 */
export async function deliveryProblems(ctx: AppContext, actor: Actor): Promise<DeliveryProblem[]> {
  const out: DeliveryProblem[] = [];
  for (const rule of (await rulesOf(ctx.db, actor.workspaceId)).filter((r) => r.enabled)) {
    for (const channel of rule.channels) {
      const base = { rule_id: rule.id, rule: rule.name, channel: channel.type };
      if (channel.type === "email") {
        const problem = !rule.recipients.length
          ? { code: "no_recipients" as const, reason: "the rule names no recipients" }
          : !ctx.services.mail.configured()
            ? {
                code: "no_smtp" as const,
                reason: "no SMTP server is configured (set SMTP_HOST), so no e-mail can go out",
              }
            : null;
        if (problem) out.push({ ...base, target: rule.recipients.join(", "), ...problem, since: null });
        continue;
      }
      // A paging tool's notifications name its API address (the key is never a target).
      const url =
        channel.type === "pagerduty" || channel.type === "opsgenie"
          ? targetOf(channel)
          : (channel as { url?: string }).url;
      if (!url) continue;
      const target = channel.type === "slack" ? redactSecretUrl(url) : url;
      const last = await store.latestNotification(ctx.db, actor.workspaceId, rule.id, target);
      if (!last) continue;
      const log = await ctx.services.webhooks.deliveries(actor, { messageId: `msg_${last.key}` }, 20);
      const latest = log[0];
      if (latest && !log.some((d) => d.ok))
        out.push({
          ...base,
          target: hostOf(url),
          code: "receiver_refused",
          reason: latest.error ?? "the receiver did not accept it",
          since: last.created_at,
        });
    }
  }
  return out;
}
