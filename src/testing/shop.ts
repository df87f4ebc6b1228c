import { createHarness, type Harness } from "./harness.js";

/** What a shop says about itself that customers' texts follow: its zone and the languages it writes. */
export interface ShopSettings {
  name?: string;
  time_zone?: string;
  languages?: string[];
  default_language?: string;
  currency?: string;
}

/** Sets the harness's shop through the API, as its admin would. */
export async function setShop(h: Harness, settings: ShopSettings): Promise<void> {
  const r = await h.app.inject({
    method: "PATCH",
    url: "/api/v1/workspace",
    headers: h.auth("admin"),
    payload: settings,
  });
  if (r.statusCode !== 200) throw new Error(`PATCH /api/v1/workspace answered ${r.statusCode}: ${r.body}`);
}

/** A full application for a shop with these settings, its clock stopped at `at` (an ISO time) when given. */
export async function shopHarness(settings: ShopSettings, at?: string): Promise<Harness> {
  const h = await createHarness();
  if (at) h.clock.freeze(new Date(at));
  await setShop(h, settings);
  return h;
}

/** Puts these people as the primary of their roles in the harness's crisis plan, through the API. */
export async function putTeam(
  h: Harness,
  team: Record<string, { email: string; name: string; timeZone?: string }>,
) {
  const rec = await h.ctx.services.plan.record(h.workspaceId);
  const plan = structuredClone(rec.plan) as unknown as {
    team: { role: string; primary: Record<string, string> }[];
  };
  for (const slot of plan.team) {
    const who = team[slot.role];
    if (who) slot.primary = { ...slot.primary, ...who };
  }
  return h.app.inject({ method: "PUT", url: "/api/v1/plan", headers: h.auth("admin"), payload: { plan } });
}
