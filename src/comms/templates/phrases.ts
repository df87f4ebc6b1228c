import type { CrisisTypeId, Lang, MessageKind } from "../../plan/default-plan/index.js";

/**
 * One language's phrase table: a Liquid skeleton per message kind and one sentence per crisis type that
 * tells the reader what to do. The shipped templates (kind × crisis type × language) are generated from
 * these, so a wording fix lands in every type at once. `%ADVICE%` marks where the type's sentence goes.
 *
 * Variables every template may use: shop.{name,url,status_url,contact_email}, crisis.{title,type,
 * type_name,description,summary,severity,status,status_name,started_at,next_update_at,next_update_day,
 * next_update_time,next_update_hour,url}, customer.{name,email}, breach.{what_happened,data,consequences,measures,contact},
 * vars.* (free fields of the message), now (the shop's date in the template's language).
 */
export interface PhraseTable {
  kinds: Record<MessageKind, { subject: string; body: string }>;
  advice: Record<CrisisTypeId, string>;
}

export type PhraseTables = Record<Lang, PhraseTable>;
