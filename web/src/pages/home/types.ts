import type { Answer, Item } from "../../api/types.js";

/**
 * What the home page reads from other domains' answers: shapes from the server's OpenAPI document
 * (web/src/api/types.ts), so the home page and each domain's page cannot disagree.
 */
export type Overview = Answer<"getOverview">;
export type HomeCrisis = Item<"getCrises">;
export type HomeAlert = Item<"getAlerts">;
export type HomeMessage = Item<"getCommsMessages">;
export type HomeCase = Item<"getCases">;
export type HomeMonitor = Item<"getMonitors">;
export type HomeEndpoint = Item<"getWebhooks">;
export type HomeDelivery = Item<"getWebhooksByIdDeliveries">;
/** GET /api/v1/approvals: remedies and messages waiting for a second person. */
export type HomeApproval = Item<"getApprovals">;
