import type { AppContext } from "../app/context.js";
import { systemActor } from "../core/actor.js";
import { readerTime } from "../core/reader-time.js";
import { formatForCustomer } from "../core/zoned-time.js";
import type { Clock, CrisisRecord } from "./schema.js";
import { OPEN_STATUSES, crisesStore as store } from "./store.js";

/**
 * The clocks nobody is looking at during the worst week: each one that runs over (and the GDPR notice
 * a day before its deadline) lands once on the timeline and is mailed to whoever holds the roles that
 * own it. Several worker processes may run this at once: the timeline event's key and the mail job's
 * key make every reminder happen once.
 */
const OWNER: Record<Clock["id"], readonly string[]> = {
  acknowledge: ["crisis_lead"],
  first_public_word: ["crisis_lead", "communications"],
  update_cadence: ["crisis_lead", "communications"],
  mitigate: ["crisis_lead", "technical"],
  gdpr_art33: ["crisis_lead", "legal_data_protection"],
};
const GDPR_WARN_S = 24 * 3600;

interface Reminder {
  key: string;
  clock: Clock;
  /** The line on the timeline: the due time in the shop's zone with its abbreviation. */
  text: string;
  /** The mail's line with the due time written as `due` (given on the reader's clock, named). */
  line: (due: string) => string;
}

function remindersOf(c: CrisisRecord, timeZone: string): Reminder[] {
  const out: Reminder[] = [];
  const due = (iso: string | null) => (iso ? formatForCustomer(iso, { timeZone, language: "en" }) : "");
  for (const k of c.clocks) {
    if (k.state === "overdue" && k.due_at) {
      // The cadence clock restarts with every public update, so its due time makes each lapse distinct.
      out.push({
        key: `overdue:${k.id}:${k.due_at}`,
        clock: k,
        text: `Overdue: ${k.label} (target ${k.target_minutes} min, due ${due(k.due_at)})`,
        line: (at) => `Overdue: ${k.label}, due ${at}; the target is ${k.target_minutes} min.`,
      });
    } else if (k.id === "gdpr_art33" && k.state === "running" && (k.remaining_s ?? Infinity) <= GDPR_WARN_S) {
      const what = "Less than 24 hours left to notify the supervisory authority";
      out.push({
        key: `warning:${k.id}:${k.due_at}`,
        clock: k,
        text: `${what} (GDPR Art. 33, due ${due(k.due_at)})`,
        line: (at) => `${what} under GDPR Art. 33, due ${at}.`,
      });
    }
  }
  return out;
}

export async function watchCrises(ctx: AppContext, now = ctx.clock.now().getTime()): Promise<number> {
  const crises = ctx.services.crises;
  let sent = 0;
  const open = await store.openAll(ctx.db, OPEN_STATUSES);
  const zones = new Map<string, string>();
  for (const row of open) {
    const actor = systemActor(row.workspace_id, "Firebreak");
    const rec = await crises.getAt(actor, row.id, now);
    let zone = zones.get(row.workspace_id);
    if (zone === undefined) {
      zone = (await ctx.services.accounts.settings(row.workspace_id)).time_zone;
      zones.set(row.workspace_id, zone);
    }
    for (const r of remindersOf(rec, zone)) {
      if (await store.eventByKey(ctx.db, rec.id, r.key)) continue;
      await crises.addEvent(actor, rec.id, {
        kind: "clock.overdue",
        text: r.text,
        data: {
          clock: r.clock.id,
          label: r.clock.label,
          due_at: r.clock.due_at,
          target_minutes: r.clock.target_minutes,
          warning: r.key.startsWith("warning:"),
        },
        key: r.key,
        keyEvent: true,
        at: new Date(now).toISOString(),
      });
      sent += await mailOwners(ctx, row.workspace_id, rec, r, zone);
    }
  }
  return sent;
}

async function mailOwners(
  ctx: AppContext,
  workspaceId: string,
  c: CrisisRecord,
  r: Reminder,
  shopZone: string,
): Promise<number> {
  const members = await ctx.services.accounts.listMembers(systemActor(workspaceId));
  const holders = c.roles
    .filter((x) => OWNER[r.clock.id].includes(x.role) && x.user_id)
    .map((x) => x.user_id);
  // Nobody holds the roles yet: that is itself the problem, so the workspace's admins hear of it.
  const to = holders.length
    ? members.filter((m) => holders.includes(m.id))
    : members.filter((m) => m.role === "admin");
  const url = `${ctx.config.publicUrl}/crises/${c.id}`;
  for (const m of to) {
    await ctx.services.mail.send(
      {
        workspaceId,
        to: m.email,
        subject: `${c.drill ? "[Drill] " : ""}${c.severity} ${c.title}: ${r.clock.label} ${r.key.startsWith("warning") ? "due soon" : "overdue"}`,
        // The due time on this person's clock where they chose a zone, and whose clock it is.
        text: [
          r.line(readerTime(r.clock.due_at, m.time_zone, shopZone)),
          `Crisis: ${c.title} (${c.type_name}, ${c.severity}, ${c.status})`,
          url,
        ].join("\n\n"),
      },
      { key: `crisis-reminder:${c.id}:${r.key}:${m.id}` },
    );
  }
  return to.length;
}
