import type { AppContext } from "../app/context.js";
import { type App, actorOf } from "../server/types.js";
import {
  getWorkspaceSettings,
  updateWorkspaceSettings,
  workspaceSettingsOut,
  workspaceSettingsPatch,
} from "./workspace-settings.js";

const tags = ["workspace"];

/** `GET`/`PATCH /api/v1/workspace`: what the shop says about itself to customers. */
export function workspaceRoutes(app: App, ctx: AppContext) {
  app.get(
    "/api/v1/workspace",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary:
          "The workspace's settings: name, time zone, customer languages, currency, brand, public address",
        response: { 200: workspaceSettingsOut },
      },
    },
    async (req) => getWorkspaceSettings(ctx, actorOf(req).workspaceId),
  );

  app.patch(
    "/api/v1/workspace",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary: "Change the workspace's settings (admins); default_language must be one of languages",
        body: workspaceSettingsPatch,
        response: { 200: workspaceSettingsOut },
      },
    },
    async (req) => {
      const out = await updateWorkspaceSettings(ctx, { actor: actorOf(req), patch: req.body });
      ctx.bus.publish(actorOf(req).workspaceId, "workspace.changed", {});
      return out;
    },
  );
}
