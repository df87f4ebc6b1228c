import { isIP } from "node:net";
import type { RouteOptions } from "fastify";

/**
 * Which bucket a route's requests count against. Callers without credentials share one per-client
 * limit, except:
 * - health probes, never limited: a load balancer that is refused takes a healthy instance out;
 * - the public status page (and its API), with its own generous bucket: in a rush every customer
 *   opens it, and it is served from memory, so it may take far more than the rest of the API.
 */
const HEALTH = new Set(["/healthz", "/readyz"]);
const STATUS_PAGE = /^\/(status(\/|\.json$|$)|api\/v2\/)/;

export interface Limits {
  /** Per client per minute on public routes (FIREBREAK_PUBLIC_RATE_LIMIT). */
  public: number;
  /** Per client per minute on the status page (FIREBREAK_STATUS_RATE_LIMIT). */
  status: number;
}

export const statusRateLimit = (env: NodeJS.ProcessEnv = process.env) =>
  Number(env["FIREBREAK_STATUS_RATE_LIMIT"] ?? 6000);

/** Sets `config.rateLimit` on a route that did not choose its own. Runs before the plugin sees routes. */
export function assignBucket(route: RouteOptions, limits: Limits): void {
  const config = (route.config ?? {}) as { rateLimit?: unknown };
  if (config.rateLimit !== undefined) return;
  const url = route.url ?? "";
  const methods = [route.method].flat();
  if (HEALTH.has(url)) config.rateLimit = false;
  else if (STATUS_PAGE.test(url) && methods.every((m) => m === "GET" || m === "HEAD")) {
    config.rateLimit = limits.status > 0 ? { max: limits.status, timeWindow: "1 minute" } : false;
  }
  (route as { config: unknown }).config = config;
}

/**
 * FIREBREAK_TRUST_PROXY: "true" trusts every proxy (the client is the left-most X-Forwarded-For entry),
 * a number trusts that many hops, a comma-separated list trusts those addresses or CIDRs. Unset: the
 * connection's address is the client, and a header cannot pretend otherwise.
 */
export function trustProxySetting(
  raw = process.env["FIREBREAK_TRUST_PROXY"],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  const v = raw?.trim() ?? "";
  if (!v || v === "false") return false;
  if (v === "true") return true;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    return (_address, hop) => hop < hops;
  }
  const list = v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of list) {
    if (!isIP(entry.split("/")[0] ?? "")) {
      throw new Error(
        `FIREBREAK_TRUST_PROXY: "${entry}" is not an address or CIDR (use true, a hop count or a list)`,
      );
    }
  }
  return list;
}

/** Every 429 says why and when to retry; the plugin has set Retry-After already. */
export function tooManyRequests(ttlMs: number): Error & { statusCode: number } {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  return Object.assign(new Error(`too many requests; retry in ${seconds} s`), { statusCode: 429 });
}
