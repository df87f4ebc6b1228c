export interface CasesTable {
  id: string;
  workspace_id: string;
  status: string;
  priority: string;
  /** The language replies are drafted in: one of ours. */
  language: string;
  /**
   * The language the customer wrote in (ISO 639-1, maybe outside ours: "pt"); null where not known
   * (undecided, or a case older than the column).
   */
  customer_language: string | null;
  /**
   * The customer's offset from UTC in minutes from their latest e-mail's `Date:` header (+0100 → 60);
   * null where no e-mail gave one (a post, a case opened by hand).
   */
  customer_utc_offset: number | null;
  topics: string;
  sentiment_score: number;
  customer_name: string | null;
  customer_email: string | null;
  customer_handle: string | null;
  /** Where it came from: "email", "manual", or a listening source name. */
  source: string;
  /** How replies go out: email, webhook (social/review tools) or clipboard. */
  channel: string;
  subject: string | null;
  text: string;
  mention_id: string | null;
  /** The post's id at its source, so a later change to the post can be matched. */
  external_id: string | null;
  reach: number;
  spread: number;
  crisis_id: string | null;
  first_response_due_at: string;
  resolve_due_at: string;
  first_response_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  escalated_at: string | null;
  escalated_to: string | null;
  /** unknown | asked | updated | removed | unchanged */
  post_status: string;
  follow_up: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface CaseMessagesTable {
  id: string;
  workspace_id: string;
  case_id: string;
  direction: string;
  channel: string;
  text: string;
  author: string;
  mention_id: string | null;
  email_message_id: string | null;
  at: string;
  /** When an outgoing message really left (by a channel, or marked sent by hand); null while it waits. */
  sent_at: string | null;
  sent_by: string | null;
}

export interface CaseEventsTable {
  id: string;
  workspace_id: string;
  case_id: string;
  at: string;
  kind: string;
  text: string;
  data: string | null;
  actor: string;
  actor_user_id: string | null;
}

export interface CaseRemediesTable {
  id: string;
  workspace_id: string;
  case_id: string;
  crisis_id: string | null;
  kind: string;
  status: string;
  amount: number;
  currency: string;
  cost: number;
  code: string | null;
  requested_by: string;
  /** The requester's user id: four eyes means someone else decides. */
  requested_by_user: string | null;
  decided_by: string | null;
  decided_at: string | null;
  /** YYYY-MM of when it was given, for the monthly cost summary. */
  month: string | null;
  created_at: string;
}

export interface DiscountCodesTable {
  id: string;
  workspace_id: string;
  code: string;
  case_id: string;
  remedy_id: string;
  amount: number;
  currency: string;
  status: string;
  created_at: string;
  redeemed_at: string | null;
}

export interface CaseSettingsTable {
  workspace_id: string;
  policy: string;
  updated_by: string;
  updated_at: string;
}

export interface CasesTables {
  cases: CasesTable;
  case_messages: CaseMessagesTable;
  case_events: CaseEventsTable;
  case_remedies: CaseRemediesTable;
  discount_codes: DiscountCodesTable;
  case_settings: CaseSettingsTable;
}
