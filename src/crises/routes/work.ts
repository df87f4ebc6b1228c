import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { type App, actorOf } from "../../server/types.js";
import {
  crisisOut,
  drillInput,
  impactInput,
  linkInput,
  roleAssignInput,
  roleIdSchema,
  taskInput,
  taskPatch,
} from "../schema.js";
import { idParams, tags } from "./common.js";

/** Tasks, roles, links, impact and drills: the work in the room. */
export function workRoutes(app: App, ctx: AppContext) {
  const crises = ctx.services.crises;

  taskRoutes(app, ctx);

  app.post(
    "/api/v1/crises/:id/links",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Link an alert, mention, monitor or case",
        params: idParams,
        body: linkInput,
        response: { 200: crisisOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await crises.link(actor, req.params.id, {
        kind: req.body.kind,
        refId: req.body.ref_id,
        note: req.body.note,
      });
      return crises.get(actor, req.params.id);
    },
  );

  app.delete(
    "/api/v1/crises/:id/links/:linkId",
    {
      config: { access: "responder" },
      schema: { tags, summary: "Remove a link", params: z.object({ id: z.string(), linkId: z.string() }) },
    },
    async (req, reply) => {
      await crises.unlink(actorOf(req), req.params.id, req.params.linkId);
      return reply.status(204).send();
    },
  );

  app.put(
    "/api/v1/crises/:id/impact",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Business impact (money in minor units); mode add adds, set replaces",
        params: idParams,
        body: impactInput,
        response: { 200: crisisOut },
      },
    },
    async (req) => {
      const { mode, ...values } = req.body;
      const actor = actorOf(req);
      return mode === "add"
        ? crises.recordImpact(actor, req.params.id, values)
        : crises.setImpact(actor, req.params.id, values);
    },
  );

  app.post(
    "/api/v1/drills",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Start a drill from a crisis type",
        body: drillInput,
        response: { 201: crisisOut },
      },
    },
    async (req, reply) => reply.status(201).send(await crises.startDrill(actorOf(req), req.body)),
  );
}

/** Tasks and roles: who does what by when. */
function taskRoutes(app: App, ctx: AppContext) {
  const crises = ctx.services.crises;

  app.post(
    "/api/v1/crises/:id/tasks",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Add a task",
        params: idParams,
        body: taskInput,
        response: { 201: crisisOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(
        await crises.addTask(actorOf(req), req.params.id, {
          title: req.body.title,
          role: req.body.role,
          dueMinutes: req.body.due_minutes,
          dueAt: req.body.due_at,
        }),
      ),
  );

  app.patch(
    "/api/v1/crises/:id/tasks/:taskId",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Update a task (done, skipped, reopened, reassigned)",
        params: z.object({ id: z.string(), taskId: z.string() }),
        body: taskPatch,
        response: { 200: crisisOut },
      },
    },
    async (req) => crises.updateTask(actorOf(req), req.params.id, req.params.taskId, req.body),
  );

  app.put(
    "/api/v1/crises/:id/roles/:role",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Fill a role or hand it over (user_id null frees it)",
        params: z.object({ id: z.string(), role: roleIdSchema }),
        body: roleAssignInput,
        response: { 200: crisisOut },
      },
    },
    async (req) => crises.assignRole(actorOf(req), req.params.id, req.params.role, req.body.user_id),
  );
}
