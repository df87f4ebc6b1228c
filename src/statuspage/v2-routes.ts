import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { notFound } from "../core/errors.js";
import { closedJson } from "../core/text.js";
import { LANGS, type Lang } from "../plan/default-plan/index.js";
import type { App } from "../server/types.js";
import { pickLanguage } from "./i18n.js";
import type { Snapshot } from "./model.js";
import { renderV2, V2_DOCUMENTS, type V2Document } from "./v2.js";
import { V2_RESPONSES } from "./v2-schema.js";

const tags = ["status page"];
// Lenient like the page: "de-CH" or an unknown code falls back instead of failing a reader.
const langQuery = z.object({ lang: z.string().max(10).optional() });
const slugParams = z.object({ slug: z.string().min(1).max(100) });

interface Rendered {
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

const SUMMARIES: Record<V2Document, string> = {
  summary: "Statuspage v2: page, components, unresolved incidents, maintenance and overall status",
  status: "Statuspage v2: the overall status indicator",
  components: "Statuspage v2: components and their status",
  incidents: "Statuspage v2: the 50 latest incidents (and every open one) with their updates",
  "incidents/unresolved": "Statuspage v2: incidents not yet resolved",
  "scheduled-maintenances": "Statuspage v2: upcoming, active and completed maintenance (the 50 latest)",
};

/**
 * Atlassian Statuspage's public API v2 over the same snapshot as the page: the renderings are kept per
 * snapshot, which the page service drops on every change and after its short TTL, so these documents
 * are exactly as fresh as the HTML page and cost one render per language per change.
 */
export function statusV2Routes(app: App, ctx: AppContext) {
  const pages = () => ctx.services.statuspage.pages;
  const rendered = new WeakMap<Snapshot, Map<string, Rendered>>();
  const zones = new Map<string, string>();

  async function timeZone(workspaceId: string): Promise<string> {
    const hit = zones.get(workspaceId);
    if (hit) return hit;
    const ws = await ctx.services.accounts.workspace(workspaceId);
    zones.set(workspaceId, ws.timezone);
    return ws.timezone;
  }

  async function render(doc: V2Document, workspaceId: string, lang: Lang): Promise<Rendered> {
    const snapshot = await pages().snapshot(workspaceId);
    let perSnapshot = rendered.get(snapshot);
    if (!perSnapshot) {
      perSnapshot = new Map();
      rendered.set(snapshot, perSnapshot);
    }
    const key = `${doc}|${lang}`;
    const hit = perSnapshot.get(key);
    if (hit) return hit;
    const page = { id: workspaceId, time_zone: await timeZone(workspaceId) };
    // Every string closed (`closedJson`): a title stored before the edge closed its override would run on.
    const body = Buffer.from(closedJson(renderV2(doc, { snapshot, page, lang })));
    const out = {
      body,
      gzip: gzipSync(body),
      etag: `"${createHash("sha1").update(body).digest("base64url")}"`,
    };
    perSnapshot.set(key, out);
    return out;
  }

  async function answer(doc: V2Document, req: FastifyRequest, reply: FastifyReply, slug?: string) {
    const ws = await pages().workspace(slug);
    if (!ws) throw notFound("status page");
    const fallback = (LANGS as readonly string[]).includes(ws.language) ? (ws.language as Lang) : "en";
    // Readers of this API are programs: the page's language unless `?lang=` asks for another.
    const lang = pickLanguage((req.query as { lang?: string }).lang, undefined, fallback);
    const r = await render(doc, ws.id, lang);
    reply
      .header("etag", r.etag)
      .header("cache-control", "public, max-age=10, stale-while-revalidate=60")
      .header("content-type", "application/json; charset=utf-8")
      .header("content-language", lang)
      // Widgets on other sites read these from the browser, as they do Statuspage's.
      .header("access-control-allow-origin", "*")
      .header("vary", "accept-encoding");
    if (req.headers["if-none-match"] === r.etag) return reply.status(304).send();
    if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? ""))
      return reply.header("content-encoding", "gzip").send(r.gzip);
    return reply.send(r.body);
  }

  for (const doc of V2_DOCUMENTS) {
    const response = { 200: V2_RESPONSES[doc], 304: z.null().describe("Not modified (ETag matched)") };
    app.get(
      `/api/v2/${doc}.json`,
      {
        config: { access: "public" },
        schema: { tags, summary: SUMMARIES[doc], querystring: langQuery, response },
      },
      (req, reply) => answer(doc, req, reply),
    );
    app.get(
      `/status/:slug/api/v2/${doc}.json`,
      {
        config: { access: "public" },
        schema: {
          tags,
          summary: `${SUMMARIES[doc]} (a given workspace)`,
          params: slugParams,
          querystring: langQuery,
          response,
        },
      },
      (req, reply) => answer(doc, req, reply, req.params.slug),
    );
  }
}
