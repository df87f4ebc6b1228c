import type { AppContext } from "../app/context.js";
import type { DomainModule } from "../app/module.js";
import { demoCases } from "./demo.js";
import { startSmtpListener } from "./inbound.js";
import { casesRoutes } from "./routes/index.js";
import { BATCH_QUEUE, CRISIS_QUEUE, createCasesService, mentionBatchOf } from "./service.js";

// Per context: tests run several apps in one process.
const running = new WeakMap<AppContext, { unsubscribe(): void; listener?: { close(): Promise<void> } }>();

export const casesModule: DomainModule = {
  name: "cases",
  setup(ctx) {
    ctx.services.cases = createCasesService(ctx);
    // Every batch of new mentions that holds candidates or copies queues ONE job in the ingest
    // transaction: it commits with the mentions or not at all, and any worker process runs it.
    const offIngest = ctx.services.listening.onIngest(async (trx, workspaceId, mentions) => {
      const job = mentionBatchOf(mentions);
      if (!job) return;
      await ctx.jobs.enqueue(
        BATCH_QUEUE,
        { workspaceId, ...job },
        // Mention ids are unique, so the batch's first new mention names the batch for good.
        { key: `case-batch:${mentions[0]?.id}` },
        trx,
      );
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
        offIngest();
        offCrisis();
      },
    });
  },
  routes: casesRoutes,
  async start(ctx) {
    const raw = process.env["FIREBREAK_CASES_SMTP_PORT"]?.trim();
    if (!raw) return;
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`FIREBREAK_CASES_SMTP_PORT must be a port number from 0 to 65535, got "${raw}"`);
    const host = process.env["FIREBREAK_CASES_SMTP_HOST"]?.trim() || "127.0.0.1";
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
