import type { Kysely } from "kysely";
import type { Database } from "../app/database.js";
import type { DomainModule } from "../app/module.js";
import { classifierRoutes } from "./routes.js";
import { CHECK_QUEUE, createClassifierService, RECLASSIFY_QUEUE } from "./service.js";

/** New labels within this share one check: a busy import does not queue a check per batch. */
const CHECK_EVERY_MS = 60_000;

export const classifierModule: DomainModule = {
  name: "classifier",
  setup(ctx) {
    const classifier = createClassifierService(ctx);
    ctx.services.classifier = classifier;
    const listening = ctx.services.listening;
    listening.provideModels(classifier.modelOf);
    ctx.jobs.register<{ workspaceId: string }>(
      CHECK_QUEUE,
      async (p) => {
        await classifier.checkLabels(p);
      },
      { concurrency: 1, maxAttempts: 3, leaseMs: 10 * 60_000 },
    );
    ctx.jobs.register(RECLASSIFY_QUEUE, classifier.reclassifyBatch, { concurrency: 1, maxAttempts: 5 });
    // One check per workspace per minute, run at the minute's end: it counts every label of that minute.
    const check = async (trx: Kysely<Database>, workspaceId: string) => {
      const slot = Math.floor(ctx.clock.now().getTime() / CHECK_EVERY_MS);
      const runAt = new Date((slot + 1) * CHECK_EVERY_MS);
      await ctx.jobs.enqueue(CHECK_QUEUE, { workspaceId }, { key: `${workspaceId}:${slot}`, runAt }, trx);
    };
    listening.onIngest(async (trx, workspaceId, mentions) => {
      if (mentions.some((m) => m.rating !== null)) await check(trx, workspaceId);
    });
    listening.onCorrect(async (trx, workspaceId, mention) => {
      if (mention.corrected) await check(trx, workspaceId);
    });
  },
  routes: classifierRoutes,
};
