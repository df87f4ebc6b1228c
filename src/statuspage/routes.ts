import { parse as parseQs } from "node:querystring";
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { notFound } from "../core/errors.js";
import { LANGS, type Lang } from "../plan/default-plan/index.js";
import { trustProxySetting } from "../server/limits.js";
import { type App, actorOf } from "../server/types.js";
import { componentRoutes } from "./component-routes.js";
import {
  otherParams,
  PAGE_CACHE_CONTROL,
  PAGE_VARY,
  pageLanguage,
  statusFrontDoor,
  withLogo,
} from "./fast.js";
import { PAGE_TEXT, pickLanguage } from "./i18n.js";
import { INCIDENT_STATUSES } from "./model.js";
import type { Rendered } from "./page.js";
import { snapshotOut, statusJsonOut, subscribeOut, subscribersOut } from "./page-schema.js";
import {
  componentId,
  componentInput,
  incidentInput,
  maintenanceInput,
  maintenanceTimes,
  subscribeInput,
  updateInput,
} from "./schema.js";
import { confirmPage, donePage, linkGonePage, subscribedPage } from "./small-pages.js";

const tags = ["status page"];
const PUBLIC = { access: "public" as const };
const langQuery = z.object({ lang: z.string().max(10).optional() });
const slugParams = z.object({ slug: z.string().min(1).max(100) });
const tokenQuery = z.object({ token: z.string().max(200).optional() });

/** What fast.ts answers from memory is the same: a test holds the two to the same headers. */
function send(req: FastifyRequest, reply: FastifyReply, r: Rendered, type: string) {
  reply
    .header("etag", r.etag)
    .header("cache-control", PAGE_CACHE_CONTROL)
    .header("content-type", type)
    .header("vary", PAGE_VARY);
  if (req.headers["if-none-match"] === r.etag) return reply.status(304).send();
  if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? ""))
    return reply.header("content-encoding", "gzip").send(r.gzip);
  return reply.send(r.body);
}

/** The workspace a public address names (none: the single or first workspace). */
const siteOf = (ctx: AppContext) => async (slug?: string) => {
  const ws = await ctx.services.statuspage.pages.workspace(slug);
  if (!ws) throw notFound("status page");
  return ws;
};

export function statusRoutes(app: App, ctx: AppContext) {
  app.frontDoor(statusFrontDoor(() => ctx.services.statuspage.pages, trustProxySetting() !== false));
  registerPublicPages(app, ctx);
  registerSubscriptionRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
}

/** The page itself, as HTML, JSON and Atom, at /status (default workspace) and /status/:slug. */
function registerPublicPages(app: App, ctx: AppContext) {
  const svc = () => ctx.services.statuspage;
  const site = siteOf(ctx);
  const langOf = (req: FastifyRequest, fallback: string) =>
    pageLanguage(
      (req.query as { lang?: string } | undefined)?.lang,
      req.headers["accept-language"],
      fallback,
    );

  const page = async (req: FastifyRequest, reply: FastifyReply, slug?: string) => {
    const ws = await site(slug);
    const lang = langOf(req, ws.language);
    reply.header("content-language", lang);
    // The shop's logo lives on its own site: this page alone may show an https image.
    const csp = reply.raw.getHeader("content-security-policy");
    if (ws.brand.logo_url && typeof csp === "string") reply.header("content-security-policy", withLogo(csp));
    const query = otherParams(req.url);
    return send(
      req,
      reply,
      await svc().pages.html(ws, lang, slug !== undefined, query),
      "text/html; charset=utf-8",
    );
  };
  const json = async (req: FastifyRequest, reply: FastifyReply, slug?: string) =>
    send(req, reply, await svc().pages.json(await site(slug)), "application/json; charset=utf-8");
  // A feed reader sends no useful Accept-Language: only `?lang=` picks another than the shop's default.
  const atom = async (req: FastifyRequest, reply: FastifyReply, slug?: string) => {
    const ws = await site(slug);
    const q = (req.query as { lang?: string } | undefined)?.lang?.toLowerCase().slice(0, 2);
    const lang = q && (LANGS as readonly string[]).includes(q) ? (q as Lang) : undefined;
    return send(
      req,
      reply,
      await svc().pages.atom(ws, slug !== undefined, lang),
      "application/atom+xml; charset=utf-8",
    );
  };

  const pageSchema = {
    tags,
    summary: "The public status page (HTML, no JavaScript needed)",
    querystring: langQuery,
  };
  app.get("/status", { config: PUBLIC, schema: pageSchema }, (req, reply) => page(req, reply));
  app.get(
    "/status.json",
    {
      config: PUBLIC,
      schema: { tags, summary: "The public status page as JSON", response: { 200: statusJsonOut } },
    },
    (req, reply) => json(req, reply),
  );
  app.get(
    "/status/feed.atom",
    {
      config: PUBLIC,
      schema: { tags, summary: "Status updates as an Atom feed (?lang=)", querystring: langQuery },
    },
    (req, reply) => atom(req, reply),
  );
  app.get("/status/:slug", { config: PUBLIC, schema: { ...pageSchema, params: slugParams } }, (req, reply) =>
    page(req, reply, req.params.slug),
  );
  app.get(
    "/status/:slug/status.json",
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: "A workspace's status page as JSON",
        params: slugParams,
        response: { 200: statusJsonOut },
      },
    },
    (req, reply) => json(req, reply, req.params.slug),
  );
  app.get(
    "/status/:slug/feed.atom",
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: "A workspace's status updates as Atom (?lang=)",
        params: slugParams,
        querystring: langQuery,
      },
    },
    (req, reply) => atom(req, reply, req.params.slug),
  );
}

