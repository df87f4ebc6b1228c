/** The public status page: the shop's components, incidents and their updates, maintenance, subscribers. */

export interface StatusComponentsTable {
  workspace_id: string;
  /** The component's id: the five the page started with keep theirs ("payments"), new ones get a uuid. */
  component: string;
  /** A state set by hand; the monitors can only make it worse, never better. */
  state: string;
  note: string | null;
  updated_at: string;
  /** JSON: {en?, pl?, …}, one name per language the shop speaks. */
  name: string;
  /** Order among its siblings (the top level, or the components of one group). */
  position: number;
  /** The group (a named parent) this component is shown in, or null at the top level. */
  group_id: string | null;
  /** 1: a group, whose state is the worst of its components'; 0: a component. */
  is_group: number;
  created_at: string | null;
}

/** A workspace got the five default components once; one that removed them all does not get them back. */
export interface StatusPageSetupTable {
  workspace_id: string;
  components_seeded_at: string;
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
  /** When its first notice ("scheduled", or "in progress" for a window posted late) was mailed. */
  announced_at: string | null;
  /** JSON `MaintenanceMove[]` (model.ts), oldest first; null when never moved. */
  moves: string | null;
}

export interface StatusSubscribersTable {
  id: string;
  workspace_id: string;
  email: string;
  language: string;
  /** Random secret in the confirm and unsubscribe links, sealed (every e-mail carries it again). */
  token: string;
  /** SHA-256 of the token: how a link finds its subscriber. */
  token_hash: string;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
}

export interface StatusPageTables {
  status_components: StatusComponentsTable;
  status_page_setup: StatusPageSetupTable;
  status_incidents: StatusIncidentsTable;
  status_updates: StatusUpdatesTable;
  status_maintenance: StatusMaintenanceTable;
  status_subscribers: StatusSubscribersTable;
}
