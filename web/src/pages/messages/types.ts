export const KINDS = [
  ["status_update", "Status page update"],
  ["customer_email", "Customer e-mail"],
  ["social_post", "Social post"],
  ["press_release", "Press release"],
  ["internal_brief", "Internal brief"],
  ["supplier_notice", "Supplier and partner notice"],
  ["breach_notice", "Personal-data breach notice (GDPR Art. 34)"],
] as const;
export const LANGS = ["en", "pl", "it", "fr", "de", "es"] as const;
export const kindLabel = (k: string) => KINDS.find(([id]) => id === k)?.[1] ?? k;

export interface ToneRemark {
  kind: string;
  text: string;
  index: number;
  why: string;
}

export interface Message {
  id: string;
  crisis_id: string | null;
  kind: string;
  crisis_type: string;
  language: string;
  status: "draft" | "review" | "approved" | "sent" | "cancelled";
  subject: string;
  body: string;
  vars: {
    breach?: Record<string, string>;
    translations?: Record<string, { subject?: string; body: string }>;
    [k: string]: unknown;
  };
  preview: { subject: string; body: string };
  tone: { ok: boolean; remarks: ToneRemark[] };
  translations: Record<
    string,
    { preview: { subject: string; body: string }; tone: { ok: boolean; remarks: ToneRemark[] } }
  >;
  approval: { required: boolean; approvers: string[] };
  created_by: string;
  created_at: string;
  submitted_by: string | null;
  approved_by: string | null;
  approved_at: string | null;
  sent_by: string | null;
  sent_at: string | null;
  sends: { channel: string; at: string; by: string; target?: string; segment?: string }[];
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: string;
  data: Record<string, unknown>;
}

export interface CrisisSummary {
  id: string;
  title: string;
  type: string;
  status: string;
}
