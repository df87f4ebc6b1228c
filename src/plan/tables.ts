export interface PlansTable {
  workspace_id: string;
  language: string;
  revision: number;
  /** The workspace's plan as JSON, in the shape of `planSchema`. */
  data: string;
  updated_by: string;
  updated_at: string;
  reminded_for: string | null;
}

export interface PlanRevisionsTable {
  id: string;
  workspace_id: string;
  revision: number;
  data: string;
  note: string;
  /** 1 when this revision was marked as a review: "what changed" counts from the latest one. */
  reviewed: number;
  created_by: string;
  created_at: string;
}

export interface PlanTables {
  plans: PlansTable;
  plan_revisions: PlanRevisionsTable;
}
