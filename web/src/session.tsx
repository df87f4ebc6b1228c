import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { api, request } from "./api.js";
import { useAdoptLocale } from "./i18n/I18nProvider.js";

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
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The logged-in user, workspace and role. Only inside the app shell. */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside SessionProvider");
  return s;
}
