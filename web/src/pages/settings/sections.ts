import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { MessageId } from "../../i18n/t.js";
import type { Role } from "../../session.js";

/**
 * The sections of /settings, in menu order. Each is `web/src/pages/settings/<Name>Section.tsx` with a
 * default export, routed at `/settings/<path>` (and everything below it). Add one line per section, once
 * its file exists: the settings page lists only what is registered here.
 */
export interface SettingsSection {
  path: string;
  /** Its name in the catalogues (web/src/i18n/*.json). */
  label: MessageId;
  page: LazyExoticComponent<ComponentType>;
  /** Hidden from lower roles (the server checks again). */
  minRole?: Role;
}

export const SECTIONS: SettingsSection[] = [
  { path: "account", label: "settings.account", page: lazy(() => import("./AccountSection.js")) },
  { path: "workspace", label: "settings.workspace", page: lazy(() => import("./WorkspaceSection.js")) },
  { path: "team", label: "settings.team", page: lazy(() => import("./UsersSection.js")) },
  // sources, then detection and classifier go here
  // notifications and webhooks go here
  { path: "tokens", label: "settings.tokens", page: lazy(() => import("./TokensSection.js")) },
];

/** The sections this role may open. */
export const visibleSections = (can: (r: Role) => boolean) =>
  SECTIONS.filter((s) => !s.minRole || can(s.minRole));
