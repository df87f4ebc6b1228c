import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { LANGS, type Lang } from "../plan/default-plan/index.js";
import {
  type ComponentState,
  IMPACT_STATE,
  type Impact,
  type IncidentStatus,
  worst,
} from "../statuspage/model.js";
import type { CommsMessagesTable } from "./tables.js";

/** How a crisis's severity reads on the public page when the message opens an incident. */
const IMPACT_OF: Record<string, Impact> = {
  SEV1: "critical",
  SEV2: "major",
  SEV3: "minor",
  SEV4: "none",
};

export interface StatusPagePlan {
  impact: Impact;
  /** The plan's components for the message's crisis type that the shop's page still has. */
  components: string[];
}

/**
 * What a status-page send puts on the page besides its text. The send and its preview both read it
 * here, so the confirmation can never list other components than the send then moves.
 */
export async function statusPagePlan(
  ctx: AppContext,
  actor: Actor,
  row: CommsMessagesTable,
): Promise<StatusPagePlan> {
  const type = await ctx.services.plan.crisisType(actor.workspaceId, row.crisis_type);
  const severity = row.crisis_id
    ? (await ctx.services.crises.get(actor, row.crisis_id)).severity
    : (type?.defaultSeverity ?? "SEV3");
  const pageComponents = new Set(
    (await ctx.services.statuspage.components.list(actor.workspaceId))
      .filter((c) => !c.group)
      .map((c) => c.id),
  );
  return {
    impact: IMPACT_OF[severity] ?? "minor",
    // The shop may have removed or regrouped a component since the plan named it.
    components: (type?.components ?? []).filter((c) => pageComponents.has(c)),
  };
}

export interface StatusPagePreview {
  /** "open": the send opens a new incident; "update": it adds an update to the crisis's open one. */
  action: "open" | "update";
  incident_id: string | null;
  changes: { id: string; name: string; from: ComponentState; to: ComponentState }[];
}

interface Counted {
  id: string;
  status: IncidentStatus;
  impact: Impact;
  components: string[];
}

const isLang = (l: string | undefined): l is Lang => !!l && (LANGS as readonly string[]).includes(l);

/**
 * Which components the page would show in another state after this send. The page's own rule is
 * replayed (worst of the hand-set state, its monitors and the open incidents; maintenance only where
 * all else is operational) once with the incidents as they are and once as the send leaves them.
 */
export async function statusPagePreview(
  ctx: AppContext,
  actor: Actor,
  row: CommsMessagesTable,
  o: { status?: IncidentStatus | undefined; language?: string | undefined },
): Promise<StatusPagePreview> {
  const sp = ctx.services.statuspage;
  const plan = await statusPagePlan(ctx, actor, row);
  // publishForCrisis updates the crisis's incident while it is open, and opens a new one otherwise.
  const open = row.crisis_id ? await sp.resolvePreview(actor, row.crisis_id) : null;
  const snap = await sp.snapshot(actor);
  const before: Counted[] = snap.incidents.map((i) => ({
    id: i.id,
    status: i.status,
    impact: i.impact,
    components: i.components,
  }));
  const after: Counted[] = open
    ? before.map((i) => (i.id === open.incident_id ? { ...i, status: o.status ?? i.status } : i))
    : [
        ...before,
        { id: "", status: o.status ?? "investigating", impact: plan.impact, components: plan.components },
      ];
  const manual = new Map(
    (await sp.components.list(actor.workspaceId)).map((c) => [c.id, c.state as ComponentState]),
  );
  // Monitoring is optional: a server without it moves no component by checks.
  const monitoring = ctx.services.monitoring as typeof ctx.services.monitoring | undefined;
  const monitors = (await monitoring?.states(actor.workspaceId)) ?? [];
  const stateOf = (id: string, incidents: Counted[]): ComponentState => {
    let state = manual.get(id) ?? "operational";
    const mons = monitors.filter((m) => m.component === id);
    const down = mons.filter((m) => m.state === "down").length;
    if (down > 0) state = worst(state, down === mons.length ? "major_outage" : "partial_outage");
    for (const i of incidents)
      if (i.status !== "resolved" && i.components.includes(id)) state = worst(state, IMPACT_STATE[i.impact]);
    if (state === "operational" && snap.maintenance.some((m) => m.active && m.components.includes(id)))
      state = "maintenance";
    return state;
  };
  const lang = isLang(o.language) ? o.language : snap.workspace.language;
  const changes: StatusPagePreview["changes"] = [];
  for (const c of snap.components) {
    if (c.group) continue;
    const from = stateOf(c.id, before);
    const to = stateOf(c.id, after);
    if (from === to) continue;
    const name = c.name as Record<string, string | undefined>;
    changes.push({
      id: c.id,
      name: name[lang] || name[snap.workspace.language] || name["en"] || c.id,
      from,
      to,
    });
  }
  return { action: open ? "update" : "open", incident_id: open?.incident_id ?? null, changes };
}
