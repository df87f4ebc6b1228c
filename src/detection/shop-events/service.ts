import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { ServiceError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { openSecret, sealSecret } from "../../core/secrets.js";
import { detectionStore as store } from "../store.js";
import type { ShopEventsTable, ShopPlatform } from "../tables.js";
import type { ShopEventInput } from "./schema.js";
import { verifyHmacBase64 } from "./signature.js";

const b64 = (s: string) => Buffer.from(s).toString("base64url");
const unb64 = (s: string) => Buffer.from(s, "base64url").toString("utf8");

export interface ShopEventFilters {
  type?: ShopEventsTable["type"] | ShopEventsTable["type"][];
  since?: string;
  until?: string;
  orderId?: string;
  email?: string;
  limit?: number;
  cursor?: string;
}

/** Orders and payments reported by the shop: stored once per (workspace, event id), read by other domains. */
export function createShopEvents(
  ctx: AppContext,
  onInserted: (workspaceId: string, rows: ShopEventsTable[]) => void,
) {
  const { db } = ctx;

  return {
    async record(workspaceId: string, inputs: ShopEventInput[], platform: ShopPlatform) {
      const now = ctx.clock.now().toISOString();
      const unique = new Map(inputs.map((e) => [e.id, e]));
      const rows: ShopEventsTable[] = [...unique.values()].map((e) => ({
        id: newId(),
        workspace_id: workspaceId,
        event_id: e.id,
        type: e.type,
        platform,
        order_id: e.order_id ?? null,
        customer_email: e.customer_email?.toLowerCase() ?? null,
        amount: e.amount ?? null,
        currency: e.currency ?? null,
        occurred_at: e.at ? new Date(e.at).toISOString() : now,
        created_at: now,
      }));
      const inserted = await db.transaction().execute((trx) => store.insertShopEvents(trx, rows));
      if (inserted.length) onInserted(workspaceId, inserted);
      return { accepted: inserted.length, duplicates: inputs.length - inserted.length };
    },

    /** Newest first; `cursor` pages on. Other domains (segments, review) read orders through this. */
    async list(workspaceId: string, f: ShopEventFilters = {}) {
      const limit = Math.min(f.limit ?? 100, 1000);
      let before: { at: string; id: string } | undefined;
      if (f.cursor) {
        const [at, id] = unb64(f.cursor).split("|");
        if (!at || !id) throw new ServiceError("invalid", "this cursor is not one we gave out", "cursor");
        before = { at, id };
      }
      const rows = await store.listShopEvents(db, workspaceId, {
        type: f.type,
        since: f.since,
        until: f.until,
        orderId: f.orderId,
        email: f.email,
        before,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return {
        items: page.map(({ workspace_id: _w, ...r }) => ({
          ...r,
          amount: r.amount === null ? null : Number(r.amount),
        })),
        next_cursor: rows.length > limit && last ? b64(`${last.occurred_at}|${last.id}`) : null,
      };
    },

    /** Per customer (and currency): orders, payments, failures, refunds and amounts, most recent first. */
    async customers(workspaceId: string, f: { email?: string; since?: string; limit?: number } = {}) {
      const rows = await store.customerAggregates(db, workspaceId, f);
      return rows.map((r) => ({
        email: r.customer_email as string,
        currency: r.currency,
        orders: Number(r.orders),
        payments: Number(r.payments),
        failed_payments: Number(r.failed_payments),
        refunds: Number(r.refunds),
        paid_amount: Number(r.paid_amount ?? 0),
        refunded_amount: Number(r.refunded_amount ?? 0),
        first_at: r.first_at,
        last_at: r.last_at,
      }));
    },

    /** One order's history: placed, paid, failed, refunded, fulfilled, oldest first. */
    async order(workspaceId: string, orderId: string) {
      const rows = await store.listShopEvents(db, workspaceId, { orderId, limit: 1000 });
      return rows.reverse();
    },

    async setIntegration(actor: Actor, platform: "shopify" | "woocommerce", secret: string) {
      await store.upsertIntegration(db, {
        workspace_id: actor.workspaceId,
        platform,
        secret: sealSecret(secret),
        created_at: ctx.clock.now().toISOString(),
      });
    },

    integrations: (actor: Actor) => store.integrations(db, actor.workspaceId),

    /** The workspace an inbound webhook is for, when its signature is good; an error otherwise. */
    async verifyInbound(
      workspaceSlug: string,
      platform: "shopify" | "woocommerce",
      raw: Buffer | undefined,
      signature: string | string[] | undefined,
    ): Promise<string> {
      const refuse = () => new ServiceError("unauthorized", "the webhook signature does not match");
      let ws: { id: string };
      try {
        ws = await ctx.services.accounts.workspaceBySlug(workspaceSlug);
      } catch {
        throw refuse();
      }
      const integration = await store.integration(db, ws.id, platform);
      if (!integration || !raw || !verifyHmacBase64(openSecret(integration.secret), raw, signature))
        throw refuse();
      return ws.id;
    },
  };
}
