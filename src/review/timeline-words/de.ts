import type { TimelineWords } from "./types.js";

export const de: TimelineWords = {
  status: {
    detected: "erkannt",
    acknowledged: "angenommen",
    mitigating: "Eindämmung",
    monitoring: "Beobachtung",
    resolved: "gelöst",
    closed: "geschlossen",
    declined: "verworfen",
  },
  clock: {
    acknowledge: "Zeit bis zur Annahme",
    first_public_word: "Zeit bis zur ersten öffentlichen Meldung",
    mitigate: "Zeit bis zur Eindämmung",
    update_cadence: "Zeit seit der letzten öffentlichen Meldung",
    gdpr_art33: "DSGVO Art. 33: Meldung an die Aufsichtsbehörde binnen 72 h nach Kenntnis",
  },
  channel: { email: "E-Mail", status_page: "Statusseite", webhook: "Webhook", copy: "kopiert" },
  link: { alert: "Alarm", mention: "Erwähnung", monitor: "Monitor", case: "Fall" },
  opened: (drill, title, type, sev) =>
    `${drill ? "Übung gestartet" : "Krise eröffnet"}: ${title} (${type}, ${sev})`,
  statusChanged: (from, to, skipped) =>
    `Status: ${from} → ${to}${skipped ? ` (übersprungen: ${skipped})` : ""}`,
  declined: (from, reason) => `Status: ${from} → verworfen (Fehlalarm): ${reason}`,
  reopened: (reason) => `Wieder geöffnet: gelöst → Eindämmung${reason ? ` (${reason})` : ""}`,
  severity: (from, to) => `Schweregrad: ${from} → ${to}`,
  title: (to) => `Titel: ${to}`,
  summary: "Zusammenfassung aktualisiert",
  personalData: (on) =>
    on
      ? "Personenbezogene Daten betroffen: die 72-Stunden-Frist der DSGVO läuft"
      : "Keine personenbezogenen Daten betroffen",
  awareSince: (when) => `Bekannt seit ${when}`,
  authority: (n) => (n ? "Aufsichtsbehörde benachrichtigt" : "Meldung an die Behörde zurückgezogen"),
  dataRemoved: (reason) => `Personenbezogene Daten doch nicht betroffen: ${reason}`,
  lowered: (rule, raiseTo, reason) =>
    `Schweregrad unter die Regel des Plans gesenkt (${rule}, ${raiseTo}): ${reason}`,
  escalation: (rule, now) => `Eskalationsregel erfüllt: ${rule} (derzeit ${now})`,
  publicWord: (first) => (first ? "Erste öffentliche Meldung" : "Öffentliche Aktualisierung"),
  statusPage: (text) => `Statusseite: ${text}`,
  sent: (kind, channel, language, subject) => `Gesendet: ${kind} (${channel}, ${language}): ${subject}`,
  role: (role, name) => `${role}: ${name}`,
  handover: (role, from, to) => `${role}: Übergabe von ${from} an ${to}`,
  steppedDown: (role, from) => `${role}: ${from} hat die Rolle abgegeben`,
  task: {
    added: (t) => `Aufgabe hinzugefügt: ${t}`,
    done: (t) => `Erledigt: ${t}`,
    skipped: (t) => `Übersprungen: ${t}`,
    open: (t) => `Wieder geöffnet: ${t}`,
    updated: (t) => `Aufgabe geändert: ${t}`,
  },
  linked: (kind, note) => (note ? `Verknüpft (${kind}): ${note}` : `Verknüpft: ${kind}`),
  unlinked: "Verknüpfung entfernt",
  impact: (parts) => `Auswirkung: ${parts}`,
  paged: (called) => `Alarmiert: ${called}`,
  noContact: (roles, alone) => `${alone ? "Kein" : "kein"} Kontakt im Plan für ${roles}`,
  keptOpen: (declined, components) =>
    `${declined ? "Als Fehlalarm verworfen" : "Gelöst"}, aber der Vorfall auf der Statusseite bleibt offen (${components ? `dort nicht in Betrieb: ${components}` : "keine Komponenten"}): ${declined ? "veröffentlichen Sie eine letzte Meldung, dass es ein Fehlalarm war" : "veröffentlichen Sie eine letzte Meldung, sobald es passt"}`,
  overdue: (clock, target, due) => `Überfällig: ${clock} (Ziel ${target} Min., fällig ${due})`,
  gdprWarning: (due) =>
    `Weniger als 24 Stunden bis zur Meldung an die Aufsichtsbehörde (Art. 33 DSGVO, fällig ${due})`,
  reminder: (first, due) =>
    `${first ? "Die erste öffentliche Meldung" : "Die nächste öffentliche Meldung"} war am ${due} fällig: veröffentlichen Sie sie jetzt.`,
  monitorDown: (m, reason) => `${m} ist ausgefallen: ${reason ?? "Prüfung fehlgeschlagen"}`,
  fallback: (text) => `Notfallplan: ${text}`,
  monitorUp: (m) => `${m} ist wieder erreichbar`,
  drillScored: (score, onTime, total) =>
    `Übungsergebnis: ${score}/100; Aufgaben rechtzeitig ${onTime}/${total}`,
  drillReplay: (mentions, topic, alerts) =>
    `${mentions} synthetische Erwähnung${mentions === 1 ? "" : "en"} mit einer Welle zum Thema ${topic} abgespielt: die Detektoren lösten ${alerts} ${alerts === 1 ? "Alarm" : "Alarme"} aus`,
  detector: (kind, topic, observed, expected) =>
    `Detektor: ${kind}${topic ? ` zu ${topic}` : ""}, beobachtet ${observed} bei ${expected} erwarteten`,
};
