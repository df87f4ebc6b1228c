import type { IncomingMessage, ServerResponse } from "node:http";
import { LANGS, type Lang } from "../plan/default-plan/index.js";
import { requestIdOf, SECURITY_HEADERS } from "../server/app.js";
import { errorBody } from "../server/errors.js";
import { tooManyRequests } from "../server/limits.js";
import type { FrontDoor } from "../server/types.js";
import { pickLanguage } from "./i18n.js";
import type { Rendered, StatusPages } from "./page.js";

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

/**
 * The query a visit came with, less `lang`, as the browser wrote it: the page's language links keep it.
 * A very long one is dropped (the links then carry `lang` alone, as before).
 */
export function otherParams(url: string): string {
  const q = url.indexOf("?");
  if (q < 0) return "";
  const kept = url
    .slice(q + 1)
    .split("&")
    .filter((p) => p && !/^lang(=|$)/i.test(p))
    .join("&");
  return kept.length <= 300 ? kept : "";
}

const PLAIN = /^\/status(?:\?lang=([A-Za-z-]{1,10}))?$/;
const GZIP = /\bgzip\b/;
const WINDOW_MS = 60_000;

/** The answer's headers that are the same for every visitor of one rendering, as writeHead takes them. */
type Template = { headers: string[]; body: Buffer | null };
/** Where the per-request values go in a template: the last four pairs. */
const PER_REQUEST = ["x-request-id", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"];

/**
 * Headers of one rendering (its etag, language, encoding, logo), built on its first visitor and kept with
 * it: a rush's answers then set four values in place instead of building two dozen headers each.
 */
const templates = new WeakMap<Rendered, Map<string, Template>>();

function templateOf(page: Page, gzip: boolean, notModified: boolean): Template {
  let byKind = templates.get(page.r);
  if (!byKind) {
    byKind = new Map();
    templates.set(page.r, byKind);
  }
  const key = `${page.lang}|${gzip}|${notModified}|${page.ws.brand.logo_url ? 1 : 0}`;
  let t = byKind.get(key);
  if (!t) {
    const headers: string[] = [];
    for (const [name, value] of SECURITY_HEADERS)
      headers.push(
        name,
        name === "content-security-policy" && page.ws.brand.logo_url ? withLogo(value) : value,
      );
    headers.push("content-language", page.lang, "etag", page.r.etag, "cache-control", PAGE_CACHE_CONTROL);
    headers.push("content-type", "text/html; charset=utf-8", "vary", PAGE_VARY);
    const body = notModified ? null : gzip ? page.r.gzip : page.r.body;
    if (gzip && body) headers.push("content-encoding", "gzip");
    if (body) headers.push("content-length", String(body.length));
    for (const name of PER_REQUEST) headers.push(name, "");
    t = { headers, body };
    byKind.set(key, t);
  }
  return t;
}

type Page = NonNullable<ReturnType<StatusPages["peekHtml"]>>;

/**
 * The public page at `/status`, answered from its prebuilt bytes before Fastify's per-request pipeline
 * (request and reply objects, a dozen hooks, schema checks, a child logger): in a rush of visitors that
 * pipeline was most of the 100 µs each answer cost the server, against about 30 µs for writing the
 * same bytes. It answers only what it can answer exactly as the route would: a GET of `/status` (or
 * `?lang=`), a revalidation too (`If-None-Match`: the 304 when it names this rendering), when the page
 * is built and fresh and no proxy is trusted (the client's address is then the connection's).
 * Everything else, a cold or dropped page included, goes to the route, which builds the page for the
 * next visitor. The status page's rate-limit bucket is kept here per address, same size and window.
 */
export function statusFrontDoor(pages: () => StatusPages, trustsProxy: boolean): FrontDoor {
  const clients = new Map<string, { n: number; reset: number }>();
  const door: FrontDoor = (req: IncomingMessage, res: ServerResponse, statusLimit: number) => {
    if (trustsProxy || req.method !== "GET") return false;
    const m = plainMatch(req.url);
    if (!m) return false;
    const accept = req.headers["accept-language"];
    const page = pages().peekHtml((ws) => pageLanguage(m[1], accept, ws.language));
    if (!page) return false;

    const limit = statusLimit > 0 ? counted(clients, req.socket.remoteAddress ?? "", statusLimit) : null;
    if (limit && limit.remaining < 0) {
      tooMany(req, res, page, statusLimit, limit.seconds);
      return "/status";
    }
    const notModified = req.headers["if-none-match"] === page.r.etag;
    const t = templateOf(page, !notModified && GZIP.test(req.headers["accept-encoding"] ?? ""), notModified);
    const h = t.headers;
    const n = h.length;
    // Set in place and written at once: writeHead copies them into the answer before it returns.
    h[n - 7] = requestIdOf(req);
    if (limit) {
      h[n - 5] = String(statusLimit);
      h[n - 3] = String(limit.remaining);
      h[n - 1] = String(limit.seconds);
      res.writeHead(notModified ? 304 : 200, h);
    } else res.writeHead(notModified ? 304 : 200, h.slice(0, n - 6));
    res.end(t.body ?? undefined);
    return "/status";
  };
  // A page browsers keep for 10 s can wait a few ms while ingest classifies a batch (core/pace.ts).
  door.deferrable = (req) => !trustsProxy && req.method === "GET" && plainMatch(req.url) !== null;
  return door;
}

/** `/status` or `/status?lang=xx` (its language in [1]), else null; longer URLs are not read at all. */
const plainMatch = (url: string | undefined) =>
  url !== undefined && url.length <= 24 ? PLAIN.exec(url) : null;

/** The status page's 429, as the route's limit answers it: a message and Retry-After. */
function tooMany(req: IncomingMessage, res: ServerResponse, page: Page, limit: number, seconds: number) {
  const headers: Record<string, string> = {};
  for (const [name, value] of SECURITY_HEADERS) headers[name] = value;
  if (page.ws.brand.logo_url) {
    const csp = headers["content-security-policy"];
    if (csp) headers["content-security-policy"] = withLogo(csp);
  }
  headers["x-ratelimit-limit"] = String(limit);
  headers["x-ratelimit-remaining"] = "0";
  headers["x-ratelimit-reset"] = String(seconds);
  headers["retry-after"] = String(seconds);
  const err = tooManyRequests(seconds * 1000);
  headers["content-type"] = "application/json; charset=utf-8";
  headers["x-request-id"] = requestIdOf(req);
  const body = Buffer.from(JSON.stringify(errorBody("rate_limited", err.message)));
  headers["content-length"] = String(body.length);
  res.writeHead(429, headers).end(body);
}

/**
 * Counts a request in its client's minute: what is left of the limit (below 0 once over it) and the
 * seconds until the window ends.
 */
function counted(
  clients: Map<string, { n: number; reset: number }>,
  address: string,
  limit: number,
): { remaining: number; seconds: number } {
  const now = Date.now();
  let c = clients.get(address);
  if (!c || c.reset <= now) {
    if (clients.size >= 10_000) for (const [k, v] of clients) if (v.reset <= now) clients.delete(k);
    c = { n: 0, reset: now + WINDOW_MS };
    clients.set(address, c);
  }
  c.n++;
  return { remaining: limit - c.n, seconds: Math.max(1, Math.ceil((c.reset - now) / 1000)) };
}
