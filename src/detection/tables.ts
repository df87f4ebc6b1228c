/** Shop signals (orders and payments) and the live detectors' persisted state. */

export const SHOP_EVENT_KINDS = [
  "order_placed",
  "payment_failed",
  "payment_succeeded",
  "refund",
  "order_cancelled",
  // Not a detector input; kept so other domains can tell "paid but not shipped".
  "order_fulfilled",
] as const;
export type ShopEventKind = (typeof SHOP_EVENT_KINDS)[number];

export const SHOP_PLATFORMS = ["api", "shopify", "woocommerce"] as const;
export type ShopPlatform = (typeof SHOP_PLATFORMS)[number];

export interface ShopEventsTable {
  id: string;
  workspace_id: string;
  /** The sender's id of the event: unique per workspace, so a retried delivery is stored once. */
  event_id: string;
  type: ShopEventKind;
  platform: ShopPlatform;
  order_id: string | null;
  customer_email: string | null;
  /** Integer minor units (cents). */
  amount: number | null;
  currency: string | null;
  /** When it happened at the shop (ISO 8601 UTC). */
  occurred_at: string;
  created_at: string;
}

export interface ShopIntegrationsTable {
  workspace_id: string;
  platform: "shopify" | "woocommerce";
  /** Needed in the clear: the HMAC of every inbound webhook is computed with it. */
  secret: string;
  created_at: string;
}

export interface DetectorStatesTable {
  workspace_id: string;
  /** DetectionEngine.toJSON(). */
  state: string;
  /** Last mention id fed to the engine (ids are time-ordered uuid v7). */
  mention_cursor: string | null;
  /** Last shop event id fed to the engine. */
  shop_cursor: string | null;
  /** Workspace detector settings (DetectionConfigInput), JSON. */
  config: string;
  updated_at: string;
}

export interface DetectionTables {
  shop_events: ShopEventsTable;
  shop_integrations: ShopIntegrationsTable;
  detector_states: DetectorStatesTable;
}
