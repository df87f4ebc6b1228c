import type { DomainModule } from "../app/module.js";
import { systemActor } from "../core/actor.js";
import { CONTACTS_LIST } from "./ops/email-job.js";
import { commsRoutes } from "./routes.js";
import { createCommsService } from "./service.js";

const REMINDER_EVERY_MS = 60_000;
let timer: NodeJS.Timeout | undefined;

export const commsModule: DomainModule = {
  name: "comms",
  setup(ctx) {
    ctx.services.comms = createCommsService(ctx);
    // A shop e-mail queued before its reader unsubscribed (or was deleted) is not sent to them.
    ctx.services.mail?.onOptOut(CONTACTS_LIST, async (id) => {
      const c = await ctx.db
        .selectFrom("comms_contacts")
        .select("unsubscribed_at")
        .where("id", "=", id)
        .executeTakeFirst();
      return !c || Boolean(c.unsubscribed_at);
    });
  },
  routes: commsRoutes,
  start(ctx) {
    // Idempotent per missed slot (timeline and mail keys), so several workers may run it side by side.
    timer = setInterval(() => {
      ctx.services.comms.reminders
        .remindAll()
        .catch((err: unknown) => ctx.log.warn({ err }, "update reminders failed"));
    }, REMINDER_EVERY_MS);
    timer.unref();
  },
  /** A small customer list and a drafted customer e-mail for the demo crisis, waiting for review. */
  async demo(ctx, workspaceId) {
    const actor = systemActor(workspaceId, "Demo");
    const day = 86_400_000;
    const at = (d: number) => new Date(ctx.clock.now().getTime() - d * day).toISOString();
    await ctx.services.comms.contacts.importCsv(
      actor,
      [
        "email,name,language,last_order_at,paid_at,shipped_at",
        `ola.nowak@example.com,Ola Nowak,pl,${at(2)},${at(2)},`,
        `jan.kowalski@example.com,Jan Kowalski,pl,${at(12)},${at(12)},${at(11)}`,
        `emma.jones@example.com,Emma Jones,en,${at(1)},${at(1)},`,
        `luca.rossi@example.com,Luca Rossi,it,${at(3)},${at(3)},${at(2)}`,
      ].join("\n"),
    );
    const open = await ctx.services.crises.list(actor, { status: "open", limit: 1 });
    const crisis = open.items[0];
    if (!crisis) return;
    const draft = await ctx.services.comms.create(actor, {
      kind: "customer_email",
      crisis_id: crisis.id,
      language: "en",
    });
    await ctx.services.comms.submit(actor, draft.id);
  },
  stop() {
    if (timer) clearInterval(timer);
    timer = undefined;
  },
};
