import type { Answer, Item } from "../../api/types.js";

/** Shapes from the server's OpenAPI document (web/src/api/types.ts). */
export type ActionItem = Item<"getActionItems">;
export type Postmortem = Answer<"getCrisesByIdPostmortem">;
/** The reputation series as a post-mortem carries it; GET /api/v1/reputation answers the same plus a cursor. */
export type Reputation = NonNullable<Postmortem["reputation"]>;
export type DayPoint = Reputation["items"][number];

// The crisis report has no JSON schema of its own on the server yet (it answers json, md, html or csv).
export interface TimeStat {
  mean: number | null;
  median: number | null;
  n: number;
}
export interface GroupStats {
  key: string;
  label: string;
  count: number;
  times: Record<"detect" | "acknowledge" | "first_public_word" | "mitigate" | "resolve", TimeStat>;
  remedy_cost: Record<string, number>;
}
export interface ReportSide {
  overall: GroupStats;
  by_type: GroupStats[];
  by_quarter: GroupStats[];
}
export interface Report {
  real: ReportSide;
  drills: ReportSide;
  top_causes: { cause: string; count: number }[];
  crises: {
    id: string;
    title: string;
    type: string;
    severity: string;
    drill: boolean;
    started_at: string;
    resolved_at: string | null;
    remedies_cost: number;
    currency: string;
  }[];
}
