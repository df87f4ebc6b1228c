import type { TimelineWords } from "./types.js";

const plurals = new Intl.PluralRules("pl");
/** "1 alert", "2 alerty", "5 alertów": the noun in the form the count asks for. */
const count = (n: number, one: string, few: string, many: string) =>
  `${n} ${{ one, few, many }[plurals.select(n) as "one" | "few" | "many"] ?? many}`;

// Names stand alone (after a colon or an arrow, or as the subject), so no case ending has to be put on a
// person's name. The dashboard's catalogue (web/src/i18n/pl.json, timeline.*) says each event in these
// same words: test/web/timeline-words.test.ts holds the two together.
export const pl: TimelineWords = {
  status: {
    detected: "wykryty",
    acknowledged: "potwierdzony",
    mitigating: "opanowywanie",
    monitoring: "obserwacja",
    resolved: "rozwiązany",
    closed: "zamknięty",
    declined: "odrzucony",
  },
  clock: {
    acknowledge: "Czas potwierdzenia",
    first_public_word: "Czas do pierwszego komunikatu",
    mitigate: "Czas opanowania",
    update_cadence: "Czas od ostatniej publicznej aktualizacji",
    gdpr_art33: "RODO art. 33: zgłoszenie do organu nadzorczego w ciągu 72 h od stwierdzenia naruszenia",
  },
  channel: { email: "e-mail", status_page: "strona statusu", webhook: "webhook", copy: "skopiowano" },
  link: { alert: "alert", mention: "wzmianka", monitor: "monitor", case: "zgłoszenie" },
  opened: (drill, title, type, sev) =>
    `${drill ? "Rozpoczęto ćwiczenie" : "Otwarto kryzys"}: ${title} (${type}, ${sev})`,
  statusChanged: (from, to, skipped) => `Status: ${from} → ${to}${skipped ? ` (pominięto: ${skipped})` : ""}`,
  declined: (from, reason) => `Status: ${from} → odrzucony (fałszywy alarm): ${reason}`,
  reopened: (reason) => `Otwarto ponownie: rozwiązany → opanowywanie${reason ? ` (${reason})` : ""}`,
  severity: (from, to) => `Waga: ${from} → ${to}`,
  title: (to) => `Tytuł: ${to}`,
  summary: "Zaktualizowano podsumowanie",
  personalData: (on) =>
    on ? "Dotyczy danych osobowych: biegnie 72-godzinny termin RODO" : "Nie dotyczy danych osobowych",
  awareSince: (when) => `Stwierdzono naruszenie: ${when}`,
  authority: (n) => (n ? "Zgłoszono organowi nadzorczemu" : "Wycofano zgłoszenie do organu nadzorczego"),
  dataRemoved: (reason) => `Usunięto oznaczenie danych osobowych: ${reason}`,
  lowered: (rule, raiseTo, reason) => `Obniżono wagę poniżej reguły planu (${rule}, ${raiseTo}): ${reason}`,
  escalation: (rule, now) => `Spełniona reguła eskalacji: ${rule} (obecnie ${now})`,
  publicWord: (first) => (first ? "Pierwszy publiczny komunikat" : "Publiczna aktualizacja"),
  statusPage: (text) => `Strona statusu: ${text}`,
  sent: (kind, channel, language, subject) => `Wysłano: ${kind} (${channel}, ${language}): ${subject}`,
  role: (role, name) => `${role}: ${name}`,
  handover: (role, from, to) => `${role}: przekazanie ${from} → ${to}`,
  steppedDown: (role, from) => `${role}: ${from} rezygnuje z roli`,
  task: {
    added: (t) => `Dodano zadanie: ${t}`,
    done: (t) => `Wykonano: ${t}`,
    skipped: (t) => `Pominięto: ${t}`,
    open: (t) => `Otwarto ponownie: ${t}`,
    updated: (t) => `Zmieniono zadanie: ${t}`,
  },
  linked: (kind, note) => (note ? `Powiązano (${kind}): ${note}` : `Powiązano: ${kind}`),
  unlinked: "Usunięto powiązany element",
  impact: (parts) => `Skutki: ${parts}`,
  paged: (called) => `Wezwano: ${called}`,
  noContact: (roles, alone) => `${alone ? "Brak" : "brak"} kontaktu w planie dla ról: ${roles}`,
  keptOpen: (declined, components) =>
    `${declined ? "Odrzucono jako fałszywy alarm" : "Rozwiązano"}, ale incydent na stronie statusu pozostaje otwarty (${components ? `nie działa tam poprawnie: ${components}` : "bez komponentów"}): ${declined ? "opublikuj końcową aktualizację, że był to fałszywy alarm" : "opublikuj końcową aktualizację, gdy będzie gotowa"}`,
  overdue: (clock, target, due) => `Po terminie: ${clock} (cel ${target} min, termin ${due})`,
  gdprWarning: (due) =>
    `Zostało mniej niż 24 godziny na zgłoszenie organowi nadzorczemu (art. 33 RODO, termin ${due})`,
  reminder: (first, due) =>
    `${first ? "Pierwszy publiczny komunikat" : "Kolejna publiczna aktualizacja"} — termin minął ${due}: opublikuj ${first ? "aktualizację" : "ją"} teraz.`,
  monitorDown: (m, reason) => `${m} nie działa: ${reason ?? "sprawdzenie nie powiodło się"}`,
  fallback: (text) => `Plan awaryjny: ${text}`,
  monitorUp: (m) => `${m} znów działa`,
  drillScored: (score, onTime, total) => `Wynik ćwiczenia: ${score}/100; zadania na czas ${onTime}/${total}`,
  drillReplay: (mentions, topic, alerts) =>
    `Odtworzono ${count(mentions, "syntetyczną wzmiankę", "syntetyczne wzmianki", "syntetycznych wzmianek")} z falą na temat: ${topic}; detektory zgłosiły ${count(alerts, "alert", "alerty", "alertów")}`,
  detector: (kind, topic, observed, expected) =>
    `Detektor: ${kind}${topic ? `, temat: ${topic}` : ""}, zaobserwowano ${observed} przy oczekiwanych ${expected}`,
};
