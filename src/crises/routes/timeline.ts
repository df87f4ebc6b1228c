import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { type App, actorOf } from "../../server/types.js";
import { crisisOut, eventInput, eventOut, keyEventInput } from "../schema.js";
import { idParams, tags } from "./common.js";

/** Notes, decisions, key events and public words on the timeline. */
export function timelineRoutes(app: App, ctx: AppContext) {
  const crises = ctx.services.crises;

  app.post(
    "/api/v1/crises/:id/events",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Add a note to the timeline",
        params: idParams,
        body: eventInput,
        response: { 201: eventOut },
      },
    },
    async (req, reply) => {
      // By hand only notes and decisions; other kinds are written by the domains that own them.
      const kind = req.body.kind === "decision" ? "decision" : "note";
      const e = await crises.addEvent(actorOf(req), req.params.id, {
        kind,
        text: req.body.text,
        keyEvent: req.body.key_event,
      });
      return reply.status(201).send(e);
    },
  );

  app.patch(
    "/api/v1/crises/:id/events/:eventId",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Mark or unmark a key event for the post-mortem",
        params: z.object({ id: z.string(), eventId: z.string() }),
        body: keyEventInput,
      },
    },
    async (req, reply) => {
      await crises.setKeyEvent(actorOf(req), req.params.id, req.params.eventId, req.body.key_event);
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/v1/crises/:id/public-word",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Record a public message given outside Firebreak (moves the first-word and update clocks)",
        params: idParams,
        body: z.object({
          at: z.iso.datetime({ offset: true }).optional(),
          text: z.string().max(2000).optional(),
        }),
        response: { 200: crisisOut },
      },
    },
    async (req) => crises.markFirstPublicWord(actorOf(req), req.params.id, req.body.at, req.body.text),
  );
}
