import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { type App, actorOf } from "../server/types.js";
import { contactZoneRoutes } from "./contact-zone-route.js";
import {
  auditList,
  contactEvents,
  contactsImportOut,
  crisisTypeSchema,
  kindSchema,
  langSchema,
  MESSAGE_STATUSES,
  messageInput,
  messageList,
  messageOut,
  messagePatch,
  remindersOut,
  segmentsOut,
  sendInput,
  sendOut,
  statusPagePreviewOut,
  templateBody,
  templateList,
  templateOut,
  templateParams,
  toneOut,
} from "./schema.js";
import { unsubscribeRoutes } from "./unsubscribe-routes.js";

const tags = ["messages"];
const idParams = z.object({ id: z.string().min(1).max(100) });
const page = {
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  cursor: z.string().max(100).optional(),
};
const R = { access: "responder" as const };
const V = { access: "viewer" as const };

export function commsRoutes(app: App, ctx: AppContext) {
  templateRoutes(app, ctx);
  messageRoutes(app, ctx);
  messageSendRoutes(app, ctx);
  audienceRoutes(app, ctx);
  unsubscribeRoutes(app, ctx);
  contactZoneRoutes(app, ctx);
}

/** Templates: read, replace and reset to the shipped one. */
function templateRoutes(app: App, ctx: AppContext) {
  const svc = () => ctx.services.comms;

  // ---- templates ------------------------------------------------------------------------------------
  app.get(
    "/api/v1/comms/templates",
    {
      config: V,
      schema: {
        tags,
        summary: "Templates in effect (shipped, or the workspace's edit), filtered",
        querystring: z.object({
          kind: kindSchema.optional(),
          crisis_type: crisisTypeSchema.optional(),
          language: langSchema.optional(),
        }),
        response: { 200: templateList },
      },
    },
    async (req) => ({ items: await svc().templates(actorOf(req), req.query), next_cursor: null }),
  );
  app.put(
    "/api/v1/comms/templates/:kind/:crisis_type/:language",
    {
      config: R,
      schema: {
        tags,
        summary: "Edit a template for this workspace (Liquid)",
        params: templateParams,
        body: templateBody,
        response: { 200: templateOut },
      },
    },
    async (req) => svc().putTemplate(actorOf(req), req.params, req.body),
  );
  app.delete(
    "/api/v1/comms/templates/:kind/:crisis_type/:language",
    {
      config: R,
      schema: {
        tags,
        summary: "Back to the shipped template",
        params: templateParams,
        response: { 200: templateOut },
      },
    },
    async (req) => svc().resetTemplate(actorOf(req), req.params),
  );
}

/** Messages: draft, edit and the review steps before a send. */
function messageRoutes(app: App, ctx: AppContext) {
  const svc = () => ctx.services.comms;

  // ---- messages -------------------------------------------------------------------------------------
  app.post(
    "/api/v1/comms/messages",
    {
      config: R,
      schema: {
        tags,
        summary: "Start a draft (from the template unless a body is given)",
        body: messageInput,
      },
    },
    async (req, reply) => reply.status(201).send(await svc().create(actorOf(req), req.body)),
  );
  app.get(
    "/api/v1/comms/messages",
    {
      config: V,
      schema: {
        tags,
        summary: "Messages, newest first",
        querystring: z.object({
          crisis_id: z.string().max(100).optional(),
          status: z.enum(MESSAGE_STATUSES).optional(),
          ...page,
        }),
        response: { 200: messageList },
      },
    },
    async (req) => svc().list(actorOf(req), req.query),
  );
  app.get(
    "/api/v1/comms/messages/:id",
    {
      config: V,
      schema: {
        tags,
        summary: "A message with its preview and tone check",
        params: idParams,
        response: { 200: messageOut },
      },
    },
    async (req) => svc().get(actorOf(req), req.params.id),
  );
  app.patch(
    "/api/v1/comms/messages/:id",
    {
      config: R,
      schema: {
        tags,
        summary: "Edit a draft (voids an approval)",
        params: idParams,
        body: messagePatch,
        response: { 200: messageOut },
      },
    },
    async (req) => svc().edit(actorOf(req), req.params.id, req.body),
  );
  for (const action of ["submit", "approve", "cancel"] as const) {
    app.post(
      `/api/v1/comms/messages/:id/${action}`,
      {
        config: R,
        schema: {
          tags,
          summary:
            action === "submit"
              ? "Ask for review"
              : action === "approve"
                ? "Approve (the plan says who may)"
                : "Cancel",
          params: idParams,
          response: { 200: messageOut },
        },
      },
      async (req) => svc()[action](actorOf(req), req.params.id),
    );
  }
  app.post(
    "/api/v1/comms/messages/:id/reject",
    {
      config: R,
      schema: {
        tags,
        summary: "Send back to draft with a reason",
        params: idParams,
        body: z.object({ reason: z.string().trim().min(1).max(2000) }),
        response: { 200: messageOut },
      },
    },
    async (req) => svc().reject(actorOf(req), req.params.id, req.body.reason),
  );
}

