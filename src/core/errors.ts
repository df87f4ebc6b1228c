/**
 * Typed service errors. Business code throws these; the HTTP edge maps `code` to a status in one place
 * (src/server/errors.ts) and the CLI prints `message` with a non-zero exit.
 */
export type ErrorCode =
  | "invalid"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "rate_limited"
  | "unavailable"
  | "internal";

export class ServiceError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = "ServiceError";
    this.code = code;
    this.field = field;
  }
}

export const invalid = (message: string, field?: string) => new ServiceError("invalid", message, field);
export const notFound = (what: string) => new ServiceError("not_found", `${what} not found`);
export const forbidden = (message: string) => new ServiceError("forbidden", message);
export const conflict = (message: string, field?: string) => new ServiceError("conflict", message, field);
/** A 429 whose answer carries Retry-After. */
export const rateLimited = (message: string, retryAfterS: number) =>
  Object.assign(new ServiceError("rate_limited", message), { retryAfterS });
