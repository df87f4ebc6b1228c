import type { AppContext } from "../../app/context.js";
import { newId } from "../../core/ids.js";
import { cloneDefaultPlan, LANGS, type Lang, type Plan } from "../default-plan/index.js";
import type { PlanRecord } from "../service.js";
import { planStore as store } from "../store.js";

const asLang = (l: string): Lang => ((LANGS as readonly string[]).includes(l) ? (l as Lang) : "en");

type PlanRow = {
  workspace_id: string;
  language: string;
  revision: number;
  data: string;
  updated_at: string;
  updated_by: string;
};

/** Reads the workspace's plan, giving it its own copy of the default plan on the first read. */
export function createPlanRecords(ctx: AppContext) {
  const db = ctx.db;
  // Plans are read on every crisis request; a parsed copy per revision saves re-parsing large JSON.
  const cache = new Map<string, PlanRecord>();

  const toRecord = (row: PlanRow): PlanRecord => {
    const hit = cache.get(row.workspace_id);
    if (hit && hit.revision === row.revision) return hit;
    const rec: PlanRecord = {
      workspaceId: row.workspace_id,
      language: asLang(row.language),
      revision: row.revision,
      updatedAt: row.updated_at,
      updatedBy: row.updated_by,
      plan: JSON.parse(row.data) as Plan,
    };
    cache.set(row.workspace_id, rec);
    return rec;
  };

  return async function record(workspaceId: string): Promise<PlanRecord> {
    const row = await store.byWorkspace(db, workspaceId);
    if (row) return toRecord(row);
    const ws = await ctx.services.accounts.workspace(workspaceId);
    const plan = cloneDefaultPlan();
    plan.shop.name = ws.name;
    const at = ctx.clock.now().toISOString();
    const data = JSON.stringify(plan);
    await db.transaction().execute(async (trx) => {
      const inserted = await store.insertIfAbsent(trx, {
        workspace_id: workspaceId,
        language: asLang(ws.language),
        revision: 1,
        data,
        updated_by: "Firebreak",
        updated_at: at,
        reminded_for: null,
      });
      if (inserted) {
        await store.insertRevision(trx, {
          id: newId(),
          workspace_id: workspaceId,
          revision: 1,
          data,
          note: "copy of the default plan",
          reviewed: 0,
          created_by: "Firebreak",
          created_at: at,
        });
      }
    });
    const made = await store.byWorkspace(db, workspaceId);
    if (!made) throw new Error("plan vanished right after it was created");
    return toRecord(made);
  };
}

export type PlanRecordReader = ReturnType<typeof createPlanRecords>;
