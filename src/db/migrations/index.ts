import type { Migration } from "../migration.js";
import { accounts } from "./0001_accounts.js";
import { jobs } from "./0002_jobs.js";
import { webhooks } from "./0003_webhooks.js";
import { workspaceSettings } from "./0010_workspace_settings.js";
import { idempotency } from "./0030_idempotency.js";
import { instanceAdmin } from "./0040_instance_admin.js";
import { sessionReset } from "./0041_session_reset.js";
import { userLanguage } from "./0050_user_language.js";
import { invitations } from "./0060_invitations.js";
import { webhookDeliveryBody } from "./0061_webhook_delivery_body.js";
import { userTimeZone } from "./0070_user_time_zone.js";
import { listening } from "./0101_listening.js";
import { listeningOriginals } from "./0102_listening_originals.js";
import { mentionLabels } from "./0110_mention_labels.js";
import { sealSecrets } from "./0130_seal_secrets.js";
import { sealMoreSecrets } from "./0140_seal_more_secrets.js";
import { mentionCounts } from "./0141_mention_counts.js";
import { sealMonitorHeaders } from "./0142_seal_monitor_headers.js";
import { redactSlackUrls } from "./0143_redact_slack_urls.js";
import { mentionHours } from "./0150_mention_hours.js";
import { arrivalOrder } from "./0160_arrival_order.js";
import { copyWindow } from "./0170_copy_window.js";
import { copyKey } from "./0180_copy_key.js";
import { detection } from "./0201_detection.js";
import { alerts } from "./0202_alerts.js";
import { alertPagingTruth } from "./0210_alert_paging_truth.js";
import { alertExplanation } from "./0220_alert_explanation.js";
import { alertPagingCredential } from "./0230_alert_paging_credential.js";
import { shopEventsArrival } from "./0240_shop_events_arrival.js";
import { crises } from "./0301_crises.js";
import { plan } from "./0302_plan.js";
import { crisisDeclined } from "./0310_crisis_declined.js";
import { comms } from "./0401_comms.js";
import { statuspage } from "./0402_statuspage.js";
import { commsFourEyes } from "./0420_comms_four_eyes.js";
import { statusComponents } from "./0430_status_components.js";
import { maintenanceAnnounced } from "./0440_maintenance_announced.js";
import { maintenanceMoves } from "./0450_maintenance_moves.js";
import { monitoring } from "./0501_monitoring.js";
import { cases } from "./0601_cases.js";
import { caseSentAndFourEyes } from "./0610_case_sent_and_four_eyes.js";
import { caseCustomerLanguage } from "./0620_case_customer_language.js";
import { caseCustomerOffset } from "./0630_case_customer_offset.js";
import { crisisSummaries } from "./0640_crisis_summaries.js";
import { contactTimeZone } from "./0650_contact_time_zone.js";
import { crisisTitles } from "./0660_crisis_titles.js";
import { review } from "./0701_review.js";
import { classifier } from "./0800_classifier.js";

/**
 * Every migration, in order. Numbers are grouped by domain so parallel work does not collide:
 * 00xx foundation, 01xx listening, 02xx detection and alerts, 03xx crises and plan, 04xx comms and status
 * page, 05xx monitoring, 06xx cases, 07xx review.
 */
export const migrations: Migration[] = [
  accounts,
  jobs,
  webhooks,
  workspaceSettings,
  idempotency,
  instanceAdmin,
  sessionReset,
  userLanguage,
  invitations,
  webhookDeliveryBody,
  userTimeZone,
  listening,
  listeningOriginals,
  mentionLabels,
  sealSecrets,
  mentionCounts,
  mentionHours,
  arrivalOrder,
  copyWindow,
  copyKey,
  detection,
  alerts,
  alertPagingTruth,
  alertExplanation,
  alertPagingCredential,
  shopEventsArrival,
  crises,
  plan,
  crisisDeclined,
  comms,
  commsFourEyes,
  statuspage,
  statusComponents,
  maintenanceAnnounced,
  maintenanceMoves,
  monitoring,
  cases,
  caseSentAndFourEyes,
  caseCustomerLanguage,
  caseCustomerOffset,
  crisisSummaries,
  contactTimeZone,
  crisisTitles,
  review,
  classifier,
  // 0140 seals columns of tables created above (alerts, cases, status page, comms): it runs after them.
  sealMoreSecrets,
  sealMonitorHeaders,
  redactSlackUrls,
];
