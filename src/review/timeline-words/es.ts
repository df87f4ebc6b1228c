import type { TimelineWords } from "./types.js";

// Tú, as the rest of the Spanish texts.
export const es: TimelineWords = {
  status: {
    detected: "detectada",
    acknowledged: "asumida",
    mitigating: "mitigación",
    monitoring: "seguimiento",
    resolved: "resuelta",
    closed: "cerrada",
    declined: "descartada",
  },
  clock: {
    acknowledge: "Tiempo hasta asumirla",
    first_public_word: "Tiempo hasta el primer comunicado público",
    mitigate: "Tiempo de mitigación",
    update_cadence: "Tiempo desde la última actualización pública",
    gdpr_art33: "RGPD art. 33: notificar a la autoridad de control en las 72 h siguientes a conocerla",
  },
  channel: { email: "correo", status_page: "página de estado", webhook: "webhook", copy: "copiado" },
  link: { alert: "alerta", mention: "mención", monitor: "monitor", case: "caso" },
  opened: (drill, title, type, sev) =>
    `${drill ? "Simulacro iniciado" : "Crisis abierta"}: ${title} (${type}, ${sev})`,
  statusChanged: (from, to, skipped) => `Estado: ${from} → ${to}${skipped ? ` (omitidos: ${skipped})` : ""}`,
  declined: (from, reason) => `Estado: ${from} → descartada (falsa alarma): ${reason}`,
  reopened: (reason) => `Reabierta: resuelta → mitigación${reason ? ` (${reason})` : ""}`,
  severity: (from, to) => `Gravedad: ${from} → ${to}`,
  title: (to) => `Título: ${to}`,
  summary: "Resumen actualizado",
  personalData: (on) =>
    on
      ? "Hay datos personales afectados: corre el plazo de 72 horas del RGPD"
      : "No hay datos personales afectados",
  awareSince: (when) => `Se conoce desde el ${when}`,
  authority: (n) => (n ? "Autoridad de control notificada" : "Notificación a la autoridad retirada"),
  dataRemoved: (reason) => `Datos personales descartados: ${reason}`,
  lowered: (rule, raiseTo, reason) =>
    `Gravedad rebajada por debajo de la regla del plan (${rule}, ${raiseTo}): ${reason}`,
  escalation: (rule, now) => `Regla de escalado cumplida: ${rule} (ahora ${now})`,
  publicWord: (first) => (first ? "Primera comunicación pública" : "Actualización pública"),
  statusPage: (text) => `Página de estado: ${text}`,
  sent: (kind, channel, language, subject) => `Enviado: ${kind} (${channel}, ${language}): ${subject}`,
  role: (role, name) => `${role}: ${name}`,
  handover: (role, from, to) => `${role}: relevo de ${from} a ${to}`,
  steppedDown: (role, from) => `${role}: ${from} dejó el rol`,
  task: {
    added: (t) => `Tarea añadida: ${t}`,
    done: (t) => `Hecha: ${t}`,
    skipped: (t) => `Omitida: ${t}`,
    open: (t) => `Reabierta: ${t}`,
    updated: (t) => `Tarea modificada: ${t}`,
  },
  linked: (kind, note) => (note ? `Vinculado (${kind}): ${note}` : `Vinculado: ${kind}`),
  unlinked: "Elemento vinculado eliminado",
  impact: (parts) => `Impacto: ${parts}`,
  paged: (called) => `Avisados: ${called}`,
  noContact: (roles, alone) => `${alone ? "Sin" : "sin"} contacto en el plan para ${roles}`,
  keptOpen: (declined, components) =>
    `${declined ? "Descartada como falsa alarma" : "Resuelta"}, pero la incidencia de la página de estado sigue abierta (${components ? `allí no operativos: ${components}` : "sin componentes"}): ${declined ? "publica una última actualización diciendo que fue una falsa alarma" : "publica una última actualización cuando puedas"}`,
  overdue: (clock, target, due) => `Vencido: ${clock} (objetivo ${target} min, vencía ${due})`,
  gdprWarning: (due) =>
    `Quedan menos de 24 horas para notificar a la autoridad de control (art. 33 RGPD, vence ${due})`,
  reminder: (first, due) =>
    first
      ? `La primera comunicación pública vencía el ${due}: publica una actualización ahora.`
      : `La próxima actualización pública vencía el ${due}: publícala ahora.`,
  monitorDown: (m, reason) => `${m} no funciona: ${reason ?? "comprobación fallida"}`,
  fallback: (text) => `Alternativa: ${text}`,
  monitorUp: (m) => `${m} vuelve a funcionar`,
  drillScored: (score, onTime, total) =>
    `Puntuación del simulacro: ${score}/100; tareas a tiempo ${onTime}/${total}`,
  drillReplay: (mentions, topic, alerts) =>
    `${mentions === 1 ? "1 mención sintética reproducida" : `${mentions} menciones sintéticas reproducidas`} con una oleada sobre ${topic}: los detectores generaron ${alerts} ${alerts === 1 ? "alerta" : "alertas"}`,
  detector: (kind, topic, observed, expected) =>
    `Detector: ${kind}${topic ? ` sobre ${topic}` : ""}, ${observed} observados frente a ${expected} esperados`,
};
