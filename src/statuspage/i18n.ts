import type { Lang } from "../plan/default-plan/index.js";

/** The page's own words. Incident titles and updates carry their own translations. */
export interface PageText {
  title: string;
  allOk: string;
  someIssues: string;
  majorOutage: string;
  components: Record<string, string>;
  states: Record<string, string>;
  statuses: Record<string, string>;
  incidents: string;
  noIncidents: string;
  maintenance: string;
  uptime: string;
  daysAgo: string;
  today: string;
  noData: string;
  subscribe: string;
  email: string;
  subscribeButton: string;
  /** The double opt-in e-mail: "{name}" is the shop. */
  confirmIntro: string;
  confirmIgnore: string;
  /** The page after the subscribe form: what happens next (the same whether or not the address was known). */
  checkInbox: string;
  /** A form post whose address is not one. */
  badEmail: string;
  /** A confirm or unsubscribe link whose token is gone (replaced by a newer mail's, or unsubscribed). */
  linkGone: string;
  unsubscribe: string;
  /** The pages the mails' links open: a title and button, then what the click did. */
  confirmTitle: string;
  confirmButton: string;
  confirmed: string;
  unsubscribed: string;
  /** Under "confirmed" and "unsubscribed": what the click changed; "{name}" is the shop. */
  confirmedText: string;
  unsubscribedText: string;
  /** The link from those pages (and a gone link's page, when the shop is known) to the status page. */
  toPage: string;
  updated: string;
  feed: string;
  /** Beside a text shown in another language: "{language}" is that language's own name. */
  shownIn: string;
  /**
   * The final update a resolved crisis posts unless someone edits it: "{title}" is the incident's. It
   * follows the "Resolved" label on the page, so it does not repeat the word.
   */
  resolvedText: string;
}

const S = (operational: string, degraded: string, partial: string, major: string, maintenance: string) => ({
  operational,
  degraded,
  partial_outage: partial,
  major_outage: major,
  maintenance,
});
const ST = (
  investigating: string,
  identified: string,
  monitoring: string,
  resolved: string,
  scheduled: string,
) => ({
  investigating,
  identified,
  monitoring,
  resolved,
  scheduled,
});
const C = (storefront: string, checkout: string, payments: string, delivery: string, cs: string) => ({
  storefront,
  checkout,
  payments,
  delivery,
  customer_service: cs,
});

