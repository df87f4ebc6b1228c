import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { conflict, invalid } from "../../core/errors.js";
import type { SendInput } from "../schema.js";
import type { createSender } from "../send.js";
import { checkBreachParts } from "./breach.js";
import { approvalRule, load, out } from "./internal.js";

export type Sender = ReturnType<typeof createSender>;

/**
 * Not for the public page, which every visitor reads: a breach notice tells its reader "a breach that
 * affects you" (true only for those it is mailed to), an internal brief asks the team not to comment
 * publicly, a partner notice speaks to partners. The page takes status updates and the public kinds.
 */
const OFF_THE_PAGE = new Set(["breach_notice", "internal_brief", "supplier_notice"]);

/** Sends through one channel; without approval only where the plan allows it for the type. */
export async function send(ctx: AppContext, sender: Sender, actor: Actor, id: string, input: SendInput) {
  const row = await load(ctx, actor, id);
  const rule = await approvalRule(ctx, row);
  const sendable = rule.required ? ["approved", "sent"] : ["draft", "review", "approved", "sent"];
  if (!sendable.includes(row.status))
    throw conflict(
      rule.required
        ? `the plan asks for approval before this message leaves (it is ${row.status})`
        : `a ${row.status} message cannot be sent`,
      "status",
    );
  await checkBreachParts(ctx, actor, row);
  if (input.channel === "status_page" && OFF_THE_PAGE.has(row.kind))
    throw invalid(
      `a ${row.kind.replaceAll("_", " ")} is not for the public status page; send a status update there`,
      "channel",
    );
  const result = await sender.send(actor, row, input, {
    approved: row.status === "approved" || row.status === "sent",
  });
  return { message: await out(ctx, actor, await load(ctx, actor, id)), ...result };
}
