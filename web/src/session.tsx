import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, Fragment, type ReactNode, useContext, useMemo } from "react";
import { api, request } from "./api.js";
import { setFormatShopZone, setFormatTimeZone } from "./format.js";
import { useAdoptLocale } from "./i18n/I18nProvider.js";
import { useApiQuery } from "./queries.js";

export type Role = "viewer" | "responder" | "admin";
const ROLES: Role[] = ["viewer", "responder", "admin"];
export const roleAtLeast = (role: Role, needed: Role) => ROLES.indexOf(role) >= ROLES.indexOf(needed);

export interface User {
  id: string;
  email: string;
  name: string;
  /** The dashboard language this person chose; null follows the browser. */
  language?: string | null;
  /** This person's own IANA zone; null: mails to them give the shop's. */
  time_zone?: string | null;
}
export interface Workspace {
  id: string;
  slug: string;
  name: string;
}
export interface Me {
  user: User;
  workspace: Workspace;
  role: Role;
  workspaces: (Workspace & { role: Role })[];
}

export const ME_KEY = ["auth", "me"] as const;

export interface Session extends Me {
  /** True when the current role is at least `needed` in the current workspace. */
  can: (needed: Role) => boolean;
  switchWorkspace: (workspaceId: string) => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Loads `/auth/me`; `me` is undefined while loading and null when nobody is logged in. */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    // allowUnauthorized: the shell decides where to go; a 401 here just means "not logged in".
    queryFn: async () => {
      try {
        return await request<Me>("/api/v1/auth/me", { allowUnauthorized: true });
      } catch (e) {
        if ((e as { status?: number }).status === 401) return null;
        throw e;
      }
    },
    retry: false,
    staleTime: 60_000,
  });
}

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  const qc = useQueryClient();
  useAdoptLocale(me.user.language);
  const zones = useZones(me);
  const value = useMemo<Session>(
    () => ({
      ...me,
      can: (needed) => roleAtLeast(me.role, needed),
      switchWorkspace: async (workspaceId) => {
        const next = await api.post<Me>("/api/v1/auth/workspace", { workspace_id: workspaceId });
        // Everything cached belongs to the old workspace.
        qc.removeQueries({ predicate: (q) => q.queryKey[0] !== "auth" });
        qc.setQueryData(ME_KEY, next);
      },
      logout: async () => {
        try {
          await api.post("/api/v1/auth/logout");
        } finally {
          qc.clear();
          qc.setQueryData(ME_KEY, null);
        }
      },
    }),
    [me, qc],
  );
  // Drawn once the shop's zone is known, and again (remounted) when either zone changes: every time on
  // the screen is then on the new clock, named where it is not the shop's.
  if (!zones) return null;
  return (
    <SessionContext.Provider value={value}>
      <Fragment key={zones}>{children}</Fragment>
    </SessionContext.Provider>
  );
}

/** The logged-in user, workspace and role. Only inside the app shell. */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside SessionProvider");
  return s;
}

/**
 * Sets the formatters' zones (format.ts): the member's own, else the browser's, and the shop's to name
 * the others by. Answers a key of both once the shop's is read (or could not be: then none is named),
 * null before.
 */
function useZones(me: Me): string | null {
  const shop = useApiQuery<{ time_zone: string }>("/api/v1/workspace", { retry: false });
  if (shop.isPending) return null;
  const own = me.user.time_zone ?? undefined;
  const shopZone = shop.data?.time_zone;
  setFormatTimeZone(own);
  setFormatShopZone(shopZone);
  return `${own ?? "browser"}|${shopZone ?? ""}`;
}
