import { z } from "zod";
import { ROLES } from "../core/actor.js";
import { invalid } from "../core/errors.js";
import { LANGUAGES } from "../core/lang.js";
import { refuseInternalUrl } from "../core/outbound.js";
import { openFields, sealFields } from "../core/secrets.js";
import { TOPICS } from "../nlp/index.js";

export const CASE_LANGUAGES = LANGUAGES;
export type CaseLang = (typeof CASE_LANGUAGES)[number];
export const REMEDY_KINDS = [
  "apology",
  "discount",
  "refund",
  "return_shipping_paid",
  "replacement",
  "price_honoured",
] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];
/** The classifier's topics plus "general" for a complaint without one. */
export const CASE_TOPICS = [...TOPICS, "general"] as const;
export type CaseTopic = (typeof CASE_TOPICS)[number];

/** Standard Webhooks secrets (whsec_ + base64), or the mask that keeps the stored one. */
const webhookSecret = z
  .string()
  .regex(/^whsec_([A-Za-z0-9+/]{16,}={0,2}|\(hidden\))$/, "a Standard Webhooks secret: whsec_ and base64");

const money = z.number().int().min(0).max(100_000_000);

export const topicPolicySchema = z.object({
  /** What to offer, in order: the first is what the suggested reply names. */
  offer: z.array(z.enum(REMEDY_KINDS)).min(1),
  /** The default amount of a money remedy, in minor units. */
  amount: money,
});

export const policySchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** Above this amount (minor units) per kind, a remedy waits for the approver. */
  limits: z.record(z.enum(REMEDY_KINDS), money),
  approver_role: z.enum(ROLES),
  /**
   * Four eyes: above the limits a remedy, and a message the plan asks approval for, wait for someone other
   * than the person who asked. A one-person shop turns this on to approve its own.
   */
  allow_self_approval: z.boolean(),
  code_pattern: z
    .string()
    .min(4)
    .max(60)
    .refine((p) => randomSlots(p) >= 6, "the pattern needs at least 6 random characters ({XXXX}, {9999})"),
  topics: z.record(z.enum(CASE_TOPICS), topicPolicySchema),
  /** Who hears of escalations; empty: the workspace's admins. */
  senior_emails: z.array(z.string().email()).max(20),
  /** Followers at or above this make a case high-reach: escalated at once. */
  high_reach_followers: z.number().int().min(1),
  /** Rules that open a case from a mention. */
  rules: z
    .array(
      z.object({
        source: z.string().min(1).max(200).nullable(),
        complaint_only: z.boolean(),
        negative_only: z.boolean(),
      }),
    )
    .max(50),
  /** A social or review tool that posts our replies (signed webhook). */
  reply_webhook: z
    .object({ url: z.string().url().superRefine(refuseInternalUrl), secret: webhookSecret })
    .nullable(),
  /** The shop, told of every new discount code (signed webhook). */
  shop_webhook: z
    .object({ url: z.string().url().superRefine(refuseInternalUrl), secret: webhookSecret })
    .nullable(),
});
export type RemedyPolicy = z.infer<typeof policySchema>;
export type TopicPolicy = z.infer<typeof topicPolicySchema>;

/** Random characters a code pattern yields: X letter, 9 digit, A either, inside braces. */
export function randomSlots(pattern: string): number {
  let n = 0;
  for (const m of pattern.matchAll(/\{([XA9]+)\}/g)) n += m[1]?.length ?? 0;
  return n;
}

/** Whether a currency is written with cents: every amount here is kept in hundredths of its unit. */
const withCents = (currency: string): boolean => {
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ===
      2
    );
  } catch {
    return false;
  }
};

/**
 * The currency of the default policy: the workspace's own when the shop chose one (EUR is every
 * workspace's default, so it says nothing; a Mexican shop's MXN, a Swiss shop's CHF), else by language:
 * PLN for Polish, EUR for the others. A currency without cents (JPY) keeps the language's, as amounts are
 * hundredths.
 */
export function defaultCurrency(language: string, workspaceCurrency: string): string {
  if (workspaceCurrency !== "EUR" && withCents(workspaceCurrency)) return workspaceCurrency;
  if (language === "pl") return "PLN";
  if (language === "en") return workspaceCurrency === "EUR" ? "EUR" : "GBP";
  return "EUR";
}

/** One "unit" of goodwill per currency: about 10 EUR (40 PLN, 200 MXN, 15 AUD); 10.00 of any other. */
const UNIT: Record<string, number> = {
  PLN: 4000,
  EUR: 1000,
  GBP: 1000,
  USD: 1000,
  CHF: 1000,
  AUD: 1500,
  CAD: 1500,
  NZD: 1700,
  MXN: 20000,
  BRL: 5000,
  SEK: 10000,
  NOK: 10000,
  DKK: 7500,
  CZK: 25000,
  HUF: 400000,
  RON: 5000,
};

