/** The parts of other domains' answers the home page reads (the full shapes live with their pages). */
export interface Overview {
  mentions: number;
  open_alerts: number;
  open_crises: number;
  mentions_24h: number;
  /** 0..1, null when there were no mentions to judge. */
  negative_share_24h: number | null;
}

export interface HomeCrisis {
  id: string;
  title: string;
  severity: string;
  status: string;
  drill: boolean;
  started_at: string;
  roles: { role: string; name: string; user_name: string | null }[];
  clocks: { id: string; label: string; due_at: string | null; stopped_at: string | null; state: string }[];
  tasks: { id: string; title: string; status: string; due_at: string | null; overdue: boolean }[];
  timeline?: { kind: string; at: string; data: unknown }[];
}

export interface HomeAlert {
  id: string;
  title: string;
  status: string;
  opened_at: string;
  escalation_step: number;
  acknowledged_at: string | null;
}

export interface HomeMessage {
  id: string;
  kind: string;
  subject: string | null;
  /** The subject and body with the template's variables filled in. */
  preview?: { subject: string | null; body: string };
  language: string;
  status: string;
  crisis_id: string | null;
  submitted_by: string | null;
  submitted_at: string | null;
  created_by: string;
}

export interface HomeCase {
  id: string;
  priority: string;
  status: string;
  subject: string | null;
  text: string;
  customer: { name: string | null; email: string | null; handle: string | null };
  first_response_due_at: string;
}

export interface HomeMonitor {
  id: string;
  name: string;
  state: string;
  state_changed_at: string | null;
  last_error: string | null;
  enabled: boolean;
}

export interface HomeEndpoint {
  id: string;
  url: string;
  description: string | null;
  active: boolean;
}

export interface HomeDelivery {
  ok: boolean;
  status_code: number | null;
  error: string | null;
  created_at: string;
}

/** GET /api/v1/approvals: remedies and messages waiting for a second person. */
export interface HomeApproval {
  kind: "remedy" | "message";
  id: string;
  title: string;
  requested_by: string;
  requested_at: string;
  case_id: string | null;
  crisis_id: string | null;
  amount: number | null;
  currency: string | null;
  can_decide: boolean;
}
