import { invalid } from "../../core/errors.js";
import { IMPACT_KEYS } from "../schema.js";
import { crisesStore as store } from "../store.js";
import {
  change,
  event,
  getRecord,
  type ImpactDelta,
  noteEscalations,
  type OpCtx,
  planOf,
} from "./internal.js";

type ImpactKey = (typeof IMPACT_KEYS)[number];

/** `add` adds to the figures (cases call it for every remedy given); `set` replaces them (the room's form). */
export async function changeImpact(
  c: OpCtx,
  input: { crisisId: string; values: ImpactDelta; mode: "add" | "set" },
) {
  const { crisisId, values, mode } = input;
  const { actor } = c;
  const fields: Partial<Record<ImpactKey, number>> = {};
  for (const k of IMPACT_KEYS) {
    const v = values[k];
    if (v === undefined) continue;
    if (!Number.isInteger(v)) throw invalid(`${k} must be a whole number (money in minor units)`, k);
    if (mode === "set" && v < 0) throw invalid(`${k} cannot be negative`, k);
    fields[k] = v;
  }
  const { plan, lang } = await planOf(c.app, actor.workspaceId);
  await change(c, crisisId, "impact", async (trx, row) => {
    const at = c.app.clock.now().toISOString();
    // A correction may subtract, but never below zero: a negative count would poison the post-mortem.
    if (mode === "add")
      for (const [k, v] of Object.entries(fields) as [ImpactKey, number][])
        if (row[k] + v < 0) throw invalid(`${k} would go below zero (it is ${row[k]})`, k);
    if (values.currency && values.currency !== row.currency) {
      if (row.revenue_at_risk !== 0 || row.remedies_cost !== 0) {
        throw invalid(`amounts are already in ${row.currency}; convert before recording`, "currency");
      }
      await store.update(trx, actor.workspaceId, crisisId, { currency: values.currency });
    }
    if (mode === "add") await store.addImpact(trx, actor.workspaceId, crisisId, fields, at);
    else await store.update(trx, actor.workspaceId, crisisId, { ...fields, updated_at: at });
    const currency = values.currency ?? row.currency;
    const show = (k: string, v: number) =>
      k === "revenue_at_risk" || k === "remedies_cost" ? `${(v / 100).toFixed(2)} ${currency}` : String(v);
    const parts = Object.entries(fields).map(
      ([k, v]) => `${k.replaceAll("_", " ")} ${mode === "add" && v >= 0 ? "+" : ""}${show(k, v)}`,
    );
    if (parts.length) {
      await event(trx, actor, crisisId, {
        kind: "impact.updated",
        text: `Impact: ${parts.join(", ")}`,
        data: { mode, currency, ...fields },
        at,
      });
    }
    const after = await store.byId(trx, actor.workspaceId, crisisId);
    if (after) await noteEscalations(trx, actor, after, plan, lang, at);
  });
  return getRecord(c, crisisId);
}
