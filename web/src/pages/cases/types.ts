/** A complaint case as the API answers it (src/cases/schema.ts caseOut). */
export type Priority = "P1" | "P2" | "P3" | "P4";
export type CaseStatus = "new" | "answered" | "waiting" | "resolved" | "closed";
export type Channel = "email" | "webhook" | "clipboard";
export type RemedyKind =
  | "apology"
  | "discount"
  | "refund"
  | "return_shipping_paid"
  | "replacement"
  | "price_honoured";

export interface Remedy {
  id: string;
  case_id: string;
  kind: RemedyKind;
  status: "given" | "awaiting_approval" | "rejected";
  amount: number;
  currency: string;
  cost: number;
  code?: string;
  requested_by: string;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

export interface CaseMessage {
  id: string;
  direction: "in" | "out";
  channel: string;
  text: string;
  author: string;
  at: string;
  /** An outgoing reply: when it left (by its channel, or marked sent by hand); null while it waits. */
  sent_at: string | null;
  sent_by: string | null;
}

export interface CaseEvent {
  id: string;
  at: string;
  kind: string;
  text: string;
  who: string;
}

export interface Case {
  id: string;
  priority: Priority;
  status: CaseStatus;
  language: string;
  topics: string[];
  customer: { name: string | null; email: string | null; handle: string | null };
  source: string;
  channel: Channel;
  subject: string | null;
  text: string;
  reach: number;
  spread: number;
  crisis_id: string | null;
  first_response_due_at: string;
  resolve_due_at: string;
  first_response_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  escalated_at: string | null;
  escalated_to: string | null;
  overdue: boolean;
  post_status: string;
  follow_up: { private_text: string; public_text: string } | null;
  suggested_reply: { language: string; text: string; due: string };
  remedies: Remedy[];
  remedy_cost: number;
  currency: string;
  messages?: CaseMessage[];
  timeline?: CaseEvent[];
  created_at: string;
}

export interface ToneRemark {
  kind: string;
  text: string;
  index: number;
  why: string;
}
export interface ToneResult {
  ok: boolean;
  remarks: ToneRemark[];
}

export interface Policy {
  currency: string;
  limits: Partial<Record<RemedyKind, number>>;
  approver_role: "admin" | "responder" | "viewer";
  topics: Record<string, { offer: RemedyKind[]; amount: number }>;
}

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
