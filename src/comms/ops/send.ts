import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { conflict } from "../../core/errors.js";
import type { SendInput } from "../schema.js";
import type { createSender } from "../send.js";
import { checkBreachParts } from "./breach.js";
import { approvalRule, load, out } from "./internal.js";

export type Sender = ReturnType<typeof createSender>;

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
  const result = await sender.send(actor, row, input, {
    approved: row.status === "approved" || row.status === "sent",
  });
  return { message: await out(ctx, actor, await load(ctx, actor, id)), ...result };
}
