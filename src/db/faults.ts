/**
 * Failures that mean "the store cannot be reached right now" rather than "this request is wrong":
 * PostgreSQL stopped, restarting, unreachable, or accepting connections without ever answering. They
 * become 503 with Retry-After at the HTTP edge and a one-line reason on the command line.
 */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
]);
// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, restart).
const SQLSTATE = /^(08\d{3}|57P0[1-4])$/;
const MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|timeout expired|connection timeout|Client has encountered a connection error|the database system is (starting up|shutting down)|terminating connection/i;

export function isStoreUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = String((e as { code?: unknown }).code ?? "");
    if (NETWORK_CODES.has(code) || SQLSTATE.test(code)) return true;
    if (e instanceof Error && MESSAGES.test(e.message)) return true;
  }
  return false;
}

/** Where the store is, without the password: "127.0.0.1:5432/firebreak". */
export function storeAddress(url: string | undefined): string {
  if (!url) return "the embedded store";
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "the DATABASE_URL address";
  }
}

export function describeStoreFault(err: unknown, url: string | undefined, timeoutMs: number): string {
  const where = storeAddress(url);
  const message = err instanceof Error ? err.message : String(err);
  if (/timeout/i.test(message)) {
    return `the database at ${where} did not answer within ${Math.round(timeoutMs / 1000)} s (something accepts connections there but is not answering as PostgreSQL); check DATABASE_URL, or raise FIREBREAK_DB_CONNECT_TIMEOUT_MS`;
  }
  const code = (err as { code?: string }).code;
  if (code === "ECONNREFUSED")
    return `cannot reach the database at ${where} (connection refused); is PostgreSQL running?`;
  return `the database at ${where} is unavailable: ${message}`;
}

/** How long to wait for PostgreSQL to accept and answer a new connection. */
export const connectTimeoutMs = (env: NodeJS.ProcessEnv = process.env) =>
  Number(env["FIREBREAK_DB_CONNECT_TIMEOUT_MS"] ?? 10_000);
