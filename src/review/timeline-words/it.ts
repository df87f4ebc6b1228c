import type { TimelineWords } from "./types.js";

export const it: TimelineWords = {
  status: {
    detected: "rilevata",
    acknowledged: "presa in carico",
    mitigating: "contenimento",
    monitoring: "monitoraggio",
    resolved: "risolta",
    closed: "chiusa",
    declined: "respinta",
  },
  clock: {
    acknowledge: "Tempo di presa in carico",
    first_public_word: "Tempo alla prima comunicazione pubblica",
    mitigate: "Tempo di contenimento",
    update_cadence: "Tempo dall'ultimo aggiornamento pubblico",
    gdpr_art33: "GDPR art. 33: notifica all'autorità di controllo entro 72 h dalla conoscenza",
  },
  channel: { email: "e-mail", status_page: "pagina di stato", webhook: "webhook", copy: "copiato" },
  link: { alert: "allarme", mention: "menzione", monitor: "monitor", case: "caso" },
  opened: (drill, title, type, sev) =>
    `${drill ? "Esercitazione avviata" : "Crisi aperta"}: ${title} (${type}, ${sev})`,
  statusChanged: (from, to, skipped) => `Stato: ${from} → ${to}${skipped ? ` (saltati: ${skipped})` : ""}`,
  declined: (from, reason) => `Stato: ${from} → respinta (falso allarme): ${reason}`,
  reopened: (reason) => `Riaperta: risolta → contenimento${reason ? ` (${reason})` : ""}`,
  severity: (from, to) => `Gravità: ${from} → ${to}`,
  title: (to) => `Titolo: ${to}`,
  summary: "Riepilogo aggiornato",
  personalData: (on) =>
    on ? "Dati personali coinvolti: decorre il termine GDPR di 72 ore" : "Nessun dato personale coinvolto",
  awareSince: (when) => `A conoscenza dal ${when}`,
  authority: (n) => (n ? "Autorità di controllo notificata" : "Notifica all'autorità ritirata"),
  dataRemoved: (reason) => `Dati personali esclusi: ${reason}`,
  lowered: (rule, raiseTo, reason) =>
    `Gravità abbassata sotto la regola del piano (${rule}, ${raiseTo}): ${reason}`,
  escalation: (rule, now) => `Regola di escalation soddisfatta: ${rule} (ora ${now})`,
  publicWord: (first) => (first ? "Prima comunicazione pubblica" : "Aggiornamento pubblico"),
  statusPage: (text) => `Pagina di stato: ${text}`,
  sent: (kind, channel, language, subject) => `Inviato: ${kind} (${channel}, ${language}): ${subject}`,
  role: (role, name) => `${role}: ${name}`,
  handover: (role, from, to) => `${role}: passaggio di consegne da ${from} a ${to}`,
  steppedDown: (role, from) => `${role}: ${from} ha lasciato il ruolo`,
  task: {
    added: (t) => `Attività aggiunta: ${t}`,
    done: (t) => `Completata: ${t}`,
    skipped: (t) => `Saltata: ${t}`,
    open: (t) => `Riaperta: ${t}`,
    updated: (t) => `Attività modificata: ${t}`,
  },
  linked: (kind, note) => (note ? `Collegato (${kind}): ${note}` : `Collegato: ${kind}`),
  unlinked: "Elemento collegato rimosso",
  impact: (parts) => `Impatto: ${parts}`,
  paged: (called) => `Chiamati: ${called}`,
  noContact: (roles, alone) => `${alone ? "Nessun" : "nessun"} contatto nel piano per ${roles}`,
  keptOpen: (declined, components) =>
    `${declined ? "Respinta come falso allarme" : "Risolta"}, ma l'incidente sulla pagina di stato resta aperto (${components ? `lì non operativi: ${components}` : "nessun componente"}): ${declined ? "pubblica un aggiornamento finale che dica che era un falso allarme" : "pubblica un aggiornamento finale appena possibile"}`,
  overdue: (clock, target, due) => `In ritardo: ${clock} (obiettivo ${target} min, scadenza ${due})`,
  gdprWarning: (due) =>
    `Meno di 24 ore per notificare l'autorità di controllo (art. 33 GDPR, scadenza ${due})`,
  reminder: (first, due) =>
    first
      ? `La prima comunicazione pubblica era prevista per il ${due}: pubblica ora un aggiornamento.`
      : `Il prossimo aggiornamento pubblico era previsto per il ${due}: pubblicalo ora.`,
  monitorDown: (m, reason) => `${m} non funziona: ${reason ?? "controllo non riuscito"}`,
  fallback: (text) => `Soluzione di ripiego: ${text}`,
  monitorUp: (m) => `${m} funziona di nuovo`,
  drillScored: (score, onTime, total) =>
    `Punteggio dell'esercitazione: ${score}/100; attività in tempo ${onTime}/${total}`,
  drillReplay: (mentions, topic, alerts) =>
    `${mentions === 1 ? "1 menzione sintetica riprodotta" : `${mentions} menzioni sintetiche riprodotte`} con un'ondata sul tema ${topic}: i rilevatori hanno generato ${alerts} ${alerts === 1 ? "allarme" : "allarmi"}`,
  detector: (kind, topic, observed, expected) =>
    `Rilevatore: ${kind}${topic ? ` su ${topic}` : ""}, osservati ${observed} contro ${expected} attesi`,
};
