import type { DomainModule } from "../app/module.js";
import { createMailService } from "./service.js";

export const mailModule: DomainModule = {
  name: "mail",
  setup(ctx) {
    ctx.services.mail = createMailService(ctx);
  },
  stop(ctx) {
    ctx.services.mail.close();
  },
};
