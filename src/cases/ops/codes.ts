import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { conflict, notFound } from "../../core/errors.js";
import { csvLine } from "../codes.js";
import { casesStore as store } from "../store.js";
import { month } from "./give.js";
import { now } from "./internal.js";

const CODE_COLUMNS = [
  "code",
  "amount",
  "currency",
  "single_use",
  "status",
  "case_id",
  "created_at",
  "redeemed_at",
];

export async function codesCsv(ctx: AppContext, actor: Actor) {
  const rows = await store.codes(ctx.db, actor.workspaceId);
  return (
    csvLine(CODE_COLUMNS) +
    rows
      .map((r) =>
        csvLine([
          r.code,
          (Number(r.amount) / 100).toFixed(2),
          r.currency,
          "true",
          r.status,
          r.case_id,
          r.created_at,
          r.redeemed_at,
        ]),
      )
      .join("")
  );
}

/** The shop reports a code used: it works once. */
export async function redeemCode(ctx: AppContext, actor: Actor, code: string) {
  const at = now(ctx);
  if (await store.redeemCode(ctx.db, actor.workspaceId, code, at))
    return { code, status: "redeemed", redeemed_at: at };
  const c = await store.codeByValue(ctx.db, actor.workspaceId, code);
  if (!c) throw notFound("discount code");
  throw conflict("this code was used already", "code");
}

/** Remedies given per month, kind and currency, for the last `months` months. */
export async function monthly(ctx: AppContext, actor: Actor, months = 12) {
  const since = ctx.clock.now();
  since.setUTCMonth(since.getUTCMonth() - months + 1);
  const rows = await store.monthly(ctx.db, actor.workspaceId, month(since.toISOString()));
  return rows.map((r) => ({
    month: r.month ?? "",
    currency: r.currency,
    kind: r.kind,
    count: Number(r.count),
    cost: Number(r.cost),
  }));
}
