import type { BusEvent } from "../../app/bus.js";
import type { AppContext } from "../../app/context.js";
import { openEventStream } from "../../server/sse.js";
import { type App, actorOf } from "../../server/types.js";
import { idParams, tags } from "./common.js";

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

export function streamRoutes(app: App, ctx: AppContext) {
  const crises = ctx.services.crises;
  const presence = new Presence();
  // How often an open room checks for changes made by other processes.
  const pollMs = Number(process.env["FIREBREAK_CRISIS_POLL_MS"] ?? 5_000);

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
