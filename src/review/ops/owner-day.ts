import type { AppContext } from "../../app/context.js";
import { systemActor } from "../../core/actor.js";
import { localDate } from "../../core/zoned-time.js";
import type { ActionItemsTable } from "../tables.js";

/**
 * The latest calendar day anywhere at `now` (UTC+14, the Line Islands): no owner's "today" is later, so
 * `due_date < latestToday(now)` is the store's coarse filter and the owner's own day decides the rest.
 */
export const latestToday = (now: Date) => localDate(now, "Etc/GMT-14");

/**
 * "Today" as an action item's owner counts it: a due date is a day on the owner's calendar, so an item
 * due Monday is late once Monday has ended where its owner lives, not at UTC midnight (hours early in
 * Los Angeles, hours late in Tokyo). The owner's own zone where they are a member who chose one (by
 * user id, else by e-mail), else the shop's.
 */
export async function ownerToday(ctx: AppContext, workspaceId: string, now: Date) {
  const [{ time_zone: shopZone }, zoneOf] = await Promise.all([
    ctx.services.accounts.settings(workspaceId),
    ctx.services.accounts.memberZones(systemActor(workspaceId)),
  ]);
  const days = new Map<string, string>();
  const dayIn = (zone: string) => {
    const d = days.get(zone) ?? localDate(now, zone);
    days.set(zone, d);
    return d;
  };
  return (r: Pick<ActionItemsTable, "owner_user_id" | "owner_email">) =>
    dayIn(zoneOf({ id: r.owner_user_id, email: r.owner_email }) ?? shopZone);
}
