/** The subset of the plan (src/plan/default-plan/model.ts) the dashboard reads; the editor keeps the rest as is. */
export type Localized = Record<"en" | "pl" | "it" | "fr" | "de" | "es", string>;
export interface Contact {
  name: string;
  organisation: string;
  phone: string;
  email: string;
  notes: string;
}
export interface PlaybookTask {
  id: string;
  title: Localized;
  role: string;
  dueMinutes: number;
  clock?: string;
  description?: Localized;
}
export interface Plan {
  shop: { name: string; website: string; countries: string[] };
  team: { role: string; primary: Contact; deputy: Contact }[];
  stakeholders: { id: string; name: Localized; contacts: Contact[] }[];
  authorities: { id: string; kind: string; country: string; name: string; website: string }[];
  continuity: {
    id: string;
    name: Localized;
    fallback: Localized;
    rtoMinutes: number;
    rpoMinutes: number;
    owner: string;
    provider: string;
  }[];
  suppliers: {
    id: string;
    name: string;
    category: string;
    products: { sku: string; name: string }[];
    singleSource: boolean;
    alternative: string;
    contact: Contact;
  }[];
  review: {
    intervalMonths: number;
    lastReviewed: string | null;
    changelog: { date: string; by: string; summary: string }[];
  };
  crisisTypes: {
    id: string;
    name: Localized;
    likelihood: number;
    impact: number;
    defaultSeverity: "SEV1" | "SEV2" | "SEV3" | "SEV4";
    playbook: PlaybookTask[];
  }[];
  [k: string]: unknown;
}
export interface PlanView {
  revision: number;
  language: keyof Localized;
  updated_at: string;
  updated_by: string;
  review: { last_reviewed: string | null; next_review: string; due: boolean; days_left: number };
  plan: Plan;
}
export const loc = (t: Localized, lang: keyof Localized) => (t[lang]?.trim() ? t[lang] : t.en);
