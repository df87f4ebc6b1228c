/** Keys whose values never reach a log line, wherever they appear. */
export const REDACT_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  'req.headers["x-shopify-hmac-sha256"]',
  'req.headers["webhook-signature"]',
  'res.headers["set-cookie"]',
  "*.password",
  "*.token",
  "*.secret",
  "*.pass",
  "*.smtpPass",
];

const SECRET_PARAMS = /([?&](?:link|token|secret|key|code|unsubscribe)=)[^&#]*/gi;

/** Paths whose last segment is a secret: heartbeat pings carry the monitor's token in the path. */
const SECRET_PATHS = /(\/api\/v1\/inbound\/heartbeat\/)[^/?#]+/gi;

/** Login links and unsubscribe links carry secrets in the query string, heartbeats in the path. */
export const redactUrl = (url: string): string =>
  url.replace(SECRET_PARAMS, "$1[redacted]").replace(SECRET_PATHS, "$1[redacted]");
