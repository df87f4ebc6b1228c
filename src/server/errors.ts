import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { ZodError } from "zod";
import { type ErrorCode, ServiceError } from "../core/errors.js";
import { isStoreUnavailable } from "../db/faults.js";

const STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: "invalid",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "payload_too_large",
  415: "invalid",
  429: "rate_limited",
  503: "unavailable",
};

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

export function errorBody(code: ErrorCode, message: string, field?: string): ErrorBody {
  return { error: field ? { code, message, field } : { code, message } };
}

/** "/mentions/3/text" → "mentions.3.text": the path a client can find in what it sent. */
const fieldOf = (path: string) => path.replace(/^\//, "").replaceAll("/", ".");

/** The one place where failures become HTTP answers. */
export function handleError(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof ServiceError) {
    const retryAfter = (err as { retryAfterS?: number }).retryAfterS;
    if (retryAfter !== undefined) reply.header("retry-after", String(retryAfter));
    return reply.status(STATUS[err.code]).send(errorBody(err.code, err.message, err.field));
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const first = err.validation[0];
    const where = (err as FastifyError).validationContext ?? "body";
    const params = first?.params as { issue?: { path?: unknown[] } } | undefined;
    const path = params?.issue?.path?.map(String).join(".") || fieldOf(first?.instancePath ?? "");
    const field = path || where;
    return reply
      .status(400)
      .send(errorBody("invalid", `${field}: ${first?.message ?? "invalid value"}`, field));
  }
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    const field = issue?.path.map(String).join(".") || undefined;
    return reply
      .status(400)
      .send(errorBody("invalid", `${field ? `${field}: ` : ""}${issue?.message ?? "invalid input"}`, field));
  }
  if (isResponseSerializationError(err)) {
    req.log.error({ err }, "response did not match its schema");
    return reply.status(500).send(errorBody("internal", `internal error; quote request id ${req.id}`));
  }
  if (isStoreUnavailable(err)) {
    // Quick and honest: the request did nothing, a retry in a moment is the right move.
    req.log.warn({ err: (err as Error).message }, "store unavailable");
    return reply
      .status(503)
      .header("retry-after", "5")
      .send(
        errorBody("unavailable", "the store is unavailable for a moment; nothing was changed, retry shortly"),
      );
  }
  const status = (err as FastifyError).statusCode ?? 500;
  if (status >= 500) {
    req.log.error({ err }, "request failed");
    return reply.status(status).send(errorBody("internal", `internal error; quote request id ${req.id}`));
  }
  const code = CODE_BY_STATUS[status] ?? "invalid";
  return reply.status(status).send(errorBody(code, err.message));
}