/** Sending a message, its status-page preview, and the audit log of everything done to messages. */
function messageSendRoutes(app: App, ctx: AppContext) {
  const svc = () => ctx.services.comms;

  app.post(
    "/api/v1/comms/messages/:id/send",
    {
      config: R,
      schema: {
        tags,
        summary: "Send through e-mail (a segment), the status page, a signed webhook, or mark copied",
        params: idParams,
        body: sendInput,
        response: { 200: sendOut },
      },
    },
    async (req) => svc().send(actorOf(req), req.params.id, req.body),
  );
  app.get(
    "/api/v1/comms/messages/:id/status-page-preview",
    {
      config: V,
      schema: {
        tags,
        summary: "What sending the message to the status page would change there, to confirm first",
        params: idParams,
        querystring: z.object({
          status: z.enum(["investigating", "identified", "monitoring", "resolved"]).optional(),
          lang: langSchema.optional(),
        }),
        response: { 200: statusPagePreviewOut },
      },
    },
    async (req) =>
      svc().statusPagePreview(actorOf(req), req.params.id, {
        status: req.query.status,
        language: req.query.lang,
      }),
  );
  app.get(
    "/api/v1/comms/audit",
    {
      config: V,
      schema: {
        tags,
        summary: "The append-only audit log, newest first",
        querystring: z.object({ message_id: z.string().max(100).optional(), ...page }),
        response: { 200: auditList },
      },
    },
    async (req) => svc().audit(actorOf(req), req.query),
  );
}

/** Tone checks, reminders, segments, the customer list and its public unsubscribe pages. */
function audienceRoutes(app: App, ctx: AppContext) {
  const svc = () => ctx.services.comms;

  app.post(
    "/api/v1/comms/tone",
    {
      config: V,
      schema: {
        tags,
        summary: "Tone check of any text",
        body: z.object({
          text: z.string().max(20_000),
          language: langSchema,
          expect_apology: z.boolean().optional(),
          expect_next_step: z.boolean().optional(),
        }),
        response: { 200: toneOut },
      },
    },
    async (req) =>
      svc().tone(req.body.text, req.body.language, {
        expectApology: req.body.expect_apology ?? false,
        expectNextStep: req.body.expect_next_step ?? false,
      }),
  );
  app.get(
    "/api/v1/comms/reminders",
    {
      config: V,
      schema: {
        tags,
        summary: "Open crises whose public update is overdue",
        response: { 200: remindersOut },
      },
    },
    async (req) => ({ items: await svc().reminders.overdue(actorOf(req).workspaceId), next_cursor: null }),
  );

  // ---- audiences ------------------------------------------------------------------------------------
  app.get(
    "/api/v1/comms/segments",
    {
      config: V,
      schema: { tags, summary: "How many customers each segment reaches", response: { 200: segmentsOut } },
    },
    async (req) => svc().segments(actorOf(req)),
  );
  app.post(
    "/api/v1/comms/contacts/events",
    {
      config: R,
      schema: {
        tags,
        summary: "Shop events (order placed, paid, shipped) that keep segments current",
        body: contactEvents,
      },
    },
    async (req, reply) =>
      reply.status(202).send(await svc().contacts.applyEvents(actorOf(req), req.body.events)),
  );
  app.register(async (scoped: App) => {
    scoped.addContentTypeParser(
      "text/csv",
      { parseAs: "string", bodyLimit: 50 * 1024 * 1024 },
      (_r, body, done) => done(null, { csv: body as string }),
    );
    scoped.post(
      "/api/v1/comms/contacts/import",
      {
        config: { access: "admin" },
        bodyLimit: 50 * 1024 * 1024,
        schema: {
          tags,
          summary:
            "Import customers from CSV (text/csv, or JSON {csv}); columns email, name, language, last_order_at, paid_at, shipped_at",
          body: z.object({ csv: z.string().min(1) }),
          response: { 200: contactsImportOut },
        },
      },
      async (req) => svc().contacts.importCsv(actorOf(req), req.body.csv),
    );
  });
}
