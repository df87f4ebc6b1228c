import type { DomainModule } from "../app/module.js";
import { commsRoutes } from "./routes.js";
import { createCommsService } from "./service.js";

const REMINDER_EVERY_MS = 60_000;
let timer: NodeJS.Timeout | undefined;

export const commsModule: DomainModule = {
  name: "comms",
  setup(ctx) {
    ctx.services.comms = createCommsService(ctx);
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
  stop() {
    if (timer) clearInterval(timer);
    timer = undefined;
  },
};
