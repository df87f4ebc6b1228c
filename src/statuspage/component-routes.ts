import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { type App, actorOf } from "../server/types.js";
import { componentCreate, componentOrder, componentOut, componentPatch } from "./schema.js";

const idParams = z.object({ id: z.string().min(1).max(64) });
const list = z.object({ items: z.array(componentOut), next_cursor: z.null() });

/**
 * The shop's own status page components (see ./components.ts). Anyone on the team reads them; changing
 * what the public page lists is an admin's call. A component's state stays `PUT …/components/{id}`.
 */
export function componentRoutes(app: App, ctx: AppContext, tags: string[]) {
  const svc = () => ctx.services.statuspage.components;
  app.get(
    "/api/v1/status/components",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "The status page's components and groups, in the order the page shows them",
        response: { 200: list },
      },
    },
    async (req) => ({ items: await svc().list(actorOf(req).workspaceId), next_cursor: null }),
  );
  app.post(
    "/api/v1/status/components",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Add a component, or a group (`group: true`), named in every language the shop speaks",
        body: componentCreate,
        response: { 201: componentOut },
      },
    },
    async (req, reply) => reply.status(201).send(await svc().create(actorOf(req), req.body)),
  );
  app.put(
    "/api/v1/status/components/order",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Order components: positions 1, 2, 3… in the order of `ids`",
        body: componentOrder,
        response: { 200: list },
      },
    },
    async (req) => ({ items: await svc().reorder(actorOf(req), req.body.ids), next_cursor: null }),
  );
  app.patch(
    "/api/v1/status/components/:id",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Rename a component, move it into or out of a group, or set its position",
        params: idParams,
        body: componentPatch,
        response: { 200: componentOut },
      },
    },
    async (req) => svc().update(actorOf(req), req.params.id, req.body),
  );
  app.delete(
    "/api/v1/status/components/:id",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Remove a component (a removed group's components move to the top level)",
        params: idParams,
      },
    },
    async (req, reply) => {
      await svc().remove(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
