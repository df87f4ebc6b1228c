import { toMinorUnits } from "./money.js";
import type { ShopEventInput } from "./schema.js";

/**
 * WooCommerce order webhooks (`X-WC-Webhook-Topic`: order.created, order.updated). The order's status
 * says what happened: failed, processing (paid), completed (paid and shipped), refunded, cancelled. One event per
 * order and meaning, because WooCommerce sends order.updated for every edit of the order.
 */
interface WooOrder {
  id?: number | string;
  status?: string;
  currency?: string;
  total?: string;
  date_created_gmt?: string | null;
  date_modified_gmt?: string | null;
  date_paid_gmt?: string | null;
  date_completed_gmt?: string | null;
  billing?: { email?: string | null } | null;
}

/** WooCommerce's *_gmt fields are UTC without a zone designator. */
const gmt = (t: string | null | undefined): string | undefined => {
  if (!t) return undefined;
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(t) ? t : `${t}Z`);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
};

const PAID = new Set(["processing", "completed"]);

export function wooCommerceEvents(topic: string, payload: unknown): ShopEventInput[] {
  if (!payload || typeof payload !== "object") return [];
  if (topic !== "order.created" && topic !== "order.updated") return [];
  const o = payload as WooOrder;
  if (o.id === undefined) return [];
  const id = String(o.id);
  const currency = o.currency?.toUpperCase();
  const amount = currency ? toMinorUnits(o.total, currency) : null;
  const common = {
    order_id: id,
    ...(o.billing?.email ? { customer_email: o.billing.email.trim().toLowerCase() } : {}),
    ...(currency ? { currency } : {}),
    ...(amount !== null ? { amount } : {}),
  };
  const make = (type: ShopEventInput["type"], at: string | undefined): ShopEventInput => ({
    id: `woocommerce:${type}:${id}`,
    type,
    ...(at ? { at } : {}),
    ...common,
  });
  const created = gmt(o.date_created_gmt);
  const modified = gmt(o.date_modified_gmt) ?? created;
  const events: ShopEventInput[] = [];
  if (topic === "order.created") events.push(make("order_placed", created));
  const status = o.status ?? "";
  if (status === "failed") events.push(make("payment_failed", modified));
  if (PAID.has(status)) events.push(make("payment_succeeded", gmt(o.date_paid_gmt) ?? modified));
  if (status === "completed") events.push(make("order_fulfilled", gmt(o.date_completed_gmt) ?? modified));
  if (status === "refunded") events.push(make("refund", modified));
  if (status === "cancelled") events.push(make("order_cancelled", modified));
  return events;
}
