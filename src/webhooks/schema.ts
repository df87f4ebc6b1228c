import { z } from "zod";
import { refuseInternalUrl } from "../core/outbound.js";

/** Every event type Firebreak sends (CONTRACT.md). */
export const WEBHOOK_EVENTS = [
  "alert.opened",
  "alert.closed",
  "crisis.opened",
  "crisis.updated",
  "status.published",
  "case.opened",
  "remedy.given",
  "monitor.down",
  "monitor.up",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const httpUrl = z
  .string()
  .trim()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), "use an http:// or https:// address")
  .superRefine(refuseInternalUrl);

export const createEndpointInput = z.object({
  url: httpUrl,
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, "subscribe to at least one event"),
  description: z.string().trim().max(200).optional(),
});

export const endpointOut = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  description: z.string().nullable(),
  active: z.boolean(),
  created_at: z.string(),
});

export const deliveryOut = z.object({
  id: z.string(),
  channel: z.string(),
  url: z.string(),
  message_id: z.string(),
  type: z.string(),
  attempt: z.number(),
  status_code: z.number().nullable(),
  ok: z.boolean(),
  error: z.string().nullable(),
  duration_ms: z.number(),
  created_at: z.string(),
  /** Its body was kept and its endpoint still exists, so it can be sent again. */
  resendable: z.boolean(),
});

/** What a delivery job carries: everything needed to send, so a restart loses nothing. */
export interface DeliveryJob {
  workspaceId: string;
  endpointId: string | null;
  channel: string;
  url: string;
  /** Absent for unsigned targets (Slack-compatible incoming webhooks sign with the URL itself). */
  secret: string | null;
  messageId: string;
  type: string;
  /** The exact body to send. */
  body: string;
  /**
   * How `secret` is used: `sign` (Standard Webhooks, the default), `genie_key` (sent as Opsgenie's
   * `Authorization: GenieKey …`), `routing_key` (put into the JSON body as PagerDuty's `routing_key` at
   * send time, so the queued body never holds the key in clear).
   */
  auth?: DeliveryAuth;
}

export type DeliveryAuth = "sign" | "genie_key" | "routing_key";
