import { createHmac, timingSafeEqual } from "node:crypto";

/** Shopify and WooCommerce both sign with base64(HMAC-SHA256(raw body, secret)) in a header. */
export function hmacBase64(secret: string, body: Buffer | string): string {
  return createHmac("sha256", secret).update(body).digest("base64");
}

export function verifyHmacBase64(
  secret: string,
  body: Buffer,
  given: string | string[] | undefined,
): boolean {
  if (typeof given !== "string" || given.length === 0) return false;
  const expected = Buffer.from(hmacBase64(secret, body));
  const actual = Buffer.from(given.trim());
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
