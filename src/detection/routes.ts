import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { type App, actorOf } from "../server/types.js";
import { detectionConfigSchema } from "./detectors/config.js";
import { exactBody } from "./shop-events/json.js";
import {
  customerOut,
  integrationInput,
  platformParam,
  shopEventOut,
  shopEventQuery,
  shopEventsBody,
} from "./shop-events/schema.js";
import { shopifyEvents } from "./shop-events/shopify.js";
import { wooCommerceEvents } from "./shop-events/woocommerce.js";

const tags = ["shop signals"];
const previewBody = z.object({
  settings: z.record(z.string(), z.unknown()).default({}),
  days: z.number().int().min(1).max(30).default(30),
});
const previewOut = z.object({
  from: z.string(),
  to: z.string(),
  mentions: z.number(),
  false_alarms_per_week: z.number(),
  alerts_per_week: z.number(),
  alerts: z.array(
    z.object({
      at: z.string(),
      kind: z.string(),
      series: z.string(),
      topic: z.string().nullable(),
      source: z.string().nullable(),
      language: z.string().nullable(),
      title: z.string(),
      observed: z.number(),
      expected: z.number(),
      expected_low: z.number().nullable(),
      expected_high: z.number().nullable(),
      since: z.string().nullable(),
      window_minutes: z.number().nullable(),
      mention_id: z.string().nullable(),
    }),
  ),
});
const acceptedOut = z.object({ accepted: z.number(), duplicates: z.number() });
const slugParams = z.object({ workspaceSlug: z.string().min(1).max(100) });
const header = (req: FastifyRequest, name: string) => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

export function detectionRoutes(app: App, ctx: AppContext) {
  // WooCommerce pings a new webhook with a form body (`webhook_id=…`); keep its bytes for the signature.
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "buffer" }, (req, body, done) => {
    if (req.routeOptions.config.rawBody) req.rawBody = body as Buffer;
    done(null, {});
  });

  shopEventRoutes(app, ctx);
  shopIntegrationRoutes(app, ctx);
  detectionSettingRoutes(app, ctx);
}

/** Shop events and customers as the shop reported them, and which integrations are set up. */
function shopEventRoutes(app: App, ctx: AppContext) {
  const detection = ctx.services.detection;
  const shop = detection.shopEvents;

  app.post(
    "/api/v1/shop-events",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Report orders and payments: one event or {events: [...]}; idempotent on the event id",
        body: shopEventsBody,
        response: { 202: acceptedOut },
      },
    },
    async (req, reply) => {
      const events = "events" in req.body ? req.body.events : [req.body];
      return reply.status(202).send(await shop.record(actorOf(req).workspaceId, events, "api"));
    },
  );

  app.get(
    "/api/v1/shop-events",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Shop events, newest first",
        querystring: shopEventQuery,
        response: { 200: z.object({ items: z.array(shopEventOut), next_cursor: z.string().nullable() }) },
      },
    },
    async (req) => {
      const q = req.query;
      return shop.list(actorOf(req).workspaceId, {
        ...(q.type ? { type: q.type } : {}),
        ...(q.since ? { since: new Date(q.since).toISOString() } : {}),
        ...(q.until ? { until: new Date(q.until).toISOString() } : {}),
        ...(q.order_id ? { orderId: q.order_id } : {}),
        ...(q.email ? { email: q.email } : {}),
        ...(q.cursor ? { cursor: q.cursor } : {}),
        limit: q.limit,
      });
    },
  );

  app.get(
    "/api/v1/shop-customers",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Per customer: orders, payments, failures, refunds and amounts",
        querystring: z.object({
          email: z.string().optional(),
          since: z.iso.datetime({ offset: true }).optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
        response: { 200: z.object({ items: z.array(customerOut), next_cursor: z.null() }) },
      },
    },
    async (req) => ({
      items: await shop.customers(actorOf(req).workspaceId, {
        ...(req.query.email ? { email: req.query.email } : {}),
        ...(req.query.since ? { since: new Date(req.query.since).toISOString() } : {}),
        limit: req.query.limit,
      }),
      next_cursor: null,
    }),
  );

  app.get(
    "/api/v1/shop-integrations",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Shop platforms set up to send signed webhooks (secrets are not shown)",
        response: {
          200: z.object({
            items: z.array(
              z.object({ platform: z.string(), created_at: z.string(), inbound_url: z.string() }),
            ),
            next_cursor: z.null(),
          }),
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const ws = await ctx.services.accounts.workspace(actor.workspaceId);
      const rows = await shop.integrations(actor);
      return {
        items: rows.map((r) => ({
          ...r,
          inbound_url: `${ctx.config.publicUrl}/api/v1/inbound/${r.platform}/${ws.slug}`,
        })),
        next_cursor: null,
      };
    },
  );
}

