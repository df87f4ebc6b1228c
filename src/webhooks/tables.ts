export interface WebhookEndpointsTable {
  id: string;
  workspace_id: string;
  url: string;
  /** JSON array of event types. */
  events: string;
  /** Needed in clear to sign; never returned after creation and never logged. */
  secret: string;
  description: string | null;
  active: number;
  created_at: string;
}

export interface WebhookDeliveriesTable {
  id: string;
  workspace_id: string;
  endpoint_id: string | null;
  /** What sent it: "endpoint", "alert-channel", "slack", "social", "shop"… */
  channel: string;
  url: string;
  message_id: string;
  type: string;
  attempt: number;
  status_code: number | null;
  ok: number;
  error: string | null;
  duration_ms: number;
  created_at: string;
  /** The exact body sent, for a resend; null on rows logged before it was kept. */
  body: string | null;
}

export interface WebhooksTables {
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
}
