import { suggestCrisis } from "../../alerts/titles.js";
import { conflict } from "../../core/errors.js";
import { isOpen } from "../clocks.js";
import type { CrisisRecord } from "../schema.js";
import { getRecord, type OpCtx, planOf } from "./internal.js";
import { linkItem } from "./links.js";
import { listCrises } from "./list.js";
import { updateCrisis } from "./update.js";

export interface FromAlertInput {
  alertId: string;
  /** Link to this open crisis instead of opening a new one. */
  crisisId?: string | undefined;
  title?: string | undefined;
  type?: string | undefined;
  severity?: CrisisRecord["severity"] | undefined;
}

const alertsOf = (c: OpCtx) => {
  const alerts = c.app.services.alerts as typeof c.app.services.alerts | undefined;
  if (!alerts) throw conflict("alerts are not part of this build", "alert");
  return alerts;
};

/**
 * An alert becomes part of a crisis: linked to one already open (its group's alerts with it), or the
 * start of a new one. An alert someone already acknowledged opens an acknowledged crisis.
 */
export async function crisisFromAlert(c: OpCtx, input: FromAlertInput) {
  const alerts = alertsOf(c);
  const alert = await alerts.get(c.actor, input.alertId);
  if (input.crisisId) {
    const crisis = await getRecord(c, input.crisisId);
    if (!isOpen(crisis.status))
      throw conflict(
        `that crisis is ${crisis.status}: link the alert to an open crisis or open a new one`,
        "crisis_id",
      );
    if (alert.crisis_id && alert.crisis_id !== crisis.id)
      throw conflict(`this alert belongs to crisis ${alert.crisis_id} already`, "crisis_id");
    for (const a of [alert, ...alert.group])
      await linkItem(c, { crisisId: crisis.id, kind: "alert", refId: a.id, note: a.title });
    const after = await alerts.linkCrisis(c.actor, alert.id, crisis.id);
    return { created: false, crisis: await getRecord(c, crisis.id), alert: after };
  }
  const out = await alerts.openCrisis(c.actor, alert.id, {
    title: input.title,
    type: input.type,
    severity: input.severity,
  });
  const crisis =
    alert.status === "acknowledged"
      ? await updateCrisis(c, { id: out.crisis.id, patch: { status: "acknowledged" } })
      : out.crisis;
  return { created: true, crisis, alert: out.alert };
}

/** Open crises the alert may belong to: the same type as it suggests, or a type about its topic. */
export async function crisisSuggestions(c: OpCtx, alertId: string) {
  const alert = await alertsOf(c).get(c.actor, alertId);
  const suggested = suggestCrisis(alert);
  const { plan } = await planOf(c.app, c.actor.workspaceId);
  const topicsOf = (type: string) => plan.crisisTypes.find((t) => t.id === type)?.topics ?? [];
  const open = await listCrises(c, { status: "open", drill: false, timeline: false, limit: 50 });
  const items = open.items
    .map((x) => ({
      id: x.id,
      title: x.title,
      type: x.type,
      type_name: x.type_name,
      severity: x.severity,
      status: x.status,
      started_at: x.started_at,
      match:
        x.type === suggested.type
          ? ("type" as const)
          : alert.topic && (topicsOf(x.type) as readonly string[]).includes(alert.topic)
            ? ("topic" as const)
            : null,
    }))
    .filter((x): x is typeof x & { match: "type" | "topic" } => x.match !== null);
  return { suggested_type: suggested.type, suggested_severity: suggested.severity, items };
}
