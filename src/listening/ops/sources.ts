import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { conflict, notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { openSecret, sealSecret } from "../../core/secrets.js";
import { newWebhookSecret } from "../../webhooks/signing.js";
import { listeningStore as store } from "../store.js";
import type { ListeningSourcesTable } from "../tables.js";
import { toSourceOut } from "./out.js";

export const FEED_QUEUE = "listening.poll";

export type SourceInput =
  | { name: string; type: "feed"; url: string; interval_s: number }
  | { name: string; type: "webhook" };

/** Feeds we poll and webhooks that push to us. */
export function createSourceOps(ctx: AppContext) {
  const db = ctx.db;
  return {
    async createSource(actor: Actor, input: SourceInput) {
      if (await store.sourceByName(db, actor.workspaceId, input.name)) {
        throw conflict("a source with this name exists", "name");
      }
      const now = ctx.clock.now().toISOString();
      const row: ListeningSourcesTable = {
        id: newId(),
        workspace_id: actor.workspaceId,
        name: input.name,
        type: input.type,
        url: input.type === "feed" ? input.url : null,
        interval_s: input.type === "feed" ? input.interval_s : 0,
        secret: input.type === "webhook" ? sealSecret(newWebhookSecret()) : null,
        etag: null,
        last_modified: null,
        last_polled_at: null,
        next_poll_at: input.type === "feed" ? now : null,
        last_error: null,
        error_count: 0,
        last_new: 0,
        created_at: now,
      };
      await db.transaction().execute(async (trx) => {
        await store.insertSource(trx, row);
        if (row.type === "feed") {
          await ctx.jobs.enqueue(
            FEED_QUEUE,
            { sourceId: row.id },
            { key: `${row.id}@${now}`, runAt: new Date(now) },
            trx,
          );
        }
      });
      const out = toSourceOut(row, ctx.config.publicUrl);
      return row.secret ? { ...out, secret: openSecret(row.secret) } : out;
    },

    async listSources(actor: Actor) {
      return (await store.sourcesOf(db, actor.workspaceId)).map((r) => toSourceOut(r, ctx.config.publicUrl));
    },

    async getSource(actor: Actor, id: string) {
      const row = await store.sourceById(db, id);
      if (!row || row.workspace_id !== actor.workspaceId) throw notFound("source");
      return toSourceOut(row, ctx.config.publicUrl);
    },

    async deleteSource(actor: Actor, id: string) {
      const r = await store.deleteSource(db, actor.workspaceId, id);
      if (!r.numDeletedRows) throw notFound("source");
    },

    /** The source behind an inbound webhook, with its secret; internal use only. */
    sourceForInbound: async (id: string) => {
      const row = await store.sourceById(db, id);
      return row?.secret ? { ...row, secret: openSecret(row.secret) } : row;
    },
  };
}
