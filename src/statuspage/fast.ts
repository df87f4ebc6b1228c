import type { IncomingMessage, ServerResponse } from "node:http";
import { LANGS, type Lang } from "../plan/default-plan/index.js";
import { requestIdOf, SECURITY_HEADERS } from "../server/app.js";
import { errorBody } from "../server/errors.js";
import { tooManyRequests } from "../server/limits.js";
import type { FrontDoor } from "../server/types.js";
import { pickLanguage } from "./i18n.js";
import type { StatusPages } from "./page.js";

/** Short max-age: a rush is served from browser and proxy caches too, yet an update shows within seconds. */
export const PAGE_CACHE_CONTROL = "public, max-age=10, stale-while-revalidate=60";
export const PAGE_VARY = "accept-encoding, accept-language";

/** The shop's logo lives on its own site: its status page alone may show an https image. */
export const withLogo = (csp: string) => csp.replace("img-src 'self' data:", "img-src 'self' data: https:");

// Browsers send a handful of distinct Accept-Language lines: in a rush each is parsed once, not per
// visit. Bounded, so a stream of made-up headers only empties it.
const picked = new Map<string, Lang>();
export function pageLanguage(query: string | undefined, accept: string | undefined, fallback: string): Lang {
  const key = `${query ?? ""}\n${accept ?? ""}\n${fallback}`;
  let lang = picked.get(key);
  if (lang === undefined) {
    if (picked.size >= 500) picked.clear();
    const known = (LANGS as readonly string[]).includes(fallback) ? (fallback as Lang) : "en";
    lang = pickLanguage(query, accept, known);
    picked.set(key, lang);
  }
  return lang;
}

const PLAIN = /^\/status(?:\?lang=([A-Za-z-]{1,10}))?$/;
const GZIP = /\bgzip\b/;
const WINDOW_MS = 60_000;

/**
 * The public page at `/status`, answered from its prebuilt bytes before Fastify's per-request pipeline
 * (request and reply objects, a dozen hooks, schema checks, a child logger): in a rush of visitors that
 * pipeline was most of the 100 µs each answer cost the server, against about 30 µs for writing the
 * same bytes. It answers only what it can answer exactly as the route would: a GET of `/status` (or
 * `?lang=`), without `If-None-Match` (revalidations go the ordinary way and get their 304 there), when
 * the page is built and fresh and no proxy is trusted (the client's address is then the connection's).
 * Everything else, a cold or dropped page included, goes to the route, which builds the page for the
 * next visitor. The status page's rate-limit bucket is kept here per address, same size and window.
 */
export function statusFrontDoor(pages: () => StatusPages, trustsProxy: boolean): FrontDoor {
  const clients = new Map<string, { n: number; reset: number }>();
  return (req: IncomingMessage, res: ServerResponse, statusLimit: number) => {
    if (trustsProxy || req.method !== "GET" || req.headers["if-none-match"] !== undefined) return false;
    const url = req.url ?? "";
    const m = url.length <= 24 ? PLAIN.exec(url) : null;
    if (!m) return false;
    const accept = req.headers["accept-language"];
    const page = pages().peekHtml((ws) => pageLanguage(m[1], accept, ws.language));
    if (!page) return false;

    const headers: Record<string, string> = {};
    for (const [name, value] of SECURITY_HEADERS) headers[name] = value;
    if (page.ws.brand.logo_url) {
      const csp = headers["content-security-policy"];
      if (csp) headers["content-security-policy"] = withLogo(csp);
    }
    if (statusLimit > 0 && !counted(clients, req.socket.remoteAddress ?? "", statusLimit, headers)) {
      const err = tooManyRequests(Number(headers["retry-after"]) * 1000);
      headers["content-type"] = "application/json; charset=utf-8";
      headers["x-request-id"] = requestIdOf(req);
      const body = Buffer.from(JSON.stringify(errorBody("rate_limited", err.message)));
      headers["content-length"] = String(body.length);
      res.writeHead(429, headers).end(body);
      return "/status";
    }
    headers["content-language"] = page.lang;
    headers["etag"] = page.r.etag;
    headers["cache-control"] = PAGE_CACHE_CONTROL;
    headers["content-type"] = "text/html; charset=utf-8";
    headers["vary"] = PAGE_VARY;
    const gzip = GZIP.test(req.headers["accept-encoding"] ?? "");
    if (gzip) headers["content-encoding"] = "gzip";
    headers["x-request-id"] = requestIdOf(req);
    const body = gzip ? page.r.gzip : page.r.body;
    headers["content-length"] = String(body.length);
    res.writeHead(200, headers).end(body);
    return "/status";
  };
}

/** Counts a request in its client's minute; false once over the limit. Sets the limit's headers. */
function counted(
  clients: Map<string, { n: number; reset: number }>,
  address: string,
  limit: number,
  headers: Record<string, string>,
): boolean {
  const now = Date.now();
  let c = clients.get(address);
  if (!c || c.reset <= now) {
    if (clients.size >= 10_000) for (const [k, v] of clients) if (v.reset <= now) clients.delete(k);
    c = { n: 0, reset: now + WINDOW_MS };
    clients.set(address, c);
  }
  c.n++;
  const seconds = Math.max(1, Math.ceil((c.reset - now) / 1000));
  headers["x-ratelimit-limit"] = String(limit);
  headers["x-ratelimit-remaining"] = String(Math.max(0, limit - c.n));
  headers["x-ratelimit-reset"] = String(seconds);
  if (c.n <= limit) return true;
  headers["retry-after"] = String(seconds);
  return false;
}