export const PAGE_TEXT: Record<Lang, PageText> = {
  en: {
    title: "Status",
    allOk: "All systems operational",
    someIssues: "Some services are affected",
    majorOutage: "Major outage",
    components: C("Shop", "Checkout", "Payments", "Delivery", "Customer service"),
    states: S("Operational", "Degraded", "Partial outage", "Major outage", "Maintenance"),
    statuses: ST("Investigating", "Identified", "Monitoring", "Resolved", "Scheduled"),
    incidents: "Incidents",
    noIncidents: "No incidents in the last 14 days.",
    maintenance: "Scheduled maintenance",
    uptime: "uptime",
    daysAgo: "90 days ago",
    today: "Today",
    noData: "No data",
    subscribe: "Get updates by e-mail",
    email: "E-mail address",
    subscribeButton: "Subscribe",
    confirmIntro: "Confirm that you want status updates from {name} by following this link:",
    confirmIgnore: "If you did not ask for this, ignore this e-mail: nothing more will come.",
    checkInbox:
      "Check your inbox: open the link we sent to confirm. If you are already subscribed, nothing changes.",
    badEmail: "That does not look like an e-mail address. Go back and check it.",
    linkGone:
      "This link no longer works: a newer e-mail replaced it, or the subscription ended. Use the link in our latest e-mail, or subscribe again on the status page.",
    unsubscribe: "Unsubscribe",
    confirmTitle: "Confirm your subscription",
    confirmButton: "Confirm",
    confirmed: "Subscription confirmed",
    unsubscribed: "You are unsubscribed",
    confirmedText:
      "You will get e-mails about incidents and scheduled maintenance on the status page of {name}. Every e-mail has a link to unsubscribe.",
    unsubscribedText:
      "The status page of {name} will send you no more e-mails. You can subscribe there again at any time.",
    toPage: "Go to the status page",
    updated: "Updated",
    feed: "Atom feed",
    shownIn: "Not yet written in English; shown in {language}.",
    resolvedText:
      "{title}: fixed. Everything works normally again. We are sorry for the trouble and thank you for your patience.",
  },
  pl: {
    title: "Status",
    allOk: "Wszystko działa",
    someIssues: "Niektóre usługi mają problemy",
    majorOutage: "Poważna awaria",
    components: C("Sklep", "Kasa", "Płatności", "Dostawa", "Obsługa klienta"),
    states: S("Działa", "Spowolnienie", "Częściowa awaria", "Awaria", "Prace serwisowe"),
    statuses: ST("Sprawdzamy", "Przyczyna znana", "Obserwujemy", "Rozwiązane", "Zaplanowane"),
    incidents: "Zdarzenia",
    noIncidents: "Brak zdarzeń w ostatnich 14 dniach.",
    maintenance: "Zaplanowane prace serwisowe",
    uptime: "dostępności",
    daysAgo: "90 dni temu",
    today: "Dziś",
    noData: "Brak danych",
    subscribe: "Powiadomienia e-mailem",
    email: "Adres e-mail",
    subscribeButton: "Zapisz się",
    confirmIntro: "Potwierdź, że chcesz otrzymywać informacje o stanie usług {name}, otwierając ten link:",
    confirmIgnore: "Jeśli to nie Ty, zignoruj tę wiadomość: nic więcej nie wyślemy.",
    checkInbox:
      "Sprawdź skrzynkę: otwórz link, który wysłaliśmy, aby potwierdzić. Jeśli już masz subskrypcję, nic się nie zmienia.",
    badEmail: "To nie wygląda na adres e-mail. Wróć i sprawdź go.",
    linkGone:
      "Ten link już nie działa: zastąpił go nowszy e-mail albo subskrypcja się zakończyła. Użyj linku z naszej ostatniej wiadomości albo zapisz się ponownie na stronie statusu.",
    unsubscribe: "Wypisz się",
    confirmTitle: "Potwierdź subskrypcję",
    confirmButton: "Potwierdzam",
    confirmed: "Subskrypcja potwierdzona",
    unsubscribed: "Wypisano Cię z powiadomień",
    confirmedText:
      "Będziesz dostawać e-maile o zdarzeniach i zaplanowanych pracach serwisowych ze strony statusu sklepu {name}. W każdej wiadomości jest link do wypisania się.",
    unsubscribedText:
      "Strona statusu sklepu {name} nie będzie już wysyłać Ci wiadomości. W każdej chwili możesz zapisać się na niej ponownie.",
    toPage: "Przejdź do strony statusu",
    updated: "Aktualizacja",
    feed: "Kanał Atom",
    shownIn: "Jeszcze nie ma tekstu po polsku; pokazujemy go {language}.",
    resolvedText:
      "{title}: naprawione. Wszystko znów działa normalnie. Przepraszamy za utrudnienia i dziękujemy za cierpliwość.",
  },
  it: {
    title: "Stato",
    allOk: "Tutti i servizi funzionano",
    someIssues: "Alcuni servizi hanno problemi",
    majorOutage: "Disservizio grave",
    components: C("Negozio", "Cassa", "Pagamenti", "Consegne", "Servizio clienti"),
    states: S("Operativo", "Rallentato", "Disservizio parziale", "Disservizio grave", "Manutenzione"),
    statuses: ST("In verifica", "Causa individuata", "Sotto osservazione", "Risolto", "Programmata"),
    incidents: "Incidenti",
    noIncidents: "Nessun incidente negli ultimi 14 giorni.",
    maintenance: "Manutenzione programmata",
    uptime: "di disponibilità",
    daysAgo: "90 giorni fa",
    today: "Oggi",
    noData: "Nessun dato",
    subscribe: "Ricevi aggiornamenti via e-mail",
    email: "Indirizzo e-mail",
    subscribeButton: "Iscriviti",
    confirmIntro: "Conferma che vuoi ricevere gli aggiornamenti di stato di {name} aprendo questo link:",
    confirmIgnore: "Se non l'hai chiesto tu, ignora questa e-mail: non riceverai altro.",
    checkInbox:
      "Controlla la posta: apri il link che ti abbiamo inviato per confermare. Se l'iscrizione è già attiva, non cambia nulla.",
    badEmail: "Non sembra un indirizzo e-mail. Torna indietro e controllalo.",
    linkGone:
      "Questo link non funziona più: un'e-mail più recente lo ha sostituito, oppure l'iscrizione è terminata. Usa il link della nostra ultima e-mail o iscriviti di nuovo dalla pagina di stato.",
    unsubscribe: "Annulla iscrizione",
    confirmTitle: "Conferma l'iscrizione",
    confirmButton: "Conferma",
    confirmed: "Iscrizione confermata",
    unsubscribed: "Iscrizione annullata",
    confirmedText:
      "Riceverai e-mail sugli incidenti e sulle manutenzioni programmate della pagina di stato di {name}. Ogni e-mail contiene un link per annullare l'iscrizione.",
    unsubscribedText:
      "La pagina di stato di {name} non ti invierà più e-mail. Puoi iscriverti di nuovo dalla pagina in qualsiasi momento.",
    toPage: "Vai alla pagina di stato",
    updated: "Aggiornato",
    feed: "Feed Atom",
    shownIn: "Non ancora disponibile in italiano; mostrato in {language}.",
    resolvedText:
      "{title}: sistemato. Tutto funziona di nuovo normalmente. Ci scusiamo per il disagio e grazie per la pazienza.",
  },
  fr: {
    title: "État des services",
    allOk: "Tous les services fonctionnent",
    someIssues: "Certains services sont perturbés",
    majorOutage: "Panne majeure",
    components: C("Boutique", "Commande", "Paiements", "Livraison", "Service client"),
    states: S("Opérationnel", "Dégradé", "Panne partielle", "Panne majeure", "Maintenance"),
    statuses: ST("Analyse en cours", "Cause identifiée", "Sous surveillance", "Résolu", "Planifiée"),
    incidents: "Incidents",
    noIncidents: "Aucun incident ces 14 derniers jours.",
    maintenance: "Maintenance planifiée",
    uptime: "de disponibilité",
    daysAgo: "il y a 90 jours",
    today: "Aujourd'hui",
    noData: "Pas de données",
    subscribe: "Recevoir les mises à jour par e-mail",
    email: "Adresse e-mail",
    subscribeButton: "S'abonner",
    confirmIntro: "Confirmez que vous souhaitez recevoir les mises à jour de {name} en ouvrant ce lien :",
    confirmIgnore: "Si vous ne l'avez pas demandé, ignorez cet e-mail : vous ne recevrez rien d'autre.",
    checkInbox:
      "Consultez votre boîte de réception : ouvrez le lien que nous avons envoyé pour confirmer. Si votre abonnement est déjà actif, rien ne change.",
    badEmail: "Cela ne ressemble pas à une adresse e-mail. Revenez en arrière pour la vérifier.",
    linkGone:
      "Ce lien ne fonctionne plus : un e-mail plus récent l'a remplacé, ou l'abonnement a pris fin. Utilisez le lien de notre dernier e-mail, ou abonnez-vous de nouveau sur la page d'état.",
    unsubscribe: "Se désabonner",
    confirmTitle: "Confirmez votre abonnement",
    confirmButton: "Confirmer",
    confirmed: "Abonnement confirmé",
    unsubscribed: "Désabonnement effectué",
    confirmedText:
      "Vous recevrez des e-mails sur les incidents et les maintenances planifiées de la page d'état de {name}. Chaque e-mail contient un lien de désabonnement.",
    unsubscribedText:
      "La page d'état de {name} ne vous enverra plus d'e-mails. Vous pouvez vous y réabonner à tout moment.",
    toPage: "Aller à la page d'état",
    updated: "Mis à jour",
    feed: "Flux Atom",
    shownIn: "Pas encore disponible en français ; affiché en {language}.",
    resolvedText:
      "{title} : c’est réparé. Tout fonctionne de nouveau normalement. Nous sommes désolés pour la gêne et vous remercions de votre patience.",
  },
  de: {
    title: "Status",
    allOk: "Alle Dienste funktionieren",
    someIssues: "Einige Dienste sind beeinträchtigt",
    majorOutage: "Schwere Störung",
    components: C("Shop", "Kasse", "Zahlungen", "Versand", "Kundenservice"),
    states: S("In Betrieb", "Eingeschränkt", "Teilweise gestört", "Gestört", "Wartung"),
    statuses: ST("Wird untersucht", "Ursache gefunden", "Wird beobachtet", "Behoben", "Geplant"),
    incidents: "Störungen",
    noIncidents: "Keine Störungen in den letzten 14 Tagen.",
    maintenance: "Geplante Wartung",
    uptime: "Verfügbarkeit",
    daysAgo: "vor 90 Tagen",
    today: "Heute",
    noData: "Keine Daten",
    subscribe: "Updates per E-Mail",
    email: "E-Mail-Adresse",
    subscribeButton: "Abonnieren",
    confirmIntro: "Bestätigen Sie über diesen Link, dass Sie Statusmeldungen von {name} erhalten möchten:",
    confirmIgnore:
      "Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: es kommt nichts weiter.",
    checkInbox:
      "Sehen Sie in Ihrem Postfach nach: Öffnen Sie den Link, den wir gesendet haben, um zu bestätigen. Wenn Sie schon angemeldet sind, ändert sich nichts.",
    badEmail: "Das sieht nicht nach einer E-Mail-Adresse aus. Gehen Sie zurück und prüfen Sie sie.",
    linkGone:
      "Dieser Link gilt nicht mehr: Eine neuere E-Mail hat ihn ersetzt, oder das Abonnement wurde beendet. Nutzen Sie den Link aus unserer letzten E-Mail, oder melden Sie sich auf der Statusseite erneut an.",
    unsubscribe: "Abmelden",
    confirmTitle: "Abonnement bestätigen",
    confirmButton: "Bestätigen",
    confirmed: "Abonnement bestätigt",
    unsubscribed: "Sie sind abgemeldet",
    confirmedText:
      "Sie erhalten E-Mails zu Störungen und geplanten Wartungen auf der Statusseite von {name}. Jede E-Mail enthält einen Abmeldelink.",
    unsubscribedText:
      "Die Statusseite von {name} sendet Ihnen keine E-Mails mehr. Sie können sich dort jederzeit wieder anmelden.",
    toPage: "Zur Statusseite",
    updated: "Aktualisiert",
    feed: "Atom-Feed",
    shownIn: "Noch nicht auf Deutsch verfügbar; angezeigt auf {language}.",
    resolvedText:
      "{title}: repariert. Alles funktioniert wieder normal. Wir entschuldigen uns für die Unannehmlichkeiten und danken für Ihre Geduld.",
  },
  es: {
    title: "Estado",
    allOk: "Todos los servicios funcionan",
    someIssues: "Algunos servicios tienen problemas",
    majorOutage: "Caída grave",
    components: C("Tienda", "Caja", "Pagos", "Envíos", "Atención al cliente"),
    states: S("Operativo", "Degradado", "Caída parcial", "Caída grave", "Mantenimiento"),
    statuses: ST("Investigando", "Causa identificada", "En observación", "Resuelta", "Programado"),
    incidents: "Incidencias",
    noIncidents: "Sin incidencias en los últimos 14 días.",
    maintenance: "Mantenimiento programado",
    uptime: "de disponibilidad",
    daysAgo: "hace 90 días",
    today: "Hoy",
    noData: "Sin datos",
    subscribe: "Recibir novedades por e-mail",
    email: "Correo electrónico",
    subscribeButton: "Suscribirse",
    confirmIntro:
      "Confirma que quieres recibir las actualizaciones de estado de {name} abriendo este enlace:",
    confirmIgnore: "Si no lo has pedido, ignora este correo: no recibirás nada más.",
    checkInbox:
      "Revisa tu correo: abre el enlace que te hemos enviado para confirmar. Si ya tenías la suscripción, no cambia nada.",
    badEmail: "Eso no parece una dirección de correo electrónico. Vuelve atrás y revísala.",
    linkGone:
      "Este enlace ya no funciona: lo sustituyó un correo más reciente, o la suscripción terminó. Usa el enlace de nuestro último correo o suscríbete de nuevo en la página de estado.",
    unsubscribe: "Darse de baja",
    confirmTitle: "Confirma tu suscripción",
    confirmButton: "Confirmar",
    confirmed: "Suscripción confirmada",
    unsubscribed: "Te has dado de baja",
    confirmedText:
      "Recibirás correos sobre las incidencias y los mantenimientos programados de la página de estado de {name}. Cada correo incluye un enlace para darte de baja.",
    unsubscribedText:
      "La página de estado de {name} no te enviará más correos. Puedes volver a suscribirte allí cuando quieras.",
    toPage: "Ir a la página de estado",
    updated: "Actualizado",
    feed: "Feed Atom",
    shownIn: "Todavía no disponible en español; se muestra en {language}.",
    resolvedText:
      "{title}: solucionado. Todo vuelve a funcionar con normalidad. Sentimos las molestias y te agradecemos tu paciencia.",
  },
};

