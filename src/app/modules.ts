import { accountsModule } from "../accounts/module.js";
import { alertsModule } from "../alerts/module.js";
import { casesModule } from "../cases/module.js";
import { classifierModule } from "../classifier/module.js";
import { commsModule } from "../comms/module.js";
import { crisesModule } from "../crises/module.js";
import { detectionModule } from "../detection/module.js";
import { listeningModule } from "../listening/module.js";
import { mailModule } from "../mail/module.js";
import { monitoringModule } from "../monitoring/module.js";
import { overviewModule } from "../overview/module.js";
import { planModule } from "../plan/module.js";
import { reviewModule } from "../review/module.js";
import { statusPageModule } from "../statuspage/module.js";
import { webhooksModule } from "../webhooks/module.js";
import type { DomainModule } from "./module.js";

/** Every domain, in the order their services are set up (a domain after those it calls at setup). */
export const modules: DomainModule[] = [
  accountsModule,
  overviewModule,
  mailModule,
  webhooksModule,
  listeningModule,
  classifierModule,
  planModule,
  crisesModule,
  monitoringModule,
  statusPageModule,
  commsModule,
  alertsModule,
  detectionModule,
  casesModule,
  reviewModule,
];
