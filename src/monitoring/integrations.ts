import type { AppContext } from "../app/context.js";

/**
 * What monitoring asks of other domains. Each is looked up at call time and used only when that domain
 * is part of the application, so monitoring works (and is tested) with or without them.
 */
interface AlertsLike {
  raise(...args: unknown[]): Promise<unknown>;
}
interface ContinuityLike {
  id: string;
  name: Record<string, string>;
  component?: string;
  fallback: Record<string, string>;
  provider: string;
}
interface PlanLike {
  getPlan(workspaceId: string): Promise<{ continuity?: ContinuityLike[] }>;
  language?(workspaceId: string): Promise<string>;
}

const service = <T>(ctx: AppContext, name: string): T | undefined =>
  (ctx.services as unknown as Record<string, T | undefined>)[name];

export const alertsOf = (ctx: AppContext) => service<AlertsLike>(ctx, "alerts");

/** The plan's continuity fallback for a provider or a shop component, in the plan's language. */
export async function continuityFallback(
  ctx: AppContext,
  workspaceId: string,
  match: { provider?: string | null; component?: string | null },
): Promise<{ service: string; fallback: string } | null> {
  const plan = service<PlanLike>(ctx, "plan");
  if (!plan?.getPlan) return null;
  try {
    const p = await plan.getPlan(workspaceId);
    const lang = (await plan.language?.(workspaceId)) ?? "en";
    const norm = (s: string | null | undefined) => (s ?? "").trim().toLowerCase();
    const hit =
      (match.provider &&
        p.continuity?.find((c) => c.provider && norm(c.provider) === norm(match.provider))) ||
      (match.component &&
        p.continuity?.find(
          (c) => norm(c.component) === norm(match.component) || norm(c.id) === norm(match.component),
        ));
    if (!hit) return null;
    return {
      service: hit.name[lang] || hit.name["en"] || hit.id,
      fallback: hit.fallback[lang] || hit.fallback["en"] || "",
    };
  } catch (err) {
    ctx.log.warn({ err }, "monitoring: plan continuity lookup failed");
    return null;
  }
}
