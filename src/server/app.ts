import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyServerOptions, LogController } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import helmet from "helmet";
import type { Histogram } from "prom-client";
import type { AppContext } from "../app/context.js";
import type { DomainModule } from "../app/module.js";
import { newId } from "../core/ids.js";
import { loopPace, type Pacer } from "../core/pace.js";
import { cleanDeep } from "../core/text.js";
import { installAuth } from "./auth.js";
import { errorBody, handleError } from "./errors.js";
import { installFormParsers } from "./forms.js";
import { healthRoutes } from "./health.js";
import { installIdempotency } from "./idempotency.js";
import { assignBucket, statusRateLimit, tooManyRequests, trustProxySetting } from "./limits.js";
import { installMetrics } from "./metrics.js";
import { openapiTransform, openapiTransformObject } from "./openapi.js";
import { REDACT_PATHS, redactUrl } from "./redact.js";
import { dashboardRoutes } from "./static.js";
import { installTargetCheck } from "./targets.js";
import type { App, FrontDoor } from "./types.js";

/** Security headers on every answer (CSP, frame, sniffing, referrer…), the middleware built once. */
const helmetMiddleware = helmet({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      scriptSrc: ["'self'"],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
  crossOriginEmbedderPolicy: false,
});

/**
 * What helmet sets, recorded once: with no per-request directive (no nonce) its answer is the same
 * for every request, and running the middleware per request (a dozen header writes through its
 * closures, plus a removal) was a visible share of a status page served from memory.
 */
export const SECURITY_HEADERS: [string, string][] = (() => {
  const set: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string) => set.push([name.toLowerCase(), String(value)]),
    removeHeader: () => undefined,
  };
  helmetMiddleware({} as never, recorder as never, (err?: unknown) => {
    if (err) throw err;
  });
  return set;
})();

export interface ServerOptions {
  /** Serve the built dashboard from dist/web (off for API-only processes). */
  dashboard?: boolean;
  logger?: boolean;
  /** Requests per minute per address on public routes; 0 turns the limit off. */
  publicRateLimit?: number;
  /** Requests per minute per address on the status page; 0 turns its limit off. */
  statusRateLimit?: number;
  /** What paces the deferrable front-door answers (the process's one by default; tests bring theirs). */
  pace?: Pacer;
}

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** The caller's X-Request-Id when it is a sane one, else a new id: the id every answer carries. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : newId();
}

/**
 * The HTTP server, with front-door answers (types.ts, FrontDoor) tried before Fastify's handler: the
 * same settings Fastify gives the server it makes itself.
 */
function frontDoorServer(
  doors: FrontDoor[],
  limit: () => number,
  observe: (route: string, status: number, s: number) => void,
  pace: Pacer,
) {
  return (handler: (req: IncomingMessage, res: ServerResponse) => void, opts: FastifyServerOptions) => {
    const dispatch = (req: IncomingMessage, res: ServerResponse) => {
      if (doors.length) {
        const t0 = performance.now();
        for (const door of doors) {
          const route = door(req, res, limit());
          if (route) return observe(route, res.statusCode, (performance.now() - t0) / 1000);
        }
      }
      handler(req, res);
    };
    // FIREBREAK_STATUS_PACE=0 answers every visitor at once (how docs/security.md's eighth pass compared).
    const paced = process.env["FIREBREAK_STATUS_PACE"] !== "0";
    const server = createServer((req, res) => {
      if (paced)
        for (const door of doors) if (door.deferrable?.(req)) return pace.run(() => dispatch(req, res));
      dispatch(req, res);
    });
    if (opts.keepAliveTimeout !== undefined) server.keepAliveTimeout = opts.keepAliveTimeout;
    if (opts.requestTimeout !== undefined) server.requestTimeout = opts.requestTimeout;
    server.setTimeout(opts.connectionTimeout ?? 0);
    if (opts.maxRequestsPerSocket) server.maxRequestsPerSocket = opts.maxRequestsPerSocket;
    return server;
  };
}

