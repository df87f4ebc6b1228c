import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { invalid } from "../core/errors.js";
import { canonicalTimeZone } from "../core/zoned-time.js";
import { type App, actorOf } from "../server/types.js";

export const timeZoneInput = z.object({
  // null goes back to the shop's zone in mails to this person.
  time_zone: z
    .string()
    .trim()
    .max(64)
    .refine((tz) => canonicalTimeZone(tz) !== null, "not an IANA time zone (e.g. Europe/Warsaw)")
    .nullable(),
});

/**
 * `PUT /api/v1/auth/time-zone`: each person's own zone, kept on their user (canonical, "europe/london"
 * is kept as "Europe/London"). Clock reminders, overdue-update reminders and case escalations mailed to
 * them give times in it, and say so.
 */
export function timeZoneRoutes(app: App, ctx: Pick<AppContext, "db">) {
  app.put(
    "/api/v1/auth/time-zone",
    {
      config: { access: "viewer" },
      schema: { tags: ["accounts"], summary: "Choose your own time zone", body: timeZoneInput },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (!actor.userId) throw invalid("an API token has no user to keep a time zone for");
      const zone = req.body.time_zone === null ? null : canonicalTimeZone(req.body.time_zone);
      await ctx.db.updateTable("users").set({ time_zone: zone }).where("id", "=", actor.userId).execute();
      return reply.status(204).send();
    },
  );
}
