import { z } from "zod";
import { TOPICS } from "../nlp/index.js";
import { type App, actorOf } from "../server/types.js";
import { mentionOut, SENTIMENTS } from "./schema.js";
import type { ListeningService } from "./service.js";

const tags = ["listening"];
const idParams = z.object({ id: z.string().min(1).max(64) });

export const correctionBody = z.object({
  sentiment: z.enum(SENTIMENTS).optional(),
  complaint: z.boolean().optional(),
  topics: z.array(z.enum(TOPICS)).max(TOPICS.length).optional(),
});

const correctionOut = z.object({
  actor: z.string(),
  at: z.string(),
  sentiment: z.enum(SENTIMENTS).nullable(),
  complaint: z.boolean().nullable(),
  topics: z.array(z.string()).nullable(),
});

/** Corrections of a mention's reading: each one is a training label for the workspace's classifier. */
export function labelRoutes(app: App, listening: ListeningService) {
  app.patch(
    "/api/v1/mentions/:id",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Correct a mention's sentiment, complaint or topics; the correction is kept as a label",
        params: idParams,
        body: correctionBody,
        response: { 200: mentionOut },
      },
    },
    async (req) => listening.correct(actorOf(req), req.params.id, req.body),
  );

  app.get(
    "/api/v1/mentions/:id/corrections",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Who corrected a mention, when, and what they set; newest first",
        params: idParams,
        response: { 200: z.object({ items: z.array(correctionOut), next_cursor: z.null() }) },
      },
    },
    async (req) => {
      const ws = actorOf(req).workspaceId;
      await listening.get(ws, req.params.id);
      return { items: await listening.corrections(ws, req.params.id), next_cursor: null };
    },
  );
}