/** The OpenAPI document of every route, served at /api/openapi.json. */
async function installOpenApi(app: App, ctx: AppContext) {
  await app.register(swagger, {
    openapi: {
      info: { title: "Firebreak API", version: "1", description: "Crisis management for online shops" },
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer" },
          session: { type: "apiKey", in: "cookie", name: "fb_session" },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: openapiTransform,
    transformObject: openapiTransformObject(ctx.config.publicUrl),
  });
}

export async function buildServer(
  ctx: AppContext,
  modules: DomainModule[],
  options: ServerOptions = {},
): Promise<App> {
  const doors: FrontDoor[] = [];
  let statusLimit = 0;
  let observeDoor = (_route: string, _status: number, _seconds: number) => {};
  const app = Fastify({
    serverFactory: frontDoorServer(
      doors,
      () => statusLimit,
      (route, status, seconds) => observeDoor(route, status, seconds),
      options.pace ?? loopPace,
    ),
    logger:
      options.logger === false
        ? false
        : {
            level: ctx.config.logLevel,
            redact: { paths: REDACT_PATHS, censor: "[redacted]" },
            serializers: {
              req: (req) => ({ method: req.method, url: redactUrl(req.url), remoteAddress: req.ip }),
            },
          },
    genReqId: requestIdOf,
    bodyLimit: 8 * 1024 * 1024,
    // One line per request drowns what matters; errors are logged by the error handler anyway.
    logController: new LogController({ disableRequestLogging: ctx.config.logLevel !== "debug" }),
    trustProxy: trustProxySetting(),
  }).withTypeProvider<import("fastify-type-provider-zod").ZodTypeProvider>() as unknown as App;

  app.decorate("frontDoor", (door: FrontDoor) => {
    doors.push(door);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send(errorBody("not_found", `no route ${req.method} ${req.url.split("?")[0]}`)),
  );
  app.addHook("onSend", (req, reply, payload, done) => {
    reply.header("x-request-id", req.id);
    done(null, payload);
  });

  await app.register(cookie);
  // Recorded once (SECURITY_HEADERS): @fastify/helmet rebuilt the whole middleware (and re-parsed the
  // CSP) on every request, a measurable share of a cached status page's cost under a rush.
  app.addHook("onRequest", (_req, reply, done) => {
    for (const [name, value] of SECURITY_HEADERS) reply.raw.setHeader(name, value);
    done();
  });
  // Keep exact bytes for routes that check a signature over them.
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (req, body, done) => {
    if (req.routeOptions.config.rawBody) req.rawBody = body as Buffer;
    if ((body as Buffer).length === 0) return done(null, undefined);
    try {
      // NUL and lone surrogates leave here, so every route validates and stores the same clean text.
      done(null, cleanDeep(JSON.parse((body as Buffer).toString("utf8"))));
    } catch {
      const err = new Error("the body is not valid JSON") as Error & { statusCode: number };
      err.statusCode = 400;
      done(err, undefined);
    }
  });
  app.decorateRequest("rawBody", undefined);
  installFormParsers(app);

  const limit = options.publicRateLimit ?? ctx.config.publicRateLimit;
  if (limit > 0) {
    const limits = { public: limit, status: options.statusRateLimit ?? statusRateLimit() };
    statusLimit = limits.status;
    app.addHook("onRoute", (route) => assignBucket(route, limits));
    await app.register(rateLimit, {
      global: true,
      max: limit,
      timeWindow: "1 minute",
      // Only callers without credentials are limited; a signed-in team in a crisis must never be.
      allowList: (req) => req.actor !== null,
      errorResponseBuilder: (_req, c) => tooManyRequests(c.ttl),
    });
  }

  await installOpenApi(app, ctx);

  installAuth(app, ctx);
  // Before idempotency: a refused target is not a request worth remembering.
  installTargetCheck(app);
  installIdempotency(app, ctx);
  const registry = installMetrics(app, ctx.jobs, ctx, options.pace ?? loopPace);
  const duration = registry.getSingleMetric("firebreak_http_request_duration_seconds") as
    | Histogram<"method" | "route" | "status">
    | undefined;
  // Front-door answers are counted like the route's own, so a rush still shows in the metrics.
  // One label set per route and status, not an object and a string per answer of a rush.
  const doorLabels = new Map<string, { method: string; route: string; status: string }>();
  observeDoor = (route, status, seconds) => {
    const key = `${status}${route}`;
    let labels = doorLabels.get(key);
    if (!labels) {
      labels = { method: "GET", route, status: String(status) };
      doorLabels.set(key, labels);
    }
    duration?.observe(labels, seconds);
  };
  await app.register(async (scope) => healthRoutes(scope as App, ctx));
  // Public: generators and gateways fetch it before they hold a token.
  app.get("/api/openapi.json", { config: { access: "public" }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  for (const m of modules) {
    if (m.routes) await app.register(async (scope) => m.routes?.(scope as App, ctx));
  }
  if (options.dashboard !== false) await dashboardRoutes(app);
  return app;
}
