export interface CrisesTable {
  id: string;
  workspace_id: string;
  title: string;
  type: string;
  severity: string;
  status: string;
  summary: string;
  /** The summary in other languages than the plan's: JSON {"de": "…"}, null when none (0640). */
  summaries: string | null;
  /** The title in other languages than the plan's: JSON {"de": "…"}, null when none (0660). */
  titles: string | null;
  drill: number;
  personal_data: number;
  started_at: string;
  /** When the shop became aware: the GDPR Art. 33 clock runs from here, not from detection. */
  aware_at: string;
  acknowledged_at: string | null;
  mitigating_at: string | null;
  monitoring_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  /** A false alarm: when it was declined and why. */
  declined_at: string | null;
  declined_reason: string | null;
  first_public_word_at: string | null;
  last_public_update_at: string | null;
  authority_notified_at: string | null;
  orders_affected: number;
  revenue_at_risk: number;
  customers_affected: number;
  remedies_given: number;
  remedies_cost: number;
  currency: string;
  drill_score: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface CrisisEventsTable {
  id: string;
  workspace_id: string;
  crisis_id: string;
  at: string;
  kind: string;
  text: string;
  data: string | null;
  actor: string;
  actor_user_id: string | null;
  key_event: number;
  idem_key: string | null;
}

export interface CrisisTasksTable {
  id: string;
  workspace_id: string;
  crisis_id: string;
  playbook_id: string | null;
  title: string;
  role: string;
  due_at: string | null;
  clock: string | null;
  status: string;
  position: number;
  done_at: string | null;
  done_by: string | null;
  created_at: string;
}

export interface CrisisLinksTable {
  id: string;
  workspace_id: string;
  crisis_id: string;
  kind: string;
  ref_id: string;
  note: string | null;
  created_by: string;
  created_at: string;
}

export interface CrisisRolesTable {
  crisis_id: string;
  workspace_id: string;
  role: string;
  user_id: string;
  user_name: string;
  since: string;
}

export interface CrisesTables {
  crises: CrisesTable;
  crisis_events: CrisisEventsTable;
  crisis_tasks: CrisisTasksTable;
  crisis_links: CrisisLinksTable;
  crisis_roles: CrisisRolesTable;
}
