/** The crisis record as the API answers it (src/crises/schema.ts crisisOut). */
export interface Clock {
  id: "acknowledge" | "first_public_word" | "mitigate" | "update_cadence" | "gdpr_art33";
  label: string;
  started_at: string;
  due_at: string | null;
  stopped_at: string | null;
  target_minutes: number | null;
  state: "running" | "overdue" | "met" | "missed";
  /** event: its own step happened; end: the crisis ended without it. */
  stopped_by: "event" | "end" | null;
}
export interface TimelineEvent {
  id: string;
  at: string;
  kind: string;
  text: string;
  data: unknown;
  actor: string;
  key_event: boolean;
}
export interface Task {
  id: string;
  title: string;
  role: string;
  due_at: string | null;
  status: "open" | "done" | "skipped";
  done_by: string | null;
  overdue: boolean;
  clock: string | null;
}
export interface RoleSlot {
  role: string;
  name: string;
  user_id: string | null;
  user_name: string | null;
  since: string | null;
}
export interface Link {
  id: string;
  kind: "alert" | "mention" | "monitor" | "case";
  ref_id: string;
  note: string | null;
  created_at: string;
}
export interface Impact {
  orders_affected: number;
  revenue_at_risk: number;
  customers_affected: number;
  remedies_given: number;
  remedies_cost: number;
  currency: string;
}
export interface Crisis {
  id: string;
  title: string;
  type: string;
  type_name: string;
  severity: "SEV1" | "SEV2" | "SEV3" | "SEV4";
  status: "detected" | "acknowledged" | "mitigating" | "monitoring" | "resolved" | "closed" | "declined";
  declined_at: string | null;
  declined_reason: string | null;
  resolved_at: string | null;
  summary: string;
  drill: boolean;
  personal_data: boolean;
  started_at: string;
  aware_at: string;
  first_public_word_at: string | null;
  last_public_update_at: string | null;
  authority_notified_at: string | null;
  severity_info: {
    name: string;
    meaning: string;
    update_cadence_minutes: number;
    targets: { acknowledge_minutes: number; first_public_word_minutes: number; mitigate_minutes: number };
  } | null;
  escalation: Escalation[];
  messages: { kinds: string[]; approval_required: boolean; approvers: string[]; apology_expected: boolean };
  next_statuses: Crisis["status"][];
  clocks: Clock[];
  impact: Impact;
  roles: RoleSlot[];
  tasks: Task[];
  timeline: TimelineEvent[];
  links: Link[];
  drill_score: {
    score: number;
    tasks?: { total: number; on_time: number; late: number; skipped: number; open: number };
    items: {
      id: string;
      label: string;
      target_minutes: number;
      actual_minutes: number | null;
      met: boolean;
    }[];
  } | null;
}
export interface Escalation {
  id: string;
  raise_to: Crisis["severity"];
  text: string;
  state: "triggered" | "not_met" | "needs_judgement";
  above_current: boolean;
  conditions: { metric: string; op: string; value: number; observed: number | null; met: boolean | null }[];
}

/** What every panel of the room gets: the record, whether the viewer may act, and how to act. */
export interface RoomPart {
  c: Crisis;
  canAct: boolean;
  act: (fn: () => Promise<unknown>) => Promise<void>;
  path: string;
}

export interface CrisisTypeItem {
  id: string;
  name: string;
  likelihood: number;
  impact: number;
  default_severity: string;
}

export const money = (minor: number, currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency }).format(minor / 100);
