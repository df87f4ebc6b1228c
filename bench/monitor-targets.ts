import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Loopback targets for bench/monitors.ts, in their own process so that serving 170 requests a second
 * does not count as the monitor's CPU or delay its timers. Kinds: ok (fast 200 with a small JSON body),
 * slow (200 after SLOW_MS), fail (500).
 */
const SLOW_MS = Number(process.env["SLOW_MS"] ?? 1500);
const OK_SERVERS = Number(process.env["OK_SERVERS"] ?? 4);

function serve(handler: (res: import("node:http").ServerResponse) => void): Promise<number> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => handler(res));
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r((server.address() as AddressInfo).port)));
}

const body = JSON.stringify({ status: "ok", service: "shop", checks: { db: "up", cache: "up" } });
const ok = (res: import("node:http").ServerResponse) =>
  res
    .writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) })
    .end(body);

const ports = {
  ok: await Promise.all(Array.from({ length: OK_SERVERS }, () => serve(ok))),
  slow: await serve((res) => setTimeout(() => ok(res), SLOW_MS)),
  fail: await serve((res) => res.writeHead(500, { "content-length": 5 }).end("error")),
};
process.send?.({ ports });
process.on("message", (m) => {
  if (m === "stop") process.exit(0);
});
