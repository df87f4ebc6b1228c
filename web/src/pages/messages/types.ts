import type { Answer, Item } from "../../api/types.js";

export const KINDS = [
  ["status_update", "Status page update"],
  ["customer_email", "Customer e-mail"],
  ["social_post", "Social post"],
  ["press_release", "Press release"],
  ["internal_brief", "Internal brief"],
  ["supplier_notice", "Supplier and partner notice"],
  ["breach_notice", "Personal-data breach notice (GDPR Art. 34)"],
] as const;
export const LANGS = ["en", "pl", "it", "fr", "de", "es"] as const;
export const kindLabel = (k: string) => KINDS.find(([id]) => id === k)?.[1] ?? k;

/** A message as the API answers it (from the server's OpenAPI document, web/src/api/types.ts). */
export type Message = Answer<"getCommsMessagesById">;
export type ToneRemark = Message["tone"]["remarks"][number];

/** One entry of the message audit log. */
export type AuditEntry = Item<"getCommsAudit">;

/** An open crisis as the crisis list answers it. */
export type CrisisSummary = Item<"getCrises">;