/** The language of a link's page when the link names no subscriber: the browser's, else English. */
const visitorLanguage = (req: FastifyRequest): Lang =>
  pickLanguage(undefined, req.headers["accept-language"], "en");

/** The language a form post asked for, even when the rest of it does not parse. */
function formLanguage(body: unknown, fallback: Lang): Lang {
  const lang = (body as { lang?: unknown } | null)?.lang;
  return typeof lang === "string" && (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : fallback;
}

/** E-mail subscriptions: subscribe from the page, confirm and unsubscribe from the mails' links. */
function registerSubscriptionRoutes(app: App, ctx: AppContext) {
  const svc = () => ctx.services.statuspage;
  const site = siteOf(ctx);
  // Forms post url-encoded bodies; the parser lives in this scope only.
  app.register(async (pub: App) => {
    pub.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string" },
      (_req, body, done) => {
        done(null, parseQs(body as string));
      },
    );

    const subscribe = async (req: FastifyRequest, reply: FastifyReply, slug?: string) => {
      const ws = await site(slug);
      const json = (req.headers["content-type"] ?? "").includes("json");
      const back = slug ? `/status/${slug}` : "/status";
      const parsed = subscribeInput.safeParse(req.body ?? {});
      // A visitor who typed a wrong address into the page's form reads why on a page, not a JSON error.
      if (!parsed.success && !json) {
        const lang = formLanguage(req.body, ws.language as Lang);
        return reply
          .status(400)
          .type("text/html; charset=utf-8")
          .send(subscribedPage(lang, PAGE_TEXT[lang].badEmail, back));
      }
      const input = subscribeInput.parse(req.body ?? {});
      const lang = input.lang ?? (ws.language as Lang);
      await svc().subscribe(ws.id, input.email, lang);
      // The same answer whether or not the address was known: no one learns who subscribed.
      if (json) return reply.status(202).send({ status: "pending_confirmation" });
      const page = subscribedPage(lang, PAGE_TEXT[lang].checkInbox, back, input.email);
      return reply.status(202).type("text/html; charset=utf-8").send(page);
    };
    const body = {
      tags,
      summary: "Subscribe to updates by e-mail (double opt-in); a form post answers a small HTML page",
      body: z.unknown(),
      response: { 202: subscribeOut },
    };
    pub.post("/status/subscribe", { config: PUBLIC, schema: body }, (req, reply) => subscribe(req, reply));
    pub.post(
      "/status/:slug/subscribe",
      { config: PUBLIC, schema: { ...body, params: slugParams } },
      (req, reply) => subscribe(req, reply, req.params.slug),
    );

    // GET shows a button, POST acts: link scanners in mail filters follow GETs, never POSTs. Both speak
    // the subscriber's language: the mail that brought them here was in it.
    for (const action of ["confirm", "unsubscribe"] as const) {
      pub.get(
        `/status/${action}`,
        { config: PUBLIC, schema: { tags, summary: `${action} (shows a button)`, querystring: tokenQuery } },
        async (req, reply) => {
          const token = req.query.token ?? "";
          const lang = await svc().subscriberLanguage(token, visitorLanguage(req));
          const shop = await svc().subscriberPage(token, lang);
          // A link that no longer works says so at once, not after a button that cannot work.
          if (!(await svc().linkWorks(token, action))) {
            return reply
              .status(404)
              .type("text/html; charset=utf-8")
              .send(linkGonePage(action, lang, shop));
          }
          return reply.type("text/html; charset=utf-8").send(confirmPage(action, token, lang, shop));
        },
      );
      pub.post(
        `/status/${action}`,
        {
          config: PUBLIC,
          schema: {
            tags,
            summary: action === "unsubscribe" ? "One-click unsubscribe (RFC 8058)" : "Confirm a subscription",
            querystring: tokenQuery,
            body: z.unknown(),
          },
        },
        async (req, reply) => {
          const token = req.query.token ?? (req.body as { token?: string } | undefined)?.token ?? "";
          const ok = action === "confirm" ? await svc().confirm(token) : await svc().unsubscribe(token);
          const lang = await svc().subscriberLanguage(token, visitorLanguage(req));
          // A link from an older mail (or after unsubscribing) says so, in words, not as a JSON error.
          const shop = await svc().subscriberPage(token, lang);
          if (!ok)
            return reply
              .status(404)
              .type("text/html; charset=utf-8")
              .send(linkGonePage(action, lang, shop));
          return reply.type("text/html; charset=utf-8").send(donePage(action, lang, shop));
        },
      );
    }
  });
}

