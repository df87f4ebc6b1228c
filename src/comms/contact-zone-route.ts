import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { ServiceError } from "../core/errors.js";
import { canonicalTimeZone } from "../core/zoned-time.js";
import { type App, actorOf } from "../server/types.js";
import { NOT_A_ZONE } from "./contacts.js";
import { commsStore as store } from "./store.js";

export const contactZoneInput = z.object({
  email: z.string().trim().min(3).max(320),
  // null: back to the shop's zone in e-mails to this customer.
  time_zone: z
    .string()
    .trim()
    .max(64)
    .refine((tz) => canonicalTimeZone(tz) !== null, NOT_A_ZONE)
    .nullable(),
});

/**
 * `PUT /api/v1/comms/contacts/time-zone`: one customer's zone, set or cleared by hand. The CSV and shop
 * events could only set one (a later import without the column keeps it), never correct or remove it.
 */
export function contactZoneRoutes(app: App, ctx: AppContext) {
  app.put(
    "/api/v1/comms/contacts/time-zone",
    {
      config: { access: "admin" },
      schema: {
        tags: ["comms"],
        summary: "Set or clear one customer's time zone (the times in shop e-mails to them)",
        body: contactZoneInput,
        response: { 200: z.object({ email: z.string(), time_zone: z.string().nullable() }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const email = req.body.email.toLowerCase();
      const c = await store.contactByEmail(ctx.db, actor.workspaceId, email);
      if (!c) throw new ServiceError("not_found", "no customer with this e-mail address", "email");
      const zone = req.body.time_zone === null ? null : canonicalTimeZone(req.body.time_zone);
      await store.setContact(ctx.db, c.id, { time_zone: zone, updated_at: ctx.clock.now().toISOString() });
      return { email, time_zone: zone };
    },
  );
}
