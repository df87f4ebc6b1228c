/**
 * The one way the dashboard talks to the server. Every request goes through `request`, so the CSRF
 * header, JSON handling, error shape and the 401 → login redirect live in one place.
 */

export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

/** An error answered by the server (or a network failure, code "network"). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;

  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** A page of a list endpoint. */
export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export const CSRF_HEADER = "x-firebreak-csrf";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not run the 401 handler (the login calls themselves answer 401 for bad credentials). */
  allowUnauthorized?: boolean;
}

// Login exchanges answer 401 for wrong credentials; those must not bounce the user to /login again.
const AUTH_PATHS = ["/api/v1/auth/login", "/api/v1/auth/link"];

let onUnauthorized: () => void = () => {
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname.startsWith("/login")) return;
  window.location.assign(`/login?next=${encodeURIComponent(here)}`);
};

/** The app replaces the default full-page redirect with a router navigation. */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? (options.body === undefined ? "GET" : "POST");
  const headers: Record<string, string> = { accept: "application/json" };
  if (method !== "GET") headers[CSRF_HEADER] = "1";
  let body: string | undefined;
  if (options.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.body);
  }

  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      ...(body === undefined ? {} : { body }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new ApiError(0, "network", "The server cannot be reached. Check your connection and try again.");
  }

  if (res.status === 401 && !options.allowUnauthorized && !AUTH_PATHS.includes(path)) {
    onUnauthorized();
  }
  if (!res.ok) throw await toError(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function toError(res: Response): Promise<ApiError> {
  try {
    const data = (await res.json()) as Partial<ApiErrorBody>;
    if (data.error && typeof data.error.message === "string") {
      const { code, message, field } = data.error;
      return new ApiError(res.status, code ?? `http_${res.status}`, message, field);
    }
  } catch {
    // Not JSON (a proxy error page, for instance): fall through to a generic message.
  }
  return new ApiError(res.status, `http_${res.status}`, res.statusText || `Request failed (${res.status})`);
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>(path, signal ? { signal } : {}),
  post: <T>(path: string, body: unknown = {}) => request<T>(path, { method: "POST", body }),
  put: <T>(path: string, body: unknown) => request<T>(path, { method: "PUT", body }),
  patch: <T>(path: string, body: unknown) => request<T>(path, { method: "PATCH", body }),
  delete: <T = void>(path: string) => request<T>(path, { method: "DELETE" }),
};

/** Adds query parameters, skipping empty ones: `withQuery("/api/v1/mentions", { cursor, q })`. */
export function withQuery(
  path: string,
  params: Record<string, string | number | boolean | null | undefined>,
) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "") qs.set(k, String(v));
  }
  const s = qs.toString();
  if (!s) return path;
  return `${path}${path.includes("?") ? "&" : "?"}${s}`;
}

let translate: ((e: unknown) => string) | null = null;

/** The I18nProvider hands in its translator, so every error reads in the interface language. */
export function setErrorTranslator(fn: ((e: unknown) => string) | null) {
  translate = fn;
}

/** A friendly message for any thrown value, for toasts and form errors. */
export function errorMessage(e: unknown): string {
  if (translate) return translate(e);
  if (e instanceof Error) return e.message;
  return "Something went wrong.";
}
