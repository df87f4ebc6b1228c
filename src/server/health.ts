import { sql } from "kysely";
import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { errorBody } from "./errors.js";
import type { App } from "./types.js";

export function healthRoutes(app: App, ctx: AppContext) {
  app.get(
    "/healthz",
    {
      config: { access: "public" },
      schema: {
        tags: ["health"],
        summary: "The process runs",
        response: { 200: z.object({ status: z.literal("ok") }) },
      },
    },
    async () => ({ status: "ok" as const }),
  );
  app.get(
    "/readyz",
    {
      config: { access: "public" },
      schema: {
        tags: ["health"],
        summary: "The store answers",
        response: {
          200: z.object({ status: z.literal("ready"), store: z.enum(["sqlite", "postgres"]) }),
          // The one error shape (the document names it Error), with the reason the store did not answer.
          503: z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
        },
      },
    },
    async (_req, reply) => {
      try {
        await sql`select 1`.execute(ctx.db);
        return { status: "ready" as const, store: ctx.store.dialect };
      } catch (err) {
        // Say why, so an operator sees "connection refused" or "did not answer" without the logs.
        const why = err instanceof Error ? err.message : String(err);
        return reply
          .status(503)
          .header("retry-after", "5")
          .send(errorBody("unavailable", `the store does not answer: ${why.slice(0, 200)}`));
      }
    },
  );
}
