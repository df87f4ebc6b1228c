import { z } from "zod";
import { SHOP_EVENT_KINDS } from "../tables.js";

export const shopEventInput = z.object({
  /** The sender's id: a retry with the same id is stored once. */
  id: z.string().trim().min(1).max(200),
  type: z.enum(SHOP_EVENT_KINDS),
  /** When it happened; now when absent. */
  at: z.iso.datetime({ offset: true }).optional(),
  /** Integer minor units (cents). */
  amount: z.number().int().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  order_id: z.string().trim().min(1).max(200).optional(),
  customer_email: z.string().trim().toLowerCase().email().optional(),
});
export type ShopEventInput = z.infer<typeof shopEventInput>;

export const shopEventsBody = z.union([
  z.object({ events: z.array(shopEventInput).min(1).max(1000) }),
  shopEventInput,
]);

export const shopEventOut = z.object({
  id: z.string(),
  event_id: z.string(),
  type: z.enum(SHOP_EVENT_KINDS),
  platform: z.string(),
  order_id: z.string().nullable(),
  customer_email: z.string().nullable(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  occurred_at: z.string(),
  created_at: z.string(),
});

export const shopEventQuery = z.object({
  type: z.enum(SHOP_EVENT_KINDS).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
  order_id: z.string().optional(),
  email: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().optional(),
});

export const customerOut = z.object({
  email: z.string(),
  currency: z.string().nullable(),
  orders: z.number(),
  payments: z.number(),
  failed_payments: z.number(),
  refunds: z.number(),
  paid_amount: z.number(),
  refunded_amount: z.number(),
  first_at: z.string(),
  last_at: z.string(),
});

export const integrationInput = z.object({ secret: z.string().min(8).max(500) });
export const platformParam = z.object({ platform: z.enum(["shopify", "woocommerce"]) });
