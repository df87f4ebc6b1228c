import type { Lang } from "../plan/default-plan/index.js";

/** What a maintenance notice or feed entry says happened: posted, moved, begun, over, called off. */
export type MaintenancePhase = "scheduled" | "rescheduled" | "started" | "completed" | "cancelled";

/** The heading of a maintenance notice and feed entry, after the window's title (as Statuspage words them). */
export const MAINTENANCE_PHASES: Record<Lang, Record<MaintenancePhase, string>> = {
  en: {
    scheduled: "Maintenance scheduled",
    rescheduled: "Maintenance rescheduled",
    started: "Maintenance in progress",
    completed: "Maintenance completed",
    cancelled: "Maintenance cancelled",
  },
  pl: {
    scheduled: "Zaplanowano prace serwisowe",
    rescheduled: "Zmieniono termin prac serwisowych",
    started: "Trwają prace serwisowe",
    completed: "Prace serwisowe zakończone",
    cancelled: "Prace serwisowe odwołane",
  },
  de: {
    scheduled: "Wartung geplant",
    rescheduled: "Wartung verschoben",
    started: "Wartung läuft",
    completed: "Wartung abgeschlossen",
    cancelled: "Wartung abgesagt",
  },
  fr: {
    scheduled: "Maintenance planifiée",
    rescheduled: "Maintenance reprogrammée",
    started: "Maintenance en cours",
    completed: "Maintenance terminée",
    cancelled: "Maintenance annulée",
  },
  it: {
    scheduled: "Manutenzione programmata",
    rescheduled: "Manutenzione riprogrammata",
    started: "Manutenzione in corso",
    completed: "Manutenzione completata",
    cancelled: "Manutenzione annullata",
  },
  es: {
    scheduled: "Mantenimiento programado",
    rescheduled: "Mantenimiento reprogramado",
    started: "Mantenimiento en curso",
    completed: "Mantenimiento completado",
    cancelled: "Mantenimiento cancelado",
  },
};
