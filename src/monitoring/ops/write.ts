import type { Actor } from "../../core/actor.js";
import { invalid, notFound } from "../../core/errors.js";
import { hashSecret, newId, randomSecret } from "../../core/ids.js";
import { openConfig, sealConfig } from "../config-secrets.js";
import {
  CONFIG_SCHEMAS,
  type CreateMonitorInput,
  createMonitorInput,
  type PatchMonitorInput,
  patchMonitorInput,
} from "../schema.js";
import { defaultTimeoutMs } from "../slots.js";
import { monitoringStore as store } from "../store.js";
import type { MonitorsTable } from "../tables.js";
import { COMMON_KEYS, iso, type MonitorDeps, splitConfig, toOut } from "./internal.js";

/** The status page component a monitor moves is one of the shop's own (400 naming `component`). */
async function requireComponent(d: MonitorDeps, workspaceId: string, component: string | null | undefined) {
  const page = d.ctx.services.statuspage as typeof d.ctx.services.statuspage | undefined;
  if (component && page) await page.components.requireOne(workspaceId, component, "component");
}

export async function createMonitor(d: MonitorDeps, actor: Actor, raw: CreateMonitorInput) {
  const input = createMonitorInput.parse(raw);
  await requireComponent(d, actor.workspaceId, input.component);
  const now = iso(d.nowMs());
  const token = input.type === "heartbeat" ? `hb_${randomSecret(24)}` : null;
  const row: MonitorsTable = {
    id: newId(),
    workspace_id: actor.workspaceId,
    name: input.name,
    type: input.type,
    config: sealConfig(splitConfig(input)),
    interval_s: input.interval_s,
    timeout_ms: input.timeout_ms ?? defaultTimeoutMs(input.interval_s, input.retries),
    retries: input.type === "heartbeat" ? 0 : input.retries,
    enabled: input.enabled ? 1 : 0,
    component: input.component ?? null,
    crisis: input.crisis ? JSON.stringify(input.crisis) : null,
    state: "pending",
    state_changed_at: null,
    last_checked_at: null,
    last_latency_ms: null,
    last_error: null,
    // The first check runs at once; later ones fall on the monitor's slot.
    next_run_at: now,
    heartbeat_hash: token ? hashSecret(token) : null,
    last_beat_at: null,
    crisis_id: null,
    created_at: now,
    updated_at: now,
  };
  await store.insert(d.ctx.db, row);
  return toOut(row, token ? { heartbeat_url: d.heartbeatUrl(token) } : {});
}

export async function patchMonitor(d: MonitorDeps, actor: Actor, id: string, raw: PatchMonitorInput) {
  const input = patchMonitorInput.parse(raw);
  const row = await d.load(actor.workspaceId, id);
  await requireComponent(d, actor.workspaceId, input.component);
  if (input["type"] !== undefined && input["type"] !== row.type)
    throw invalid("the type of a monitor cannot change", "type");
  const typeKeys = Object.fromEntries(Object.entries(input).filter(([k]) => !COMMON_KEYS.has(k)));
  const merged = { ...openConfig(row.config), ...typeKeys };
  const checked = CONFIG_SCHEMAS[row.type].safeParse(merged);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = issue?.path.map(String).join(".");
    throw invalid(`${field ? `${field}: ` : ""}${issue?.message ?? "invalid"}`, field);
  }
  const now = iso(d.nowMs());
  const set: Partial<MonitorsTable> = { config: sealConfig(checked.data), updated_at: now };
  if (input.name !== undefined) set.name = input.name;
  if (input.interval_s !== undefined) set.interval_s = input.interval_s;
  if (input.retries !== undefined && row.type !== "heartbeat") set.retries = input.retries;
  if (input.timeout_ms !== undefined) set.timeout_ms = input.timeout_ms;
  if (input.enabled !== undefined) set.enabled = input.enabled ? 1 : 0;
  if (input.component !== undefined) set.component = input.component;
  if (input.crisis !== undefined) set.crisis = input.crisis ? JSON.stringify(input.crisis) : null;
  // A changed target or cadence is checked at once rather than at the old slot.
  set.next_run_at = now;
  await store.update(d.ctx.db, actor.workspaceId, id, set);
  return toOut(await d.load(actor.workspaceId, id));
}

export async function removeMonitor(d: MonitorDeps, actor: Actor, id: string) {
  const gone = await d.ctx.db.transaction().execute((trx) => store.remove(trx, actor.workspaceId, id));
  if (!gone) throw notFound("monitor");
}

export async function rotateHeartbeat(d: MonitorDeps, actor: Actor, id: string) {
  const row = await d.load(actor.workspaceId, id);
  if (row.type !== "heartbeat") throw invalid("only heartbeat monitors have a heartbeat URL");
  const token = `hb_${randomSecret(24)}`;
  await store.update(d.ctx.db, actor.workspaceId, id, {
    heartbeat_hash: hashSecret(token),
    updated_at: iso(d.nowMs()),
  });
  return toOut(await d.load(actor.workspaceId, id), { heartbeat_url: d.heartbeatUrl(token) });
}