/** The visitor's language: `?lang=` first, then Accept-Language by quality, else the workspace's. */
export function pickLanguage(
  query: string | undefined,
  acceptLanguage: string | undefined,
  fallback: Lang,
): Lang {
  const ok = (l: string | undefined): l is Lang => !!l && l in PAGE_TEXT;
  const q = query?.toLowerCase().slice(0, 2);
  if (ok(q)) return q;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(",")
      .map((part) => {
        const [tag, ...params] = part.trim().split(";");
        const qv = params.find((p) => p.trim().startsWith("q="));
        return { lang: (tag ?? "").trim().toLowerCase().slice(0, 2), q: qv ? Number(qv.split("=")[1]) : 1 };
      })
      .filter((x) => Number.isFinite(x.q) && x.q > 0)
      .sort((a, b) => b.q - a.q);
    for (const r of ranked) if (ok(r.lang)) return r.lang;
  }
  return fallback;
}

/**
 * Each language named in the reader's language, as the note's sentence takes it: "angezeigt auf
 * Polnisch", "affiché en polonais", "pokazujemy go po angielsku". A name in itself ("angezeigt auf
 * polski") was a foreign word in the middle of the reader's sentence.
 */
export const LANGUAGE_IN: Record<Lang, Record<Lang, string>> = {
  en: { en: "English", pl: "Polish", de: "German", fr: "French", it: "Italian", es: "Spanish" },
  pl: {
    en: "po angielsku",
    pl: "po polsku",
    de: "po niemiecku",
    fr: "po francusku",
    it: "po włosku",
    es: "po hiszpańsku",
  },
  de: { en: "Englisch", pl: "Polnisch", de: "Deutsch", fr: "Französisch", it: "Italienisch", es: "Spanisch" },
  fr: { en: "anglais", pl: "polonais", de: "allemand", fr: "français", it: "italien", es: "espagnol" },
  it: { en: "inglese", pl: "polacco", de: "tedesco", fr: "francese", it: "italiano", es: "spagnolo" },
  es: { en: "inglés", pl: "polaco", de: "alemán", fr: "francés", it: "italiano", es: "español" },
};

/** The note beside a text shown in another language than the reader's: "Not yet written in English; shown in Polish." */
export const shownInNote = (reader: Lang, shown: Lang): string =>
  PAGE_TEXT[reader].shownIn.replace("{language}", LANGUAGE_IN[reader][shown]);

/**
 * A stored {en, pl, …} text in `lang`, else English where the shop wrote it, else the shop's default
 * language, else any it has; and which it is. English before the default: a German reader of a
 * Polish/English shop more likely reads English than Polish (the note says which it is either way).
 */
export function pickText(
  t: Record<string, string>,
  lang: Lang,
  fallback: Lang = "en",
): { text: string; lang: Lang } {
  for (const l of [lang, "en" as Lang, fallback]) if (t[l]?.trim()) return { text: t[l] as string, lang: l };
  const any = Object.entries(t).find(([, v]) => v?.trim());
  return any ? { text: any[1], lang: any[0] as Lang } : { text: "", lang };
}

/** A stored {en, pl, …} text in `lang`, falling back to English where written, then the default language. */
export const pick = (t: Record<string, string>, lang: Lang, fallback: Lang = "en"): string =>
  pickText(t, lang, fallback).text;