/** The team's side: components, incidents, updates, maintenance, subscribers. */
function registerAdminRoutes(app: App, ctx: AppContext) {
  const svc = () => ctx.services.statuspage;
  const atags = ["status page admin"];
  componentRoutes(app, ctx, atags);
  app.get(
    "/api/v1/status/page",
    {
      config: { access: "viewer" },
      schema: { tags: atags, summary: "What the public page shows now", response: { 200: snapshotOut } },
    },
    async (req) => svc().snapshot(actorOf(req)),
  );
  app.put(
    "/api/v1/status/components/:id",
    {
      config: { access: "responder" },
      schema: {
        tags: atags,
        summary: "Set a component's state (by hand; monitors and incidents can only make it worse)",
        params: z.object({ id: componentId }),
        body: componentInput,
      },
    },
    async (req, reply) => {
      await svc().setComponent(actorOf(req), req.params.id, req.body.state, req.body.note ?? null);
      return reply.status(204).send();
    },
  );
  app.post(
    "/api/v1/status/incidents",
    {
      config: { access: "responder" },
      schema: { tags: atags, summary: "Open an incident with its first update", body: incidentInput },
    },
    async (req, reply) => reply.status(201).send(await svc().openIncident(actorOf(req), req.body)),
  );
  app.post(
    "/api/v1/status/incidents/:id/updates",
    {
      config: { access: "responder" },
      schema: {
        tags: atags,
        summary: "Publish an update",
        params: z.object({ id: z.string() }),
        body: updateInput,
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc().publishUpdate(actorOf(req), req.params.id, req.body)),
  );
  app.get(
    "/api/v1/status/incidents/:id/suggested-texts",
    {
      config: { access: "responder" },
      schema: {
        tags: atags,
        summary:
          "Texts for an update in each language the shop speaks, from the plan's templates (nothing is sent)",
        params: z.object({ id: z.string() }),
        querystring: z.object({ status: z.enum(INCIDENT_STATUSES).default("identified") }),
        response: {
          200: z.object({
            texts: z.partialRecord(z.enum(LANGS), z.string()),
            crisis_type: z.string().nullable(),
          }),
        },
      },
    },
    async (req) => svc().suggestTexts(actorOf(req), req.params.id, req.query.status),
  );
  app.post(
    "/api/v1/status/maintenance",
    {
      config: { access: "responder" },
      schema: { tags: atags, summary: "Schedule maintenance", body: maintenanceInput },
    },
    async (req, reply) => reply.status(201).send(await svc().scheduleMaintenance(actorOf(req), req.body)),
  );
  app.patch(
    "/api/v1/status/maintenance/:id",
    {
      config: { access: "responder" },
      schema: {
        tags: atags,
        summary: "Move maintenance (new start and end); subscribers who heard of it are told",
        params: z.object({ id: z.string() }),
        body: maintenanceTimes,
        response: { 200: z.object({ id: z.string(), starts_at: z.string(), ends_at: z.string() }) },
      },
    },
    async (req) => svc().rescheduleMaintenance(actorOf(req), req.params.id, req.body),
  );
  app.delete(
    "/api/v1/status/maintenance/:id",
    {
      config: { access: "responder" },
      schema: { tags: atags, summary: "Cancel maintenance", params: z.object({ id: z.string() }) },
    },
    async (req, reply) => {
      await svc().cancelMaintenance(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
  app.get(
    "/api/v1/status/subscribers",
    {
      config: { access: "admin" },
      schema: { tags: atags, summary: "E-mail subscribers", response: { 200: subscribersOut } },
    },
    async (req) => ({ items: await svc().subscribers(actorOf(req)), next_cursor: null }),
  );
}
