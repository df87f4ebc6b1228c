import type { AppContext } from "../../app/context.js";
import type { App } from "../../server/types.js";
import { approvalRoutes } from "./approvals.js";
import { intakeRoutes } from "./intake.js";
import { readRoutes } from "./read.js";
import { remedyRoutes } from "./remedies.js";
import { workRoutes } from "./work.js";

export function casesRoutes(app: App, ctx: AppContext) {
  // A shop forwards its support mailbox here as raw RFC 822; parsed by mailparser in the service.
  app.addContentTypeParser(
    "message/rfc822",
    { parseAs: "buffer", bodyLimit: 5 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );
  intakeRoutes(app, ctx);
  readRoutes(app, ctx);
  workRoutes(app, ctx);
  remedyRoutes(app, ctx);
  approvalRoutes(app, ctx);
}
