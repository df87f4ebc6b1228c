import { useQueries } from "@tanstack/react-query";
import { api, type Page } from "../../api.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import type {
  HomeAlert,
  HomeApproval,
  HomeCase,
  HomeCrisis,
  HomeDelivery,
  HomeEndpoint,
  HomeMonitor,
  Overview,
} from "./types.js";

export const REFRESH_MS = 15_000;
const LIMIT = 50;

const every = { refetchInterval: REFRESH_MS };

/** Everything the home page shows, each from the list it summarises, refreshed every 15 s. */
export function useHomeData() {
  const session = useSession();
  const admin = session.can("admin");
  const overview = useApiQuery<Overview>("/api/v1/overview", { refetchInterval: 10_000 });
  const crises = useApiQuery<Page<HomeCrisis>>(`/api/v1/crises?status=open&limit=${LIMIT}`, every);
  const alerts = useApiQuery<Page<HomeAlert>>(`/api/v1/alerts?status=open&limit=${LIMIT}`, every);
  // Only what this person may decide: someone else's approval is not their next step.
  const approvals = useApiQuery<Page<HomeApproval>>("/api/v1/approvals", {
    ...every,
    select: (page) => ({ ...page, items: page.items.filter((a) => a.can_decide) }),
  });
  const cases = useApiQuery<Page<HomeCase>>(`/api/v1/cases?overdue=true&limit=${LIMIT}`, every);
  const monitors = useApiQuery<Page<HomeMonitor>>(
    `/api/v1/monitors?state=down&sparkline=0&limit=${LIMIT}`,
    every,
  );
  // Webhook endpoints are admin business; their last delivery says whether paging through them works.
  const endpoints = useApiQuery<Page<HomeEndpoint>>(admin ? "/api/v1/webhooks" : null, every);
  const lastDeliveries = useQueries({
    queries: (endpoints.data?.items ?? []).slice(0, 10).map((e) => {
      const path = `/api/v1/webhooks/${encodeURIComponent(e.id)}/deliveries?limit=1`;
      return {
        queryKey: apiKey(path),
        queryFn: ({ signal }: { signal: AbortSignal }) => api.get<Page<HomeDelivery>>(path, signal),
        refetchInterval: REFRESH_MS,
      };
    }),
  });
  const failingEndpoints = (endpoints.data?.items ?? [])
    .slice(0, 10)
    .map((endpoint, i) => ({ endpoint, last: lastDeliveries[i]?.data?.items[0] }))
    .filter((x): x is { endpoint: HomeEndpoint; last: HomeDelivery } => Boolean(x.last && !x.last.ok));

  return { overview, crises, alerts, approvals, cases, monitors, failingEndpoints };
}

export type HomeData = ReturnType<typeof useHomeData>;

/** The count of a list answer: "50+" is shown as 50 and the card links to the rest. */
export const countOf = (page: Page<unknown> | undefined) => (page ? page.items.length : null);

/** Roles the plan had nobody to page for, per open crisis (the latest paging of each). */
export function unpagedRoles(crises: HomeCrisis[]) {
  const out: { crisis: HomeCrisis; roles: string[] }[] = [];
  for (const c of crises) {
    const paged = (c.timeline ?? []).filter((e) => e.kind === "team.paged").at(-1);
    const roles = (paged?.data as { unreachable?: unknown } | null)?.unreachable;
    if (Array.isArray(roles) && roles.length) out.push({ crisis: c, roles: roles.map(String) });
  }
  return out;
}

/** The soonest running deadline of a crisis (a clock not yet stopped). */
export function nextDeadline(c: HomeCrisis) {
  return c.clocks
    .filter((k) => k.due_at && !k.stopped_at)
    .sort((a, b) => Date.parse(a.due_at ?? "") - Date.parse(b.due_at ?? ""))[0];
}

/** The first task still to do: overdue first, then by due time. */
export function nextTask(c: HomeCrisis) {
  const open = c.tasks.filter((t) => t.status !== "done" && t.status !== "skipped");
  const due = (t: HomeCrisis["tasks"][number]) =>
    t.due_at ? Date.parse(t.due_at) : Number.POSITIVE_INFINITY;
  return open.sort((a, b) => due(a) - due(b))[0];
}

export const leadOf = (c: HomeCrisis) => c.roles.find((r) => r.role === "crisis_lead")?.user_name ?? null;
