import { z } from "zod";
import type { BusEvent } from "../app/bus.js";
import type { AppContext } from "../app/context.js";
import { openEventStream } from "../server/sse.js";
import { type App, actorOf } from "../server/types.js";
import {
  crisisOut,
  drillInput,
  eventInput,
  eventOut,
  impactInput,
  keyEventInput,
  linkInput,
  listQuery,
  openInput,
  patchInput,
  roleAssignInput,
  roleIdSchema,
  taskInput,
  taskPatch,
} from "./schema.js";

const tags = ["crises"];
const idParams = z.object({ id: z.string().min(1) });

/** Who is in which room, in this process: shown so the team knows who is watching. */
class Presence {
  private readonly rooms = new Map<string, Map<number, string>>();
  private seq = 0;
  join(room: string, name: string) {
    const id = ++this.seq;
    const members = this.rooms.get(room) ?? new Map<number, string>();
    members.set(id, name);
    this.rooms.set(room, members);
    return id;
  }
  leave(room: string, id: number) {
    const members = this.rooms.get(room);
    members?.delete(id);
    if (members?.size === 0) this.rooms.delete(room);
  }
  /** Distinct names with how many tabs each has open. */
  of(room: string) {
    const counts = new Map<string, number>();
    for (const n of this.rooms.get(room)?.values() ?? []) counts.set(n, (counts.get(n) ?? 0) + 1);
    return [...counts].map(([name, tabs]) => ({ name, tabs })).sort((a, b) => a.name.localeCompare(b.name));
  }
}

export function crisesRoutes(app: App, ctx: AppContext) {
  const crises = ctx.services.crises;
  const presence = new Presence();
  // How often an open room checks for changes made by other processes.
  const pollMs = Number(process.env.FIREBREAK_CRISIS_POLL_MS ?? 5_000);

  app.post(
    "/api/v1/crises",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Open a crisis from a type of the plan",
        body: openInput,
        response: { 201: crisisOut },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const rec = await crises.open(actorOf(req), {
        title: b.title,
        type: b.type,
        severity: b.severity,
        summary: b.summary,
        drill: b.drill,
        startedAt: b.started_at,
        awareAt: b.aware_at,
        personalData: b.personal_data,
        evidence: b.evidence?.map((e) => ({ kind: e.kind, refId: e.ref_id })),
      });
      return reply.status(201).send(rec);
    },
  );

  app.get(
    "/api/v1/crises",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Crises, newest first (status=open for all not yet resolved)",
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(crisisOut), next_cursor: z.string().nullable() }) },
      },
    },
    async (req) => {
      const q = req.query;
      return crises.list(actorOf(req), {
        status: q.status,
        drill: q.drill === undefined ? undefined : q.drill === "true",
        type: q.type,
        timeline: q.timeline === "true",
        limit: q.limit,
        cursor: q.cursor,
      });
    },
  );

  app.get(
    "/api/v1/crises/:id",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "One crisis", params: idParams, response: { 200: crisisOut } },
    },
    async (req) => crises.get(actorOf(req), req.params.id),
  );

  app.patch(
    "/api/v1/crises/:id",
    {
      config: { access: "responder" },
      schema: {
        tags,
        summary: "Change status, severity, title or summary (each change lands on the timeline)",
        params: idParams,
        body: patchInput,
        response: { 200: crisisOut },
      },
    },
    async (req) => crises.update(actorOf(req), req.params.id, req.body),
  );

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
    async (req) =>
      crises.markFirstPublicWord(actorOf(req), req.params.id, req.body.at ?? new Date(), req.body.text),
  );

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

  // Server-sent events: everyone in the room refetches when anything about this crisis changes.
  app.get(
    "/api/v1/crises/:id/stream",
    {
      config: { access: "viewer" },
      schema: { tags, summary: "Live changes to one crisis (text/event-stream)", params: idParams },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = req.params.id;
      await crises.get(actor, id);
      // Read before the first byte goes out: anything after it is news to this viewer.
      let version = await crises.version(actor, id);
      const stream = openEventStream(req, reply, `event: ready\ndata: ${JSON.stringify({ id })}\n`);
      const send = stream.send;
      const room = `${actor.workspaceId}:${id}`;
      const me = presence.join(room, actor.label);
      ctx.bus.publish(actor.workspaceId, "crisis.presence", { id });
      send("presence", { id, people: presence.of(room) });
      const offChange = ctx.bus.subscribe("crisis.changed", (e: BusEvent<{ id: string; reason: string }>) => {
        if (e.workspaceId !== actor.workspaceId || e.data.id !== id) return;
        send("crisis", e.data);
        // Seen here already: the poll below must not announce it a second time.
        void crises
          .version(actor, id)
          .then((v) => {
            version = v;
          })
          .catch(() => undefined);
      });
      const offPresence = ctx.bus.subscribe("crisis.presence", (e: BusEvent<{ id: string }>) => {
        if (e.workspaceId !== actor.workspaceId || e.data.id !== id) return;
        send("presence", { id, people: presence.of(room) });
      });
      // Changes made in another process do not cross the in-process bus: the fingerprint catches them.
      let polling = false;
      const poll = setInterval(() => {
        if (polling) return;
        polling = true;
        crises
          .version(actor, id)
          .then((v) => {
            if (v !== version) {
              version = v;
              send("crisis", { id, reason: "changed" });
            }
          })
          .catch(() => undefined)
          .finally(() => {
            polling = false;
          });
      }, pollMs);
      poll.unref();
      stream.onClose(() => {
        clearInterval(poll);
        offChange();
        offPresence();
        presence.leave(room, me);
        ctx.bus.publish(actor.workspaceId, "crisis.presence", { id });
      });
    },
  );
}