export function defaultPolicy(language: string, workspaceCurrency: string): RemedyPolicy {
  const currency = defaultCurrency(language, workspaceCurrency);
  const unit = UNIT[currency] ?? 1000;
  const t = (offer: RemedyKind[], units: number): TopicPolicy => ({
    offer,
    amount: Math.round(unit * units),
  });
  return {
    currency,
    limits: {
      apology: 0,
      discount: unit * 2,
      refund: unit * 10,
      return_shipping_paid: unit * 2,
      replacement: unit * 10,
      price_honoured: unit * 5,
    },
    approver_role: "admin",
    allow_self_approval: false,
    code_pattern: "SORRY-{XXXX}-{9999}",
    topics: {
      // Poor contact: an apology and a discount on the next order.
      customer_service: t(["apology", "discount"], 1),
      // Not as described: return with shipping paid, or partial compensation.
      product_quality: t(["return_shipping_paid", "discount"], 1),
      // A long wait: a refund (of the shipping) and our apology.
      delivery: t(["refund", "apology"], 1),
      // A price change: the old price, or free cancellation.
      price: t(["price_honoured", "refund"], 1),
      order_error: t(["replacement", "return_shipping_paid"], 0),
      payment: t(["refund", "apology"], 0),
      returns_refunds: t(["refund", "apology"], 0),
      outage: t(["apology", "discount"], 1),
      fraud: t(["apology"], 0),
      security: t(["apology"], 0),
      general: t(["apology", "discount"], 1),
    },
    senior_emails: [],
    high_reach_followers: 10_000,
    rules: [],
    reply_webhook: null,
    shop_webhook: null,
  };
}

/** A stored policy merged over the default, so a policy saved before a new topic existed still works. */
export function mergePolicy(base: RemedyPolicy, stored: Partial<RemedyPolicy>): RemedyPolicy {
  return {
    ...base,
    ...stored,
    limits: { ...base.limits, ...stored.limits },
    topics: { ...base.topics, ...stored.topics },
  };
}

export const topicPolicyOf = (p: RemedyPolicy, topic: string): TopicPolicy =>
  p.topics[topic as CaseTopic] ?? p.topics.general ?? { offer: ["apology"], amount: 0 };

/** What a webhook secret reads as outside the store; sent back unchanged, it keeps the stored one. */
export const SECRET_MASK = "whsec_(hidden)";

export function maskPolicy(p: RemedyPolicy): RemedyPolicy {
  const hide = (w: RemedyPolicy["reply_webhook"]) => (w ? { url: w.url, secret: SECRET_MASK } : null);
  return { ...p, reply_webhook: hide(p.reply_webhook), shop_webhook: hide(p.shop_webhook) };
}

/** A policy saved back from the dashboard carries the mask: keep the secret it stands for. */
export function keepSecrets(current: RemedyPolicy, input: Partial<RemedyPolicy>): Partial<RemedyPolicy> {
  const keep = (k: "reply_webhook" | "shop_webhook") => {
    const w = input[k];
    if (!w || w.secret !== SECRET_MASK) return w;
    const old = current[k];
    if (!old) throw invalid(`give ${k}'s secret`, `${k}.secret`);
    return { url: w.url, secret: old.secret };
  };
  const out: Partial<RemedyPolicy> = { ...input };
  if (input.reply_webhook !== undefined) out.reply_webhook = keep("reply_webhook") ?? null;
  if (input.shop_webhook !== undefined) out.shop_webhook = keep("shop_webhook") ?? null;
  return out;
}

type WebhookKey = "reply_webhook" | "shop_webhook";
const mapWebhooks = (p: Partial<RemedyPolicy>, fn: (w: { url: string; secret: string }) => typeof w) => {
  const out: Partial<RemedyPolicy> = { ...p };
  for (const k of ["reply_webhook", "shop_webhook"] as WebhookKey[]) {
    const w = p[k];
    if (w) out[k] = fn(w);
  }
  return out;
};

/** The reply and refund webhooks' signing secrets are sealed at rest (src/core/secrets.ts). */
export const sealPolicySecrets = (p: Partial<RemedyPolicy>) =>
  mapWebhooks(p, (w) => sealFields(w, ["secret"]));
export const openPolicySecrets = (p: Partial<RemedyPolicy>) =>
  mapWebhooks(p, (w) => openFields(w, ["secret"]));
