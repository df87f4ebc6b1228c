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
