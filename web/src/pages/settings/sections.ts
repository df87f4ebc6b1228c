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
  { path: "team", label: "settings.team", page: lazy(() => import("./TeamSection.js")) },
  { path: "sources", label: "settings.sources", page: lazy(() => import("./SourcesSection.js")) },
  { path: "detection", label: "settings.detection", page: lazy(() => import("./DetectionSection.js")) },
  { path: "classifier", label: "settings.classifier", page: lazy(() => import("./ClassifierSection.js")) },
  {
    path: "notifications",
    label: "settings.notifications",
    page: lazy(() => import("./NotificationsSection.js")),
  },
  {
    path: "webhooks",
    label: "settings.webhooks",
    page: lazy(() => import("./WebhooksSection.js")),
    minRole: "admin",
  },
  { path: "tokens", label: "settings.tokens", page: lazy(() => import("./TokensSection.js")) },
];

/** The sections this role may open. */
export const visibleSections = (can: (r: Role) => boolean) =>
  SECTIONS.filter((s) => !s.minRole || can(s.minRole));
