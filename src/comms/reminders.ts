import type { AppContext } from "../app/context.js";
import { systemActor } from "../core/actor.js";
import { readerTime } from "../core/reader-time.js";
import { formatForCustomer } from "../core/zoned-time.js";

export interface Reminder {
  crisis_id: string;
  title: string;
  clock: "first_public_word" | "update_cadence";
  due_at: string;
  overdue_s: number;
}

/**
 * The plan sets how often the public hears from us (per severity). When the clock for the first public
 * word or the next update runs over, the crisis timeline says so once per missed slot, the team sees it
 * live, and the communications lead gets an e-mail.
 */
export function createReminders(ctx: AppContext) {
  async function overdue(workspaceId: string): Promise<Reminder[]> {
    const actor = systemActor(workspaceId, "Firebreak reminders");
    const open = await ctx.services.crises.list(actor, { status: "open", limit: 200 });
    const out: Reminder[] = [];
    const now = ctx.clock.now().getTime();
    for (const c of open.items) {
      if (c.drill) continue;
      for (const k of c.clocks) {
        if ((k.id === "first_public_word" || k.id === "update_cadence") && k.state === "overdue" && k.due_at)
          out.push({
            crisis_id: c.id,
            title: c.title,
            clock: k.id,
            due_at: k.due_at,
            overdue_s: Math.round((now - Date.parse(k.due_at)) / 1000),
          });
      }
    }
    return out;
  }

  async function remindWorkspace(workspaceId: string): Promise<number> {
    const actor = systemActor(workspaceId, "Firebreak reminders");
    const due = await overdue(workspaceId);
    if (due.length === 0) return 0;
    const members = await ctx.services.accounts.listMembers(actor);
    // A stored line and an e-mail cannot know each reader's zone: the shop's own, with its abbreviation.
    const { time_zone: timeZone } = await ctx.services.accounts.settings(workspaceId);
    for (const r of due) {
      const dueAt = formatForCustomer(r.due_at, { timeZone, language: "en" });
      const what = r.clock === "first_public_word" ? "The first public word" : "The next public update";
      const key = `comms-reminder:${r.clock}:${r.due_at}`;
      await ctx.services.crises.addEvent(actor, r.crisis_id, {
        kind: "comms.reminder",
        text: `${what} was due at ${dueAt}: publish an update now.`,
        data: { clock: r.clock, due_at: r.due_at },
        key,
      });
      ctx.bus.publish(workspaceId, "comms.reminder", r);
      const crisis = await ctx.services.crises.get(actor, r.crisis_id);
      const lead =
        crisis.roles.find((x) => x.role === "communications" && x.user_id) ??
        crisis.roles.find((x) => x.role === "crisis_lead" && x.user_id);
      const member = members.find((m) => m.id === lead?.user_id);
      const to = member?.email;
      // The mail goes to one person: the due time on their clock where they chose a zone.
      const theirs = readerTime(r.due_at, member?.time_zone, timeZone);
      if (to)
        await ctx.services.mail.send(
          {
            workspaceId,
            to,
            subject: `Update overdue: ${crisis.title}`,
            text: `${what} for "${crisis.title}" was due at ${theirs} and has not been published.\n\n${ctx.config.publicUrl}/crises/${crisis.id}\n`,
          },
          { key: `${key}:${r.crisis_id}` },
        );
    }
    return due.length;
  }

  return {
    overdue,
    remindWorkspace,
    async remindAll(): Promise<number> {
      let n = 0;
      for (const id of await ctx.services.accounts.allWorkspaceIds()) n += await remindWorkspace(id);
      return n;
    },
  };
}
