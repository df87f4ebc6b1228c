import type { Answer, Item } from "../../api/types.js";

/** Shapes from the server's OpenAPI document (web/src/api/types.ts). */
export type ActionItem = Item<"getActionItems">;
export type Postmortem = Answer<"getCrisesByIdPostmortem">;
/** The reputation series as a post-mortem carries it; GET /api/v1/reputation answers the same plus a cursor. */
export type Reputation = NonNullable<Postmortem["reputation"]>;
export type DayPoint = Reputation["items"][number];

/** The report across crises (GET /api/v1/reports/crises, JSON). */
export type Report = Answer<"getReportsCrises">;
export type ReportSide = Report["real"];
export type GroupStats = ReportSide["overall"];
export type TimeStat = GroupStats["times"]["resolve"];
