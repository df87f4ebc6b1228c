import type { AccountsTables } from "../accounts/tables.js";
import type { AlertsTables } from "../alerts/tables.js";
import type { CasesTables } from "../cases/tables.js";
import type { ClassifierTables } from "../classifier/tables.js";
import type { CommsTables } from "../comms/tables.js";
import type { CrisesTables } from "../crises/tables.js";
import type { DetectionTables } from "../detection/tables.js";
import type { JobsTables } from "../jobs/tables.js";
import type { ListeningTables } from "../listening/tables.js";
import type { MonitoringTables } from "../monitoring/tables.js";
import type { PlanTables } from "../plan/tables.js";
import type { ReviewTables } from "../review/tables.js";
import type { ServerTables } from "../server/tables.js";
import type { StatusPageTables } from "../statuspage/tables.js";
import type { WebhooksTables } from "../webhooks/tables.js";

/**
 * The whole store as Kysely sees it: each domain contributes its own tables. It lives here, where the app
 * is wired, so that src/db (engines, migrations) and src/jobs know no domain (see the layer map in
 * docs/CONVENTIONS.md). A new domain adds its `tables.ts` here.
 */
export interface Database
  extends AccountsTables,
    JobsTables,
    WebhooksTables,
    CrisesTables,
    PlanTables,
    DetectionTables,
    AlertsTables,
    ListeningTables,
    ClassifierTables,
    MonitoringTables,
    StatusPageTables,
    CommsTables,
    CasesTables,
    ReviewTables,
    ServerTables {}
