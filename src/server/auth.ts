import type { FastifyReply, FastifyRequest } from "fastify";
import type { AppContext } from "../app/context.js";
import { roleAtLeast } from "../core/actor.js";
import { errorBody } from "./errors.js";
import type { Access, App } from "./types.js";

export const SESSION_COOKIE = "fb_session";
/** Cookie-authenticated writes must carry this header: a cross-site form cannot set it. */
export const CSRF_HEADER = "x-firebreak-csrf";

export interface RegisteredRoute {
  method: string;
  url: string;
  access: Access;
}

const routeLists = new WeakMap<object, RegisteredRoute[]>();

/** Every route the server registered, with its access level: what the access test walks. */
export const registeredRoutes = (app: object): RegisteredRoute[] => routeLists.get(app) ?? [];

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Secure by default: a route without a declared access level refuses to register, and every
 * non-public route resolves its caller from a bearer token or a session cookie before the handler runs.
 */
export function installAuth(app: App, ctx: AppContext) {
  app.decorateRequest("actor", null);
  app.decorateRequest("sessionSecret", null);

  const seen: RegisteredRoute[] = [];
  routeLists.set(app, seen);
  app.addHook("onRoute", (route) => {
    if (!route.config?.access) {
      throw new Error(`route ${route.method} ${route.url} declares no access level (config.access)`);
    }
    for (const method of [route.method].flat())
      seen.push({ method, url: route.url, access: route.config.access });
  });

  // Public routes (the status page in a rush) pass synchronously, without a promise per request.
  app.addHook("onRequest", (req, reply, done) => {
    const access = req.routeOptions.config.access;
    if (!access || access === "public") return done();
    return authenticate(req, reply, access);
  });
  const authenticate = async (
    req: FastifyRequest,
    reply: FastifyReply,
    access: Exclude<Access, "public">,
  ) => {
    const accounts = ctx.services.accounts;
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
    if (bearer) {
      req.actor = await accounts.resolveToken(bearer);
    } else {
      const secret = req.cookies[SESSION_COOKIE];
      if (secret) {
        req.actor = await accounts.resolveSession(secret);
        req.sessionSecret = req.actor ? secret : null;
        if (req.actor && !SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== "1") {
          return reply
            .status(403)
            .send(errorBody("forbidden", `cookie-authenticated writes need the header ${CSRF_HEADER}: 1`));
        }
      }
    }
    if (!req.actor) {
      return reply
        .status(401)
        .send(errorBody("unauthorized", "log in, or send an API token as 'Authorization: Bearer fbt_…'"));
    }
    if (!roleAtLeast(req.actor.role, access)) {
      return reply
        .status(403)
        .send(errorBody("forbidden", `this needs the ${access} role; you are ${req.actor.role}`));
    }
  };
}
