/** The public status page: component overrides, incidents and their updates, maintenance, subscribers. */

export interface StatusComponentsTable {
  workspace_id: string;
  component: string;
  /** A state set by hand; the monitors can only make it worse, never better. */
  state: string;
  note: string | null;
  updated_at: string;
}

export interface StatusIncidentsTable {
  id: string;
  workspace_id: string;
  crisis_id: string | null;
  /** JSON: {en, pl?, …}; English is required. */
  title: string;
  status: string;
  impact: string;
  /** JSON array of component ids. */
  components: string;
  created_at: string;
  updated_at: string;
  resolved_at: string | null;
}

export interface StatusUpdatesTable {
  id: string;
  workspace_id: string;
  incident_id: string;
  status: string;
  /** JSON: {en, pl?, …}. */
  body: string;
  created_by: string;
  published_at: string;
}

export interface StatusMaintenanceTable {
  id: string;
  workspace_id: string;
  title: string;
  body: string;
  components: string;
  starts_at: string;
  ends_at: string;
  cancelled_at: string | null;
  created_at: string;
}

export interface StatusSubscribersTable {
  id: string;
  workspace_id: string;
  email: string;
  language: string;
  /** Random secret in the confirm and unsubscribe links; kept in clear because every e-mail carries it. */
  token: string;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
}

export interface StatusPageTables {
  status_components: StatusComponentsTable;
  status_incidents: StatusIncidentsTable;
  status_updates: StatusUpdatesTable;
  status_maintenance: StatusMaintenanceTable;
  status_subscribers: StatusSubscribersTable;
}
