import type { FastifyReply, FastifyRequest } from "fastify";

/** A comment line this often keeps proxies and load balancers from closing a quiet stream. */
const HEARTBEAT_MS = 20_000;

export interface EventStream {
  send(event: string, data: unknown): void;
  /** Runs when the viewer goes away (or the socket fails), once. */
  onClose(fn: () => void): void;
}

/**
 * Takes the response over for server-sent events: headers that stop buffering, a retry hint, numbered
 * events, heartbeats, and cleanup when the viewer leaves. Call after every check that may still answer
 * with an error, because the status line goes out here.
 */
export function openEventStream(req: FastifyRequest, reply: FastifyReply, first?: string): EventStream {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  });
  res.write(`retry: 3000\n${first ?? ": connected\n"}\n`);
  let seq = 0;
  const cleanups: (() => void)[] = [];
  const beat = setInterval(() => res.write(": keep-alive\n\n"), HEARTBEAT_MS);
  beat.unref();
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(beat);
    for (const fn of cleanups) fn();
  };
  req.raw.on("close", close);
  res.on("error", close);
  return {
    send(event, data) {
      if (!closed) res.write(`id: ${++seq}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    onClose(fn) {
      cleanups.push(fn);
    },
  };
}
