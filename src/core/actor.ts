export const ROLES = ["viewer", "responder", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting, in which workspace. Every service call that reads or writes workspace data takes one. */
export interface Actor {
  workspaceId: string;
  role: Role;
  userId: string | null;
  tokenId: string | null;
  /** What the timeline and audit log show as "who". */
  label: string;
}

export const roleAtLeast = (role: Role, needed: Role): boolean =>
  ROLES.indexOf(role) >= ROLES.indexOf(needed);

/** Workers act as the system inside a workspace. */
export const systemActor = (workspaceId: string, label = "Firebreak"): Actor => ({
  workspaceId,
  role: "admin",
  userId: null,
  tokenId: null,
  label,
});
