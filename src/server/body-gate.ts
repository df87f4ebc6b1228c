import { Readable } from "node:stream";
import type { FastifyReply, FastifyRequest } from "fastify";
import { ServiceError } from "../core/errors.js";
import { Gate } from "../core/fair.js";

/**
 * Route hooks that let at most `limit` requests of a route parse their bodies at once. Each body is
 * first received whole as bytes (one buffer, outside the young generation, and a slow sender holds no
 * place), then waits for a place before it is parsed into objects. Eight clients posting batches of
 * 1,000 mentions kept eight parsed batches alive while only four could go further; each young-generation
 * collection copies what is alive, so those batches made the event loop's longest pauses
 * (docs/security.md).
 */
export function bodyGate(limit: number) {
  const gate = new Gate(limit);
  return {
    preParsing: async (req: FastifyRequest, reply: FastifyReply, payload: Readable) => {
      const limit = req.routeOptions.bodyLimit ?? Number.POSITIVE_INFINITY;
      const body = await received(payload, limit, Number(req.headers["content-length"]));
      const place = await gate.acquire();
      // The answer's end or the connection's, whichever comes first, gives the place back.
      if (reply.raw.closed) place();
      else reply.raw.once("close", place);
      const replay = Readable.from([body]) as Readable & { receivedEncodedLength?: number };
      // What the sender sent, for the parser's check against Content-Length.
      replay.receivedEncodedLength = body.length;
      return replay;
    },
  };
}

async function received(payload: Readable, limit: number, declared: number): Promise<Buffer> {
  const tooLarge = () =>
    new ServiceError(
      "payload_too_large",
      `the body is over ${limit} bytes: send fewer mentions a request`,
      "body",
    );
  if (declared > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of payload) {
    const part = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    length += part.length;
    if (length > limit) {
      payload.destroy();
      throw tooLarge();
    }
    chunks.push(part);
  }
  return Buffer.concat(chunks, length);
}
