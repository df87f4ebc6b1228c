import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import { ApprovalCount } from "./pages/approvals/ApprovalCount.js";
import type { Role } from "./session.js";

/**
 * Every page of the dashboard, in menu order. The router and the side menu are both built from this
 * list, so a part appears only once its page exists. To add one: put the page in
 * `web/src/pages/<part>/`, export it as default, and add an entry here in the place given by the
 * product's order: Home, Mentions, Alerts, Crises, Plan, Messages, Status page, Monitors, Cases,
 * Reports, Settings.
 */
export interface NavItem {
  /** The URL; the page also owns everything below it (`/crises/123`), routed with nested <Routes>. */
  path: string;
  label: string;
  page: LazyExoticComponent<ComponentType>;
  /** Hide from users below this role (the server checks again). */
  minRole?: Role;
  /** Routed but not in the menu. */
  hidden?: boolean;
  /** data-testid of the menu link, e.g. "nav-crises". */
  testId: string;
  /** A small live number beside the label (e.g. approvals waiting for you); renders nothing at zero. */
  count?: ComponentType;
}

export const NAV: NavItem[] = [
  { path: "/", label: "Home", page: lazy(() => import("./pages/home/HomePage.js")), testId: "nav-home" },
  {
    path: "/mentions",
    label: "Mentions",
    page: lazy(() => import("./pages/mentions/MentionsPage.js")),
    testId: "nav-mentions",
  },
  {
    path: "/alerts",
    label: "Alerts",
    page: lazy(() => import("./pages/alerts/AlertsPage.js")),
    testId: "nav-alerts",
  },
  {
    path: "/crises",
    label: "Crises",
    page: lazy(() => import("./pages/crises/CrisesPage.js")),
    testId: "nav-crises",
  },
  { path: "/plan", label: "Plan", page: lazy(() => import("./pages/plan/PlanPage.js")), testId: "nav-plan" },
  {
    path: "/messages",
    label: "Messages",
    page: lazy(() => import("./pages/messages/MessagesPage.js")),
    testId: "nav-messages",
  },
  {
    path: "/statuspage",
    label: "Status page",
    page: lazy(() => import("./pages/status/StatusAdminPage.js")),
    testId: "nav-statuspage",
  },
  {
    path: "/monitors",
    label: "Monitors",
    page: lazy(() => import("./pages/monitors/MonitorsPage.js")),
    testId: "nav-monitors",
  },
  {
    path: "/cases",
    label: "Cases",
    page: lazy(() => import("./pages/cases/CasesPage.js")),
    testId: "nav-cases",
  },
  {
    path: "/approvals",
    label: "Approvals",
    page: lazy(() => import("./pages/approvals/ApprovalsPage.js")),
    testId: "nav-approvals",
    count: ApprovalCount,
  },
  {
    path: "/reports",
    label: "Reports",
    page: lazy(() => import("./pages/review/ReportsPage.js")),
    testId: "nav-reports",
  },
  {
    path: "/settings",
    label: "Settings",
    page: lazy(() => import("./pages/settings/SettingsPage.js")),
    testId: "nav-settings",
  },
];

/** The menu entries this role may see. */
export const visibleNav = (can: (r: Role) => boolean) =>
  NAV.filter((n) => !n.hidden && (!n.minRole || can(n.minRole)));
