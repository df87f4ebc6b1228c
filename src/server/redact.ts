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

/** Login links and unsubscribe links carry secrets in the query string. */
export const redactUrl = (url: string): string => url.replace(SECRET_PARAMS, "$1[redacted]");
