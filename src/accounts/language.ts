import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { invalid } from "../core/errors.js";
import { LANGUAGES } from "../core/lang.js";
import { type App, actorOf } from "../server/types.js";

/** The languages the dashboard speaks; the same six the product writes to customers in. */
export const UI_LANGUAGES = LANGUAGES;

export const languageInput = z.object({
  // null goes back to following the browser's language.
  language: z.enum(UI_LANGUAGES).nullable(),
});

/** `PUT /api/v1/auth/language`: each person's dashboard language, kept on their user. */
export function languageRoutes(app: App, ctx: Pick<AppContext, "db">) {
  app.put(
    "/api/v1/auth/language",
    {
      config: { access: "viewer" },
      schema: { tags: ["accounts"], summary: "Choose your dashboard language", body: languageInput },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (!actor.userId) throw invalid("an API token has no user to keep a language for");
      await ctx.db
        .updateTable("users")
        .set({ language: req.body.language })
        .where("id", "=", actor.userId)
        .execute();
      return reply.status(204).send();
    },
  );
}
