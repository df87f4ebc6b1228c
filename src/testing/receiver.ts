import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Receiver {
  /** The receiver's address with this path, e.g. `url("/hook")`. */
  url(path: string): string;
  /** Every request so far, in order of arrival. */
  received: Received[];
  /** Status codes to answer with, in order; once used up, 200. */
  script: number[];
  close(): Promise<void>;
}

/** A real HTTP server on loopback standing in for a shop's or a chat tool's webhook endpoint. */
export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const script: number[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      received.push({ path: req.url ?? "/", headers: req.headers, body });
      res.statusCode = script.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    script,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
