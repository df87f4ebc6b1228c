import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import type { Lang } from "../../plan/default-plan/index.js";
import type { SendInput } from "../schema.js";
import type { SenderDeps } from "../send.js";
import { statusPagePlan } from "../status-page-plan.js";
import type { CommsMessagesTable } from "../tables.js";

type StatusPageSend = Extract<SendInput, { channel: "status_page" }>;

/** Opens or updates the status-page incident in every language the message has. */
export async function publishToStatusPage(
  ctx: AppContext,
  deps: SenderDeps,
  actor: Actor,
  row: CommsMessagesTable,
  text: { subject: string; body: string },
  status: StatusPageSend["status"],
) {
  const lang = row.language as Lang;
  const plan = await statusPagePlan(ctx, actor, row);
  const title: Record<string, string> = { [lang]: text.subject };
  const bodies: Record<string, string> = { [lang]: text.body };
  for (const t of deps.translations(row)) {
    const r = await deps.rendered(actor, t);
    title[t.language] = r.subject;
    bodies[t.language] = r.body;
  }
  const incident = {
    title,
    impact: plan.impact,
    body: bodies,
    ...(status ? { status } : {}),
    components: plan.components,
  };
  return row.crisis_id
    ? await ctx.services.statuspage.publishForCrisis(actor, row.crisis_id, incident)
    : await ctx.services.statuspage.openIncident(actor, incident);
}
