import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { ServiceError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { toRemedyOut } from "../assemble.js";
import { generateCode } from "../codes.js";
import type { RemedyPolicy } from "../policy.js";
import { casesStore as store } from "../store.js";
import type { CaseRemediesTable, CasesTable } from "../tables.js";
import { type Db, event, now } from "./internal.js";

export const month = (iso: string) => iso.slice(0, 7);

/** Adds a given remedy to its crisis's impact; outside any transaction (the crisis has its own). */
export async function recordCrisisCost(ctx: AppContext, actor: Actor, r: CaseRemediesTable) {
  if (!r.crisis_id) return;
  try {
    await ctx.services.crises.recordImpact(actor, r.crisis_id, {
      remedies_given: 1,
      remedies_cost: Number(r.cost),
      ...(Number(r.cost) ? { currency: r.currency } : {}),
    });
  } catch (err) {
    if (!(err instanceof ServiceError)) throw err;
    ctx.log.warn({ err, crisisId: r.crisis_id }, "remedy cost not added to crisis");
  }
}

/** A discount gets a single-use code of the policy's pattern, pushed to the shop when it has a webhook. */
async function issueCode(
  ctx: AppContext,
  trx: Db,
  actor: Actor,
  row: CasesTable,
  r: CaseRemediesTable,
  p: RemedyPolicy,
) {
  for (let tries = 0; ; tries++) {
    const code = generateCode(p.code_pattern);
    const ok = await store.insertCode(trx, {
      id: newId(),
      workspace_id: actor.workspaceId,
      code,
      case_id: row.id,
      remedy_id: r.id,
      amount: Number(r.amount),
      currency: r.currency,
      status: "issued",
      created_at: now(ctx),
      redeemed_at: null,
    });
    if (ok) {
      r.code = code;
      break;
    }
    if (tries > 20) throw new Error("could not find a free discount code; widen the pattern");
  }
  await trx.updateTable("case_remedies").set({ code: r.code }).where("id", "=", r.id).execute();
  if (p.shop_webhook) {
    await ctx.services.webhooks.deliver(
      actor.workspaceId,
      { url: p.shop_webhook.url, secret: p.shop_webhook.secret, channel: "shop" },
      "discount_code.created",
      { code: r.code, amount: Number(r.amount), currency: r.currency, single_use: true, case_id: row.id },
      { key: `discount:${r.id}`, db: trx },
    );
  }
}

/** Everything that happens when a remedy is given: a code if it is a discount, webhooks, the timeline. */
export async function give(
  ctx: AppContext,
  trx: Db,
  actor: Actor,
  row: CasesTable,
  r: CaseRemediesTable,
  p: RemedyPolicy,
) {
  if (r.kind === "discount") await issueCode(ctx, trx, actor, row, r, p);
  await event(
    ctx,
    trx,
    actor,
    row.id,
    "remedy.given",
    `Remedy given: ${r.kind}${Number(r.amount) ? ` ${(Number(r.amount) / 100).toFixed(2)} ${r.currency}` : ""}${r.code ? ` (code ${r.code})` : ""}`,
    { remedy_id: r.id, kind: r.kind, amount: Number(r.amount), currency: r.currency, code: r.code },
  );
  await ctx.services.webhooks.emit(
    actor.workspaceId,
    "remedy.given",
    { ...toRemedyOut(r), crisis_id: r.crisis_id },
    { db: trx, key: `remedy.given:${r.id}` },
  );
}
