import { canonicalTimeZone } from "../core/zoned-time.js";
import { type Lang, localize, type Plan } from "../plan/default-plan/index.js";

export interface Page {
  role: string;
  roleName: string;
  name: string;
  email: string;
  /** The contact's own zone from the plan, when it gives one (canonical). */
  timeZone: string | null;
}

// Loose on purpose: a plan's contact e-mail is typed by hand, and a typo must not stop the others.
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * Who the plan says to call for these roles: the team slot's primary contact, or the deputy when the
 * primary has no e-mail. Roles with nobody to reach are returned apart, so the room can say so.
 */
export function pagesFor(
  plan: Plan,
  lang: Lang,
  roles: readonly string[],
): { pages: Page[]; unreachable: string[] } {
  const pages: Page[] = [];
  const unreachable: string[] = [];
  for (const role of roles) {
    const slot = plan.team.find((t) => t.role === role);
    const planRole = plan.roles.find((r) => r.id === role);
    const roleName = planRole ? localize(planRole.name, lang) : role;
    const who = [slot?.primary, slot?.deputy].find((c) => c && EMAIL.test(c.email.trim()));
    if (who)
      pages.push({
        role,
        roleName,
        name: who.name.trim() || who.email.trim(),
        email: who.email.trim(),
        timeZone: who.timeZone ? canonicalTimeZone(who.timeZone) : null,
      });
    else unreachable.push(roleName);
  }
  return { pages, unreachable };
}
