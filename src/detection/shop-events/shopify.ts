import { toMinorUnits } from "./money.js";
import type { ShopEventInput } from "./schema.js";

/**
 * Shopify webhooks (Admin API, JSON). The topic comes in `X-Shopify-Topic`. Event ids are derived from
 * the resource id and what it means, so Shopify's retries and its occasional duplicate deliveries are
 * stored once.
 */
interface ShopifyOrder {
  id?: number | string;
  email?: string | null;
  contact_email?: string | null;
  customer?: { email?: string | null } | null;
  created_at?: string;
  updated_at?: string;
  processed_at?: string | null;
  total_price?: string;
  currency?: string;
  financial_status?: string | null;
  cancelled_at?: string | null;
}

interface ShopifyTransaction {
  id?: number | string;
  order_id?: number | string;
  kind?: string;
  status?: string;
  amount?: string;
  currency?: string;
  created_at?: string;
}

interface ShopifyRefund {
  id?: number | string;
  order_id?: number | string;
  created_at?: string;
  processed_at?: string | null;
  transactions?: ShopifyTransaction[];
}

const iso = (t: string | null | undefined): string | undefined => {
  if (!t) return undefined;
  const ms = Date.parse(t);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
};

const emailOf = (o: ShopifyOrder) => {
  const e = o.email || o.contact_email || o.customer?.email;
  return e ? e.trim().toLowerCase() : undefined;
};

function base(kind: ShopEventInput["type"], id: string, fields: Partial<ShopEventInput>): ShopEventInput {
  const out: ShopEventInput = { id: `shopify:${kind}:${id}`, type: kind };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

function fromOrder(kind: ShopEventInput["type"], o: ShopifyOrder, at: string | undefined): ShopEventInput[] {
  if (o.id === undefined) return [];
  const currency = o.currency?.toUpperCase();
  return [
    base(kind, String(o.id), {
      at,
      order_id: String(o.id),
      customer_email: emailOf(o),
      currency,
      amount: currency ? (toMinorUnits(o.total_price, currency) ?? undefined) : undefined,
    }),
  ];
}

export function shopifyEvents(topic: string, payload: unknown): ShopEventInput[] {
  if (!payload || typeof payload !== "object") return [];
  switch (topic) {
    case "orders/create": {
      const o = payload as ShopifyOrder;
      const at = iso(o.created_at);
      const events = fromOrder("order_placed", o, at);
      // An order paid at checkout comes as one "create" with financial_status paid.
      if (o.financial_status === "paid")
        events.push(...fromOrder("payment_succeeded", o, iso(o.processed_at) ?? at));
      return events;
    }
    case "orders/paid": {
      const o = payload as ShopifyOrder;
      return fromOrder("payment_succeeded", o, iso(o.processed_at) ?? iso(o.updated_at));
    }
    case "orders/cancelled": {
      // A wave of cancellations (stock errors, fraud rules, a broken fulfilment) is a crisis signal.
      const o = payload as ShopifyOrder;
      return fromOrder("order_cancelled", o, iso(o.cancelled_at) ?? iso(o.updated_at));
    }
    case "orders/fulfilled": {
      const o = payload as ShopifyOrder;
      return fromOrder("order_fulfilled", o, iso(o.updated_at));
    }
    case "order_transactions/create": {
      const t = payload as ShopifyTransaction;
      if (t.id === undefined) return [];
      const failed = t.status === "failure" || t.status === "error";
      const paid = t.status === "success" && (t.kind === "sale" || t.kind === "capture");
      if (!failed && !paid) return [];
      const currency = t.currency?.toUpperCase();
      return [
        {
          id: `shopify:txn:${t.id}`,
          type: failed ? "payment_failed" : "payment_succeeded",
          ...(iso(t.created_at) ? { at: iso(t.created_at) as string } : {}),
          ...(t.order_id !== undefined ? { order_id: String(t.order_id) } : {}),
          ...(currency ? { currency } : {}),
          ...(currency && toMinorUnits(t.amount, currency) !== null
            ? { amount: toMinorUnits(t.amount, currency) as number }
            : {}),
        },
      ];
    }
    case "refunds/create": {
      const r = payload as ShopifyRefund;
      if (r.id === undefined) return [];
      const txs = (r.transactions ?? []).filter((t) => t.kind === "refund" && t.status !== "failure");
      const currency = txs[0]?.currency?.toUpperCase();
      const amount = currency
        ? txs.reduce((sum, t) => sum + (toMinorUnits(t.amount, currency) ?? 0), 0)
        : undefined;
      return [
        base("refund", String(r.id), {
          at: iso(r.processed_at) ?? iso(r.created_at),
          order_id: r.order_id === undefined ? undefined : String(r.order_id),
          currency,
          amount,
        }),
      ];
    }
    default:
      return [];
  }
}
