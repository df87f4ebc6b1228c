export interface ActionItem {
  id: string;
  crisis_id: string;
  title: string;
  owner_user_id: string | null;
  owner_name: string;
  owner_email: string | null;
  due_date: string;
  status: "open" | "in_progress" | "done" | "dropped";
  overdue: boolean;
  plan_part: "playbook" | "template" | "monitor" | "supplier" | "remedy_rule" | "other";
  plan_ref: string;
  plan_label: string;
  created_at: string;
  done_at: string | null;
}

export interface DayPoint {
  day: string;
  mentions: number;
  negative: number | null;
  neutral: number | null;
  positive: number | null;
  index: number | null;
  rating?: number | null;
}

export interface Reputation {
  items: DayPoint[];
  since: string;
  until: string;
  baseline: {
    index: number;
    low: number;
    high: number;
    from: string;
    to: string;
    days: number;
    mentions: number;
    rating: number | null;
  } | null;
  recovery: {
    crisis_id: string | null;
    start_day: string;
    worst_day: string | null;
    worst_index: number | null;
    depth: number | null;
    fell_below: boolean;
    recovered_on: string | null;
    days_to_recover: number | null;
  } | null;
}

export interface Postmortem {
  crisis_id: string;
  status: "draft" | "final";
  blameless: boolean;
  revision: number;
  language: string;
  drafted_at: string;
  updated_at: string;
  updated_by: string;
  crisis: {
    id: string;
    title: string;
    type: string;
    type_name: string;
    severity: string;
    status: string;
    drill: boolean;
    started_at: string;
    resolved_at: string | null;
  };
  summary: string;
  causes: string[];
  contributing_factors: string[];
  went_well: string[];
  went_badly: string[];
  times: {
    id: string;
    label: string;
    at: string | null;
    minutes: number | null;
    target_minutes: number | null;
    met: boolean | null;
  }[];
  timeline: { id: string; at: string; text: string; actor: string }[];
  impact: {
    orders_affected: number;
    revenue_at_risk: number;
    customers_affected: number;
    cases: number;
    remedies_given: number;
    remedies_cost: number;
    currency: string;
    mentions: number;
    negative_share: number | null;
  };
  action_items: ActionItem[];
  reputation: Reputation | null;
}

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
