import type { AppContext } from "../app/context.js";
import type { App } from "../server/types.js";
import { alertCrisisRoutes } from "./routes/alerts.js";
import { recordRoutes } from "./routes/records.js";
import { streamRoutes } from "./routes/stream.js";
import { timelineRoutes } from "./routes/timeline.js";
import { workRoutes } from "./routes/work.js";

export function crisesRoutes(app: App, ctx: AppContext) {
  recordRoutes(app, ctx);
  timelineRoutes(app, ctx);
  workRoutes(app, ctx);
  streamRoutes(app, ctx);
  alertCrisisRoutes(app, ctx);
}
