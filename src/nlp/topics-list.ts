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
] as const;
export type Topic = (typeof TOPICS)[number];
