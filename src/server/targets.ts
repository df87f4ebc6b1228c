import { invalid } from "../core/errors.js";
import { hostOfServer, refusalAfterDns } from "../core/outbound.js";
import type { App } from "./types.js";

/**
 * Routes that save where Firebreak will send requests: monitors (and provider pages, a monitor type),
 * feeds, webhook endpoints, alert channels, the reply and refund webhooks. Their schemas refuse literal
 * internal addresses; this adds the check after DNS, which a synchronous schema cannot do, so a name
 * that resolves to 127.0.0.1 is refused with a 400 naming its field when it is saved, not only when a
 * connection is refused later. Listed here rather than flagged on each route so one place says which.
 */
export const TARGET_ROUTES: readonly string[] = [
  "POST /api/v1/monitors",
  "PATCH /api/v1/monitors/:id",
  "POST /api/v1/sources",
  "POST /api/v1/webhooks",
  "POST /api/v1/alert-rules",
  "PATCH /api/v1/alert-rules/:id",
  "PUT /api/v1/cases/policy",
];

/** The fields that name a target, and how to get the host from each. */
const HOST_OF: Record<string, (v: string) => string | null> = {
  url: (v) => {
    try {
      return new URL(v).hostname;
    } catch {
      return null;
    }
  },
  host: (v) => v,
  dns_server: (v) => hostOfServer(v),
};

/** Every target named in a body, with the path a client can find it at (`config.url`, `channels.1.url`). */
export function targetsIn(value: unknown, path: string[] = []): { field: string; host: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => targetsIn(v, [...path, String(i)]));
  if (!value || typeof value !== "object") return [];
  const out: { field: string; host: string }[] = [];
  for (const [k, v] of Object.entries(value)) {
    const hostOf = HOST_OF[k];
    if (typeof v === "string" && hostOf) {
      const host = hostOf(v);
      if (host) out.push({ field: [...path, k].join("."), host });
    } else {
      out.push(...targetsIn(v, [...path, k]));
    }
  }
  return out;
}

export function installTargetCheck(app: App) {
  const routes = new Set(TARGET_ROUTES);
  // After validation (the body is the parsed one) and before the handler writes anything.
  // Synchronous for every other route: an async hook costs a promise and a microtask per request.
  app.addHook("preHandler", (req, _reply, done) => {
    if (!routes.has(`${req.method} ${req.routeOptions.url}`)) return done();
    return check(req.body);
  });
  const check = async (body: unknown) => {
    const targets = targetsIn(body).slice(0, 50);
    const reasons = await Promise.all(targets.map((t) => refusalAfterDns(t.host)));
    const i = reasons.findIndex((r) => r !== null);
    const t = targets[i];
    if (t) throw invalid(`${t.field}: ${reasons[i]}`, t.field);
  };
}
