import type { Answer } from "../../api/types.js";

/** A complaint case as the API answers it: shapes from the server's OpenAPI document (web/src/api/types.ts). */
export type Case = Answer<"getCasesById">;
export type Priority = Case["priority"];
export type CaseStatus = Case["status"];
export type Channel = Case["channel"];
export type Remedy = Case["remedies"][number];
export type RemedyKind = Remedy["kind"];
export type CaseMessage = NonNullable<Case["messages"]>[number];
export type CaseEvent = NonNullable<Case["timeline"]>[number];
export type ToneResult = Answer<"postCasesTone">;
export type ToneRemark = ToneResult["remarks"][number];
export type Policy = Answer<"getCasesPolicy">;

export const STATUSES: CaseStatus[] = ["new", "answered", "waiting", "resolved", "closed"];
export const PRIORITIES: Priority[] = ["P1", "P2", "P3", "P4"];
export const TOPICS = [
  "delivery",
  "product_quality",
  "order_error",
  "customer_service",
  "price",
  "payment",
  "returns_refunds",
  "fraud",
  "security",
  "outage",
];
export const REMEDY_LABEL: Record<RemedyKind, string> = {
  apology: "Apology",
  discount: "Discount code",
  refund: "Refund",
  return_shipping_paid: "Return, shipping paid",
  replacement: "Replacement",
  price_honoured: "Old price honoured",
};
export const customerName = (c: Case) =>
  c.customer.name ?? c.customer.handle ?? c.customer.email ?? "customer";

export const money = (minor: number, currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency }).format(minor / 100);

/** The topic a reply is written for (the most severe one), as the server picks it. */
const SEVERITY = [
  "security",
  "fraud",
  "payment",
  "outage",
  "returns_refunds",
  "order_error",
  "price",
  "product_quality",
  "delivery",
  "customer_service",
];
export const mainTopic = (topics: string[]) => SEVERITY.find((t) => topics.includes(t)) ?? "general";
