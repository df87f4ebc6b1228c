import type { Lang } from "../plan/default-plan/index.js";

/** What a maintenance notice or feed entry says happened: posted, begun, over, called off. */
export type MaintenancePhase = "scheduled" | "started" | "completed" | "cancelled";

/** The heading of a maintenance notice and feed entry, after the window's title (as Statuspage words them). */
export const MAINTENANCE_PHASES: Record<Lang, Record<MaintenancePhase, string>> = {
  en: {
    scheduled: "Maintenance scheduled",
    started: "Maintenance in progress",
    completed: "Maintenance completed",
    cancelled: "Maintenance cancelled",
  },
  pl: {
    scheduled: "Zaplanowano prace serwisowe",
    started: "Trwają prace serwisowe",
    completed: "Prace serwisowe zakończone",
    cancelled: "Prace serwisowe odwołane",
  },
  de: {
    scheduled: "Wartung geplant",
    started: "Wartung läuft",
    completed: "Wartung abgeschlossen",
    cancelled: "Wartung abgesagt",
  },
  fr: {
    scheduled: "Maintenance planifiée",
    started: "Maintenance en cours",
    completed: "Maintenance terminée",
    cancelled: "Maintenance annulée",
  },
  it: {
    scheduled: "Manutenzione programmata",
    started: "Manutenzione in corso",
    completed: "Manutenzione completata",
    cancelled: "Manutenzione annullata",
  },
  es: {
    scheduled: "Mantenimiento programado",
    started: "Mantenimiento en curso",
    completed: "Mantenimiento completado",
    cancelled: "Mantenimiento cancelado",
  },
};
