import type { AccountsService } from "../accounts/service.js";
import type { AlertsService } from "../alerts/service.js";
import type { CasesService } from "../cases/service.js";
import type { ClassifierService } from "../classifier/service.js";
import type { CommsService } from "../comms/service.js";
import type { CrisesService } from "../crises/service.js";
import type { DetectionService } from "../detection/service.js";
import type { ListeningService } from "../listening/service.js";
import type { MailService } from "../mail/service.js";
import type { MonitoringService } from "../monitoring/service.js";
import type { OverviewService } from "../overview/service.js";
import type { PlanService } from "../plan/service.js";
import type { ReviewService } from "../review/service.js";
import type { StatusPageService } from "../statuspage/service.js";
import type { WebhooksService } from "../webhooks/service.js";

/** Every domain's service; a domain reaches another only through this. */
export interface Services {
  accounts: AccountsService;
  overview: OverviewService;
  plan: PlanService;
  statuspage: StatusPageService;
  comms: CommsService;
  crises: CrisesService;
  mail: MailService;
  webhooks: WebhooksService;
  listening: ListeningService;
  classifier: ClassifierService;
  monitoring: MonitoringService;
  alerts: AlertsService;
  detection: DetectionService;
  cases: CasesService;
  review: ReviewService;
}
