import type { TimelineWords } from "./types.js";

// French typography: a space before ":" and "?", as the rest of the French texts write it.
const plurals = new Intl.PluralRules("fr");
/** French counts 0 and 1 as singular. */
const one = (n: number) => plurals.select(n) === "one";

export const fr: TimelineWords = {
  status: {
    detected: "détectée",
    acknowledged: "prise en charge",
    mitigating: "atténuation",
    monitoring: "surveillance",
    resolved: "résolue",
    closed: "clôturée",
    declined: "écartée",
  },
  clock: {
    acknowledge: "Délai de prise en charge",
    first_public_word: "Délai avant la première communication publique",
    mitigate: "Délai d'atténuation",
    update_cadence: "Temps depuis la dernière mise à jour publique",
    gdpr_art33:
      "RGPD art. 33 : notifier l'autorité de contrôle dans les 72 h suivant la prise de connaissance",
  },
  channel: { email: "e-mail", status_page: "page de statut", webhook: "webhook", copy: "copié" },
  link: { alert: "alerte", mention: "mention", monitor: "moniteur", case: "dossier" },
  opened: (drill, title, type, sev) =>
    `${drill ? "Exercice lancé" : "Crise ouverte"} : ${title} (${type}, ${sev})`,
  statusChanged: (from, to, skipped) =>
    `Statut : ${from} → ${to}${skipped ? ` (étapes sautées : ${skipped})` : ""}`,
  declined: (from, reason) => `Statut : ${from} → écartée (fausse alerte) : ${reason}`,
  reopened: (reason) => `Rouverte : résolue → atténuation${reason ? ` (${reason})` : ""}`,
  severity: (from, to) => `Gravité : ${from} → ${to}`,
  title: (to) => `Titre : ${to}`,
  summary: "Résumé mis à jour",
  personalData: (on) =>
    on
      ? "Données personnelles concernées : le délai RGPD de 72 heures court"
      : "Aucune donnée personnelle concernée",
  awareSince: (when) => `Connaissance de l'incident depuis le ${when}`,
  authority: (n) => (n ? "Autorité de contrôle notifiée" : "Notification à l'autorité retirée"),
  dataRemoved: (reason) => `Données personnelles finalement non concernées : ${reason}`,
  lowered: (rule, raiseTo, reason) =>
    `Gravité abaissée sous la règle du plan (${rule}, ${raiseTo}) : ${reason}`,
  escalation: (rule, now) => `Règle d'escalade remplie : ${rule} (actuellement ${now})`,
  publicWord: (first) => (first ? "Première communication publique" : "Mise à jour publique"),
  statusPage: (text) => `Page de statut : ${text}`,
  sent: (kind, channel, language, subject) => `Envoyé : ${kind} (${channel}, ${language}) : ${subject}`,
  role: (role, name) => `${role} : ${name}`,
  handover: (role, from, to) => `${role} : relais de ${from} à ${to}`,
  steppedDown: (role, from) => `${role} : ${from} quitte le rôle`,
  task: {
    added: (t) => `Tâche ajoutée : ${t}`,
    done: (t) => `Terminée : ${t}`,
    skipped: (t) => `Ignorée : ${t}`,
    open: (t) => `Rouverte : ${t}`,
    updated: (t) => `Tâche modifiée : ${t}`,
  },
  linked: (kind, note) => (note ? `Lié (${kind}) : ${note}` : `Lié : ${kind}`),
  unlinked: "Élément lié retiré",
  impact: (parts) => `Impact : ${parts}`,
  paged: (called) => `Appelés : ${called}`,
  noContact: (roles, alone) => `${alone ? "Aucun" : "aucun"} contact dans le plan pour ${roles}`,
  keptOpen: (declined, components) =>
    `${declined ? "Écartée comme fausse alerte" : "Résolue"}, mais l'incident de la page de statut reste ouvert (${components ? `non opérationnels là-bas : ${components}` : "aucun composant"}) : ${declined ? "publiez une dernière mise à jour indiquant qu'il s'agissait d'une fausse alerte" : "publiez une dernière mise à jour dès que possible"}`,
  overdue: (clock, target, due) => `En retard : ${clock} (objectif ${target} min, échéance ${due})`,
  gdprWarning: (due) =>
    `Moins de 24 heures pour notifier l'autorité de contrôle (art. 33 RGPD, échéance ${due})`,
  reminder: (first, due) =>
    `${first ? "La première communication publique" : "La prochaine mise à jour publique"} était attendue le ${due} : ${first ? "publiez une mise à jour" : "publiez-la"} maintenant.`,
  monitorDown: (m, reason) => `${m} est en panne : ${reason ?? "échec de la vérification"}`,
  fallback: (text) => `Solution de repli : ${text}`,
  monitorUp: (m) => `${m} fonctionne à nouveau`,
  drillScored: (score, onTime, total) =>
    `Score de l'exercice : ${score}/100 ; tâches à temps ${onTime}/${total}`,
  drillReplay: (mentions, topic, alerts) =>
    `${one(mentions) ? `${mentions} mention synthétique rejouée` : `${mentions} mentions synthétiques rejouées`} avec une vague sur le thème ${topic} : les détecteurs ont levé ${alerts} ${one(alerts) ? "alerte" : "alertes"}`,
  detector: (kind, topic, observed, expected) =>
    `Détecteur : ${kind}${topic ? ` sur ${topic}` : ""}, ${observed} observés pour ${expected} attendus`,
};
