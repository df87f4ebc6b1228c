import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { constants } from "node:zlib";
import compress from "@fastify/compress";
import fastifyStatic from "@fastify/static";
import { errorBody } from "./errors.js";
import type { App } from "./types.js";

/** dist/web from both src/server (tsx) and dist/server (built). */
export function webRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return join(here, "..", "..", "dist", "web");
}

/** Hashed file names change with their content, so a browser may keep them for a year. */
export function cacheControlFor(file: string): string {
  if (file === "index.html") return "no-cache";
  if (file.startsWith("assets/")) return "public, max-age=31536000, immutable";
  return "public, max-age=3600";
}

/**
 * The dashboard is a single-page app: its files are public (the login page must load), its data is not.
 * Unknown paths outside the API answer index.html so client-side routes survive a reload.
 * The build writes .br/.gz beside each asset (web/vite.config.ts), which are sent as they are; anything
 * else is compressed on the way out. Both live in this scope only: the API's event streams stay plain.
 */
export async function dashboardRoutes(app: App) {
  const root = webRoot();
  const built = existsSync(join(root, "index.html"));
  await app.register(async (scope) => {
    await scope.register(compress, {
      encodings: ["br", "gzip"],
      threshold: 1024,
      // Quality 5: on-the-fly brotli at the default 11 costs more CPU than it saves bytes.
      brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
    });
    // cacheControl: false, or @fastify/static overwrites ours with max-age=0.
    if (built)
      await scope.register(fastifyStatic, { root, serve: false, preCompressed: true, cacheControl: false });
    scope.get("/*", { config: { access: "public" }, schema: { hide: true } }, async (req, reply) => {
      const path = (req.params as { "*": string })["*"] ?? "";
      if (path.startsWith("api/")) {
        return reply
          .status(404)
          .send(errorBody("not_found", `no route ${req.method} /${path.split("?")[0]}`));
      }
      if (!built) {
        return reply
          .status(503)
          .type("text/plain")
          .send("The dashboard is not built yet. Run `npm run build:web` (npm start does it for you).");
      }
      const file = path && existsSync(join(root, path)) && !path.includes("..") ? path : "index.html";
      reply.header("cache-control", cacheControlFor(file));
      reply.header("vary", "accept-encoding");
      return reply.sendFile(file);
    });
  });
}
