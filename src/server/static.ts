import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import { errorBody } from "./errors.js";
import type { App } from "./types.js";

/** dist/web from both src/server (tsx) and dist/server (built). */
export function webRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return join(here, "..", "..", "dist", "web");
}

/**
 * The dashboard is a single-page app: its files are public (the login page must load), its data is not.
 * Unknown paths outside the API answer index.html so client-side routes survive a reload.
 */
export async function dashboardRoutes(app: App) {
  const root = webRoot();
  const built = existsSync(join(root, "index.html"));
  if (built) await app.register(fastifyStatic, { root, serve: false });
  app.get("/*", { config: { access: "public" }, schema: { hide: true } }, async (req, reply) => {
    const path = (req.params as { "*": string })["*"] ?? "";
    if (path.startsWith("api/")) {
      return reply.status(404).send(errorBody("not_found", `no route ${req.method} /${path.split("?")[0]}`));
    }
    if (!built) {
      return reply
        .status(503)
        .type("text/plain")
        .send("The dashboard is not built yet. Run `npm run build:web` (npm start does it for you).");
    }
    const file = path && existsSync(join(root, path)) && !path.includes("..") ? path : "index.html";
    if (file === "index.html") reply.header("cache-control", "no-cache");
    else if (file.startsWith("assets/")) reply.header("cache-control", "public, max-age=31536000, immutable");
    return reply.sendFile(file);
  });
}
