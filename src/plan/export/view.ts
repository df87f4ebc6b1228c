import { type Lang, localize, nextReviewDate, type Plan, type RoleId } from "../default-plan/index.js";
import { formatMinutes, LABELS, type Labels } from "./labels.js";

/**
 * The plan resolved into one language and plain strings, so the three renderers only lay text out and
 * never decide content. Strings here are raw user text: each renderer escapes for its own format.
 */
export interface PlanView {
  lang: Lang;
  l: Labels;
  title: string;
  shopName: string;
  website: string;
  reviewed: string;
  nextReview: string;
  printed: string;
  howToUse: string[];
  severities: {
    name: string;
    meaning: string;
    examples: string;
    acknowledge: string;
    firstWord: string;
    mitigate: string;
    cadence: string;
    page: string;
  }[];
  roles: { name: string; duties: string[]; primary: ContactView; deputy: ContactView }[];
  stakeholders: { name: string; whenToInform: string; owner: string; contacts: ContactView[] }[];
  /** matrix[impact - 1][likelihood - 1] = names of the types in that cell. */
  matrix: string[][][];
  types: TypeView[];
  continuity: { name: string; fallback: string; rto: string; rpo: string; owner: string; provider: string }[];
  suppliers: {
    name: string;
    category: string;
    products: string;
    singleSource: boolean;
    alternative: string;
  }[];
  authorities: { country: string; name: string; website: string; note: string }[];
  reviewIntro: string;
  reviewTriggers: string[];
  drills: string[];
}

export interface ContactView {
  name: string;
  phone: string;
  email: string;
}

export interface TypeView {
  id: string;
  name: string;
  description: string;
  likelihood: number;
  impact: number;
  severity: string;
  messages: string;
  approval: string;
  apology: string;
  escalation: string[];
  tasks: { id: string; due: string; role: string; title: string; description: string }[];
}

export const buildView = (plan: Plan, lang: Lang, now: Date): PlanView => {
  const l = LABELS[lang];
  const t = (text: Parameters<typeof localize>[0]) => localize(text, lang);
  const roleName = new Map(plan.roles.map((r) => [r.id, t(r.name)]));
  const role = (id: RoleId) => roleName.get(id) ?? id;
  const sevName = new Map(plan.severities.map((s) => [s.id, t(s.name)]));
  const contact = (c: { name: string; phone: string; email: string }): ContactView => ({
    name: c.name,
    phone: c.phone,
    email: c.email,
  });

  const matrix: string[][][] = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => []));
  for (const type of plan.crisisTypes) matrix[type.impact - 1]?.[type.likelihood - 1]?.push(t(type.name));

  return {
    lang,
    l,
    title: l.title,
    shopName: plan.shop.name.trim() || l.shopUnnamed,
    website: plan.shop.website,
    reviewed: plan.review.lastReviewed ?? l.never,
    nextReview: nextReviewDate(plan) ?? l.never,
    printed: now.toISOString().slice(0, 10),
    howToUse: plan.howToUse.map(t),
    severities: plan.severities.map((s) => ({
      name: t(s.name),
      meaning: t(s.meaning),
      examples: t(s.examples),
      acknowledge: formatMinutes(s.targets.acknowledgeMinutes, l),
      firstWord: formatMinutes(s.targets.firstPublicWordMinutes, l),
      mitigate: formatMinutes(s.targets.mitigateMinutes, l),
      cadence: formatMinutes(s.updateCadenceMinutes, l),
      page: s.page.map(role).join(", "),
    })),
    roles: plan.roles.map((r) => {
      const slot = plan.team.find((s) => s.role === r.id);
      const blank = { name: "", phone: "", email: "" };
      return {
        name: t(r.name),
        duties: r.duties.map(t),
        primary: contact(slot?.primary ?? blank),
        deputy: contact(slot?.deputy ?? blank),
      };
    }),
    stakeholders: plan.stakeholders.map((g) => ({
      name: t(g.name),
      whenToInform: t(g.whenToInform),
      owner: role(g.owner),
      contacts: g.contacts.map(contact),
    })),
    matrix,
    types: plan.crisisTypes.map((type) => ({
      id: type.id,
      name: t(type.name),
      description: t(type.description),
      likelihood: type.likelihood,
      impact: type.impact,
      severity: sevName.get(type.defaultSeverity) ?? type.defaultSeverity,
      messages: type.messages.map((m) => l.messageKinds[m]).join(", "),
      approval: type.approval.required ? type.approval.approvers.map(role).join(", ") : l.notRequired,
      apology: type.apologyExpected ? l.yes : l.no,
      escalation: type.escalation.map((e) => t(e.text)),
      tasks: type.playbook.map((p) => ({
        id: p.id,
        due: `+${formatMinutes(p.dueMinutes, l)}`,
        role: role(p.role),
        title: t(p.title),
        description: p.description ? t(p.description) : "",
      })),
    })),
    continuity: plan.continuity.map((c) => ({
      name: t(c.name),
      fallback: t(c.fallback),
      rto: formatMinutes(c.rtoMinutes, l),
      rpo: c.rpoMinutes === 0 ? "0" : formatMinutes(c.rpoMinutes, l),
      owner: role(c.owner),
      provider: c.provider,
    })),
    suppliers: plan.suppliers.map((s) => ({
      name: s.name,
      category: s.category,
      products: s.products.map((p) => (p.sku ? `${p.name} (${p.sku})` : p.name)).join(", "),
      singleSource: s.singleSource,
      alternative: s.alternative,
    })),
    authorities: plan.authorities.map((a) => ({
      country: a.country,
      name: a.name,
      website: a.website,
      note: t(a.note),
    })),
    reviewIntro: l.every(plan.review.intervalMonths),
    reviewTriggers: plan.review.triggers.map(t),
    drills: plan.drills.guidance.map(t),
  };
};
