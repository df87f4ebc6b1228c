import type { AppContext } from "../app/context.js";
import type { DomainModule } from "../app/module.js";
import type { MentionOut } from "../listening/schema.js";
import { demoCases } from "./demo.js";
import { startSmtpListener } from "./inbound.js";
import { casesRoutes } from "./routes.js";
import { CRISIS_QUEUE, createCasesService, RULE_QUEUE, SPREAD_QUEUE } from "./service.js";

// Per context: tests run several apps in one process.
const running = new WeakMap<AppContext, { unsubscribe(): void; listener?: { close(): Promise<void> } }>();

export const casesModule: DomainModule = {
  name: "cases",
  setup(ctx) {
    ctx.services.cases = createCasesService(ctx);
    // Mentions that may open a case (a rule) or belong to a customer's case go through a job, keyed by
    // mention, so a rule runs once per mention however many processes hear the event.
    const unsubscribe = ctx.bus.subscribe<{ mentions: MentionOut[] }>("mention.created", (e) => {
      const candidates = e.data.mentions.filter(
        (m) => m.duplicate_of === null && (m.complaint || m.sentiment === "negative"),
      );
      // Copies and reposts: a case about the original is spreading.
      for (const m of e.data.mentions) {
        if (!m.duplicate_of) continue;
        void ctx.jobs
          .enqueue(
            SPREAD_QUEUE,
            { workspaceId: e.workspaceId, originalId: m.duplicate_of, mentionId: m.id },
            { key: `case-spread:${m.id}` },
          )
          .catch((err) => ctx.log.warn({ err }, "case spread not queued"));
      }
      for (const m of candidates) {
        void ctx.jobs
          .enqueue(RULE_QUEUE, { workspaceId: e.workspaceId, mentionId: m.id }, { key: `case-rule:${m.id}` })
          .catch((err) => ctx.log.warn({ err }, "case rule not queued"));
      }
    });
    // A crisis opened after its complaints: gather the open cases that share its cause.
    const offCrisis = ctx.bus.subscribe<{ id: string }>("crisis.opened", (e) => {
      void ctx.jobs
        .enqueue(
          CRISIS_QUEUE,
          { workspaceId: e.workspaceId, crisisId: e.data.id },
          { key: `case-crisis:${e.data.id}` },
        )
        .catch((err) => ctx.log.warn({ err }, "case linking not queued"));
    });
    running.set(ctx, {
      unsubscribe: () => {
        unsubscribe();
        offCrisis();
      },
    });
  },
  routes: casesRoutes,
  async start(ctx) {
    const raw = process.env.FIREBREAK_CASES_SMTP_PORT?.trim();
    if (!raw) return;
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`FIREBREAK_CASES_SMTP_PORT must be a port number from 0 to 65535, got "${raw}"`);
    const host = process.env.FIREBREAK_CASES_SMTP_HOST?.trim() || "127.0.0.1";
    let listener: { close(): Promise<void> };
    try {
      listener = await startSmtpListener(ctx, port, host);
    } catch (err) {
      // Several workers on one host: one holds the mailbox, the others go on without it.
      if ((err as NodeJS.ErrnoException).code !== "EADDRINUSE") throw err;
      ctx.log.warn({ port, host }, "case mailbox port in use (another worker listens); going on without it");
      return;
    }
    const r = running.get(ctx);
    if (r) r.listener = listener;
  },
  demo: demoCases,
  async stop(ctx) {
    const r = running.get(ctx);
    r?.unsubscribe();
    await r?.listener?.close();
    running.delete(ctx);
  },
};
