import { canonicalTimeZone } from "../core/zoned-time.js";

/**
 * The zone each member chose for themselves (Settings → My account), canonical, by user id or e-mail
 * (any case): what a mail or a due day to one person is read on. null where they chose none, are no
 * member, or stored a zone that no longer exists.
 */
export function zoneLookup(members: readonly { id: string; email: string; time_zone: string | null }[]) {
  const byId = new Map<string, string>();
  const byEmail = new Map<string, string>();
  for (const m of members) {
    const zone = m.time_zone ? canonicalTimeZone(m.time_zone) : null;
    if (!zone) continue;
    byId.set(m.id, zone);
    byEmail.set(m.email.toLowerCase(), zone);
  }
  return (who: { id?: string | null; email?: string | null }): string | null =>
    (who.id ? byId.get(who.id) : undefined) ??
    (who.email ? byEmail.get(who.email.toLowerCase()) : undefined) ??
    null;
}
export type MemberZoneOf = ReturnType<typeof zoneLookup>;