/** Setting up Shopify or WooCommerce, and their signed inbound webhooks. */
function shopIntegrationRoutes(app: App, ctx: AppContext) {
  const detection = ctx.services.detection;
  const shop = detection.shopEvents;

  app.put(
    "/api/v1/shop-integrations/:platform",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary:
          "Set the webhook secret of Shopify (the app's API secret) or WooCommerce (the webhook's secret)",
        params: platformParam,
        body: integrationInput,
        response: { 200: z.object({ platform: z.string(), inbound_url: z.string() }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await shop.setIntegration(actor, req.params.platform, req.body.secret);
      const ws = await ctx.services.accounts.workspace(actor.workspaceId);
      return {
        platform: req.params.platform,
        inbound_url: `${ctx.config.publicUrl}/api/v1/inbound/${req.params.platform}/${ws.slug}`,
      };
    },
  );

  app.post(
    "/api/v1/inbound/shopify/:workspaceSlug",
    {
      config: { access: "public", rawBody: true },
      schema: {
        tags,
        summary: "Shopify order webhooks, verified with X-Shopify-Hmac-Sha256",
        params: slugParams,
        response: { 200: acceptedOut },
      },
    },
    async (req) => {
      const workspaceId = await shop.verifyInbound(
        req.params.workspaceSlug,
        "shopify",
        req.rawBody,
        header(req, "x-shopify-hmac-sha256"),
      );
      const events = shopifyEvents(header(req, "x-shopify-topic") ?? "", exactBody(req.rawBody, req.body));
      return shop.record(workspaceId, events, "shopify");
    },
  );

  app.post(
    "/api/v1/inbound/woocommerce/:workspaceSlug",
    {
      config: { access: "public", rawBody: true },
      schema: {
        tags,
        summary: "WooCommerce order webhooks, verified with X-WC-Webhook-Signature",
        params: slugParams,
        response: { 200: acceptedOut },
      },
    },
    async (req) => {
      // The ping WooCommerce sends when a webhook is saved carries no order: answer it so the save succeeds.
      if (/^webhook_id=\d+$/.test(req.rawBody?.toString("utf8").trim() ?? ""))
        return { accepted: 0, duplicates: 0 };
      const workspaceId = await shop.verifyInbound(
        req.params.workspaceSlug,
        "woocommerce",
        req.rawBody,
        header(req, "x-wc-webhook-signature"),
      );
      const events = wooCommerceEvents(
        header(req, "x-wc-webhook-topic") ?? "",
        exactBody(req.rawBody, req.body),
      );
      return shop.record(workspaceId, events, "woocommerce");
    },
  );
}

/** The detectors' settings, and a preview of what other settings would have raised. */
function detectionSettingRoutes(app: App, ctx: AppContext) {
  const detection = ctx.services.detection;

  app.get(
    "/api/v1/detection/settings",
    {
      config: { access: "viewer" },
      schema: {
        tags: ["alerts"],
        summary: "The workspace's detector settings (with defaults filled in)",
        response: { 200: detectionConfigSchema },
      },
    },
    async (req) => detection.settings(actorOf(req).workspaceId),
  );

  app.put(
    "/api/v1/detection/settings",
    {
      config: { access: "admin" },
      schema: {
        tags: ["alerts"],
        summary: "Replace the detector settings; a new bucket size restarts the baseline",
        body: z.record(z.string(), z.unknown()),
        response: { 200: detectionConfigSchema },
      },
    },
    async (req) => detection.updateSettings(actorOf(req), detectionConfigSchema.parse(req.body) as never),
  );

  app.post(
    "/api/v1/detection/preview",
    {
      config: { access: "admin" },
      schema: {
        tags: ["alerts"],
        summary:
          "With these settings (merged over the workspace's), the alerts the last `days` days of stored mentions would have raised",
        body: previewBody,
        response: { 200: previewOut },
      },
    },
    async (req) => {
      // Validated like PUT /detection/settings, so a bad value names its field the same way.
      detectionConfigSchema.partial().parse(req.body.settings);
      return detection.preview(actorOf(req).workspaceId, {
        settings: req.body.settings,
        days: req.body.days,
      });
    },
  );
}
