import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Local HTTP targets for monitoring tests: a route table of handlers on a loopback port. */
export interface Target {
  url: string;
  hits: Map<string, number>;
  /** Last request seen per path (method, headers, body). */
  last: Map<string, { method: string; headers: IncomingMessage["headers"]; body: string }>;
  route(path: string, handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): void;
  close(): Promise<void>;
}

export async function startTarget(): Promise<Target> {
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse, body: string) => void>();
  const hits = new Map<string, number>();
  const last: Target["last"] = new Map();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      const body = Buffer.concat(chunks).toString("utf8");
      hits.set(path, (hits.get(path) ?? 0) + 1);
      last.set(path, { method: req.method ?? "GET", headers: req.headers, body });
      const h = routes.get(path);
      if (!h) {
        res.writeHead(404).end("not found");
        return;
      }
      h(req, res, body);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    last,
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export const json = (res: ServerResponse, status: number, value: unknown) =>
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));
