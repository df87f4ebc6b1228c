import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { ServiceError } from "../core/errors.js";

/** Secrets in the Standard Webhooks format: "whsec_" + base64 key. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(24).toString("base64")}`;

export interface SignedHeaders {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
}

/** Headers for one delivery attempt: the id stays the same on every retry, the timestamp does not. */
export function signWebhook(secret: string, id: string, body: string, at = new Date()): SignedHeaders {
  const signature = new Webhook(secret).sign(id, at, body);
  return {
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signature,
  };
}

/**
 * Verifies an inbound signed request over its exact bytes; a stale timestamp (more than five minutes off)
 * is refused so a captured request cannot be replayed.
 */
export function verifyWebhook(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  rawBody: Buffer | string | undefined,
): void {
  const pick = (name: string) => {
    const v = headers[name];
    return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
  };
  const wanted = {
    "webhook-id": pick("webhook-id"),
    "webhook-timestamp": pick("webhook-timestamp"),
    "webhook-signature": pick("webhook-signature"),
  };
  if (!wanted["webhook-id"] || !wanted["webhook-timestamp"] || !wanted["webhook-signature"]) {
    throw new ServiceError(
      "unauthorized",
      "missing webhook-id, webhook-timestamp or webhook-signature header",
    );
  }
  try {
    new Webhook(secret).verify(rawBody ?? "", wanted, { jsonParse: false });
  } catch (err) {
    const why = err instanceof Error ? err.message : "bad signature";
    throw new ServiceError("unauthorized", `webhook signature refused: ${why}`);
  }
}
