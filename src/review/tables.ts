/** One post-mortem per crisis. Facts (times, impact, timeline) are read live from the crisis; what the
 * team writes is stored here. JSON columns hold arrays of plain strings. */
export interface PostmortemsTable {
  id: string;
  workspace_id: string;
  crisis_id: string;
  /** "draft" | "final" */
  status: string;
  /** 0/1: the timeline names roles, not people. */
  blameless: number;
  summary: string;
  causes: string;
  contributing_factors: string;
  went_well: string;
  went_badly: string;
  revision: number;
  drafted_at: string;
  updated_at: string;
  updated_by: string;
}

export interface ActionItemsTable {
  id: string;
  workspace_id: string;
  crisis_id: string;
  title: string;
  owner_user_id: string | null;
  owner_name: string;
  owner_email: string | null;
  /** YYYY-MM-DD */
  due_date: string;
  /** "open" | "in_progress" | "done" | "dropped" */
  status: string;
  /** The part of the plan it changes: playbook, template, monitor, supplier, remedy_rule, other. */
  plan_part: string;
  plan_ref: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  done_at: string | null;
  /** The due date the last overdue reminder was sent for: one reminder per due date. */
  reminded_for: string | null;
}

export interface ReviewTables {
  postmortems: PostmortemsTable;
  action_items: ActionItemsTable;
}
