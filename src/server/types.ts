import type { IncomingMessage, ServerResponse } from "node:http";
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Actor, Role } from "../core/actor.js";

/** Who may call a route: anyone (public) or at least the given role. Every route must say. */
export type Access = "public" | Role;

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
    /** Raw body kept as a Buffer, for routes that verify a signature over the exact bytes. */
    rawBody?: boolean;
  }
  interface FastifyRequest {
    /** Set for every route whose access is not public; null only on public routes. */
    actor: Actor | null;
    sessionSecret: string | null;
    rawBody: Buffer | undefined;
  }
}

/**
 * A request answered before Fastify's per-request pipeline (see app.ts): the route it answered for (as
 * the request metrics name it), or false to leave it to Fastify. `statusLimit`: requests per minute per client on the status page (0:
 * no limit), the same bucket size Fastify's rate limiter gives those routes.
 */
export type FrontDoor = ((
  req: IncomingMessage,
  res: ServerResponse,
  statusLimit: number,
) => string | false) & {
  /** Whether this request's answer may wait a few ms while ingest classifies (see core/pace.ts). */
  deferrable?: (req: IncomingMessage) => boolean;
};

declare module "fastify" {
  interface FastifyInstance {
    /** Adds a front-door answer (see FrontDoor); only the listening server uses them, never inject(). */
    frontDoor(answer: FrontDoor): void;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** The authenticated actor of a non-public route (the auth hook guarantees it). */
export function actorOf(req: { actor: Actor | null }): Actor {
  if (!req.actor) throw new Error("actorOf() called on a public route");
  return req.actor;
}
