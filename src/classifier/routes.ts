import type { AppContext } from "../app/context.js";
import { type App, actorOf } from "../server/types.js";
import { classifierOut, classifyBody, classifyOut } from "./schema.js";

const tags = ["classifier"];

export function classifierRoutes(app: App, ctx: AppContext) {
  const classifier = ctx.services.classifier;

  app.post(
    "/api/v1/classify",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "Classify texts (at most 1,000) with the workspace's active model",
        body: classifyBody,
        response: { 200: classifyOut },
      },
    },
    async (req) => ({ items: await classifier.classify(actorOf(req).workspaceId, req.body.items) }),
  );

  app.post(
    "/api/v1/classifier/train",
    {
      config: { access: "admin" },
      schema: {
        tags,
        summary:
          "Train the workspace's model now; it becomes active only in languages where it beats the shipped one",
        response: { 200: classifierOut },
      },
    },
    async (req) => classifier.train(actorOf(req).workspaceId, "manual"),
  );

  app.get(
    "/api/v1/classifier",
    {
      config: { access: "viewer" },
      schema: {
        tags,
        summary: "The latest training: version, labels, quality per language, what is active",
        response: { 200: classifierOut },
      },
    },
    async (req) => classifier.status(actorOf(req).workspaceId),
  );
}
