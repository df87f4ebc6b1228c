import type { Lang, LocalizedText, Plan } from "./model.js";
import { planSchema } from "./model.js";
import { authorities, continuity, drills, howToUse, review, stakeholders, team } from "./organisation.js";
import { roles } from "./roles.js";
import { severities } from "./severities.js";
import { dataBreach } from "./types/data-breach.js";
import { ddos } from "./types/ddos.js";
import { deliveryDelay } from "./types/delivery-delay.js";
import { fraudChargebacks } from "./types/fraud-chargebacks.js";
import { negativeWave } from "./types/negative-wave.js";
import { orderError } from "./types/order-error.js";
import { paymentFailure } from "./types/payment-failure.js";
import { priceError } from "./types/price-error.js";
import { productRecall } from "./types/product-recall.js";
import { returnsBacklash } from "./types/returns-backlash.js";
import { siteOutage } from "./types/site-outage.js";
import { supplierFailure } from "./types/supplier-failure.js";

export * from "./model.js";

/** Parsed at import: a typo in the shipped content fails the first test that loads it. */
export const defaultPlan: Plan = Object.freeze(
  planSchema.parse({
    schemaVersion: 1,
    shop: { name: "", website: "", countries: [] },
    howToUse,
    severities,
    roles,
    team,
    stakeholders,
    authorities,
    continuity,
    suppliers: [],
    review,
    drills,
    crisisTypes: [
      negativeWave,
      siteOutage,
      paymentFailure,
      ddos,
      dataBreach,
      deliveryDelay,
      productRecall,
      orderError,
      priceError,
      supplierFailure,
      fraudChargebacks,
      returnsBacklash,
    ],
  } satisfies Plan),
) as Plan;

/** A fresh, mutable copy for a workspace to edit. */
export const cloneDefaultPlan = (): Plan => structuredClone(defaultPlan);

/** The text in `lang`; an empty translation falls back, then to English, which the schema requires. */
export const localize = (text: LocalizedText, lang: Lang, fallback: Lang = "en"): string =>
  text[lang].trim() !== "" ? text[lang] : text[fallback].trim() !== "" ? text[fallback] : text.en;

export const findCrisisType = (plan: Plan, id: string) => plan.crisisTypes.find((t) => t.id === id);

export const findSeverity = (plan: Plan, id: Plan["severities"][number]["id"]) =>
  plan.severities.find((s) => s.id === id);

/** When the plan is next due for review: lastReviewed + interval, or null if never reviewed. */
export const nextReviewDate = (plan: Plan): string | null => {
  if (!plan.review.lastReviewed) return null;
  const d = new Date(`${plan.review.lastReviewed}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + plan.review.intervalMonths);
  return d.toISOString().slice(0, 10);
};
