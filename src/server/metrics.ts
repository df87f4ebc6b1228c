import client from "prom-client";
import type { App } from "./types.js";

/** A registry per server, so two servers in one process (tests) do not collide. */
export function installMetrics(app: App) {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "firebreak_" });
  const duration = new client.Histogram({
    name: "firebreak_http_request_duration_seconds",
    help: "HTTP request duration by route and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook("onResponse", async (req, reply) => {
    duration.observe(
      { method: req.method, route: req.routeOptions.url ?? "unmatched", status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  app.get("/metrics", { config: { access: "viewer" }, schema: { hide: true } }, async (_req, reply) => {
    reply.header("content-type", registry.contentType);
    return registry.metrics();
  });
  return registry;
}
