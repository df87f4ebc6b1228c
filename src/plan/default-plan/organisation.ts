import type { Authority, Contact, ContinuityService, LocalizedText, Plan, RoleId } from "./model.js";
import { ROLE_IDS } from "./model.js";

const emptyContact = (): Contact => ({ name: "", organisation: "", phone: "", email: "", notes: "" });

export const howToUse: LocalizedText[] = [
  {
    en: "Keep a printed copy of this plan offline: a crisis can take the dashboard down with the shop.",
    pl: "Trzymaj wydrukowaną kopię planu poza systemem: kryzys może wyłączyć panel razem ze sklepem.",
    it: "Tenete una copia stampata del piano: una crisi può mettere fuori uso la dashboard insieme al negozio.",
    fr: "Gardez un exemplaire imprimé de ce plan : une crise peut mettre le tableau de bord hors service en même temps que la boutique.",
    de: "Bewahren Sie einen Ausdruck dieses Plans auf: Eine Krise kann das Dashboard zusammen mit dem Shop lahmlegen.",
    es: "Guardad una copia impresa del plan: una crisis puede tumbar el panel junto con la tienda.",
  },
  {
    en: "When something goes wrong: find the crisis type, set the severity from the table, call the people it says to page.",
    pl: "Gdy coś się dzieje: znajdź typ kryzysu, ustal poziom według tabeli i zaalarmuj wskazane w niej osoby.",
    it: "Quando qualcosa va storto: individuate il tipo di crisi, fissate la gravità dalla tabella e allertate le persone indicate.",
    fr: "En cas de problème : identifiez le type de crise, fixez la gravité d'après le tableau et alertez les personnes indiquées.",
    de: "Wenn etwas schiefgeht: Krisentyp bestimmen, Schweregrad nach Tabelle festlegen, die dort genannten Personen alarmieren.",
    es: "Cuando algo falle: identificad el tipo de crisis, fijad la gravedad según la tabla y avisad a las personas que indica.",
  },
  {
    en: "Work through the playbook and tick each task with the time it was done; the crisis lead may skip or add tasks.",
    pl: "Realizuj zadania z procedury i odhaczaj każde z godziną wykonania; lider może pominąć lub dodać zadania.",
    it: "Seguite la procedura spuntando ogni attività con l'ora di completamento; il responsabile può saltare o aggiungere attività.",
    fr: "Déroulez la procédure en cochant chaque tâche avec l'heure de réalisation ; le responsable peut en retirer ou en ajouter.",
    de: "Den Ablaufplan abarbeiten und jede Aufgabe mit Uhrzeit abhaken; die Krisenleitung kann Aufgaben streichen oder ergänzen.",
    es: "Seguid el procedimiento marcando cada tarea con la hora en que se hizo; el responsable puede omitir o añadir tareas.",
  },
  {
    en: "Say something public early, then keep to the update cadence. Never guess; say what you know and when you will update.",
    pl: "Wypowiedz się publicznie szybko, potem trzymaj się rytmu aktualizacji. Nie zgaduj: mów, co wiesz i kiedy podasz więcej.",
    it: "Comunicate pubblicamente presto, poi rispettate la cadenza degli aggiornamenti. Mai ipotesi: dite cosa sapete e quando aggiornerete.",
    fr: "Prenez la parole tôt, puis tenez le rythme des mises à jour. Ne spéculez jamais : dites ce que vous savez et quand vous reviendrez.",
    de: "Früh öffentlich etwas sagen, dann den Update-Takt halten. Nie spekulieren: sagen, was man weiß und wann das nächste Update kommt.",
    es: "Hablad pronto en público y luego mantened la frecuencia de actualización. Nunca especuléis: decid lo que sabéis y cuándo volveréis a informar.",
  },
];

export const team: Plan["team"] = ROLE_IDS.map((role: RoleId) => ({
  role,
  primary: emptyContact(),
  deputy: emptyContact(),
}));

const group = (
  id: Plan["stakeholders"][number]["id"],
  owner: RoleId,
  name: LocalizedText,
  whenToInform: LocalizedText,
): Plan["stakeholders"][number] => ({ id, owner, name, whenToInform, contacts: [] });

export const stakeholders: Plan["stakeholders"] = [
  group(
    "staff",
    "crisis_lead",
    { en: "Staff", pl: "Pracownicy", it: "Personale", fr: "Équipe", de: "Mitarbeitende", es: "Plantilla" },
    {
      en: "First, before any public word: what happened, what to say, whom to send questions to.",
      pl: "Jako pierwsi, przed komunikatem publicznym: co się stało, co mówić, do kogo kierować pytania.",
      it: "Per primi, prima di ogni comunicazione pubblica: cosa è successo, cosa dire, a chi girare le domande.",
      fr: "En premier, avant toute prise de parole : ce qui se passe, quoi dire, à qui transmettre les questions.",
      de: "Zuerst, vor jeder öffentlichen Aussage: was passiert ist, was man sagt, wohin Fragen gehen.",
      es: "Los primeros, antes de cualquier comunicado: qué ha pasado, qué decir y a quién derivar las preguntas.",
    },
  ),
  group(
    "customers",
    "communications",
    { en: "Customers", pl: "Klienci", it: "Clienti", fr: "Clients", de: "Kunden", es: "Clientes" },
    {
      en: "Within the first-public-word target of the severity, then at its update cadence.",
      pl: "W terminie pierwszego komunikatu dla danego poziomu, potem zgodnie z rytmem aktualizacji.",
      it: "Entro il termine della prima comunicazione previsto dalla gravità, poi con la cadenza degli aggiornamenti.",
      fr: "Dans le délai de première prise de parole prévu par la gravité, puis au rythme des mises à jour.",
      de: "Innerhalb der Frist für die erste öffentliche Aussage, danach im Update-Takt des Schweregrads.",
      es: "Dentro del plazo de primera comunicación que marca la gravedad y luego con su frecuencia de actualización.",
    },
  ),
  group(
    "press",
    "communications",
    {
      en: "Press and influencers",
      pl: "Media i influencerzy",
      it: "Stampa e influencer",
      fr: "Presse et influenceurs",
      de: "Presse und Influencer",
      es: "Prensa e influencers",
    },
    {
      en: "When they ask, or proactively for SEV1; only through communications.",
      pl: "Gdy pytają, a przy SEV1 z własnej inicjatywy; wyłącznie przez komunikację.",
      it: "Quando chiedono, o di propria iniziativa per i SEV1; solo tramite la comunicazione.",
      fr: "Quand ils sollicitent, ou de façon proactive en SEV1 ; uniquement via la communication.",
      de: "Auf Anfrage oder bei SEV1 aktiv; ausschließlich über die Kommunikation.",
      es: "Cuando pregunten, o por iniciativa propia en SEV1; solo a través de comunicación.",
    },
  ),
  group(
    "suppliers",
    "crisis_lead",
    {
      en: "Suppliers",
      pl: "Dostawcy",
      it: "Fornitori",
      fr: "Fournisseurs",
      de: "Lieferanten",
      es: "Proveedores",
    },
    {
      en: "When their products, deliveries or data are involved.",
      pl: "Gdy sprawa dotyczy ich produktów, dostaw lub danych.",
      it: "Quando sono coinvolti i loro prodotti, le loro consegne o i loro dati.",
      fr: "Lorsque leurs produits, livraisons ou données sont concernés.",
      de: "Wenn ihre Produkte, Lieferungen oder Daten betroffen sind.",
      es: "Cuando estén implicados sus productos, entregas o datos.",
    },
  ),
  group(
    "carriers",
    "customer_care",
    {
      en: "Carriers",
      pl: "Przewoźnicy",
      it: "Corrieri",
      fr: "Transporteurs",
      de: "Versanddienstleister",
      es: "Transportistas",
    },
    {
      en: "For delivery problems, and to stop or redirect parcels in a recall.",
      pl: "Przy problemach z dostawą oraz by zatrzymać lub przekierować paczki przy wycofaniu produktu.",
      it: "Per i problemi di consegna e per fermare o deviare i pacchi in caso di richiamo.",
      fr: "En cas de problème de livraison, et pour bloquer ou réacheminer des colis lors d'un rappel.",
      de: "Bei Lieferproblemen und um bei einem Rückruf Pakete zu stoppen oder umzuleiten.",
      es: "Ante problemas de entrega y para detener o desviar paquetes en una retirada.",
    },
  ),
  group(
    "payment_providers",
    "technical",
    {
      en: "Payment providers",
      pl: "Operatorzy płatności",
      it: "Fornitori di pagamento",
      fr: "Prestataires de paiement",
      de: "Zahlungsdienstleister",
      es: "Proveedores de pagos",
    },
    {
      en: "At once for payment failures, fraud waves and any possible card-data exposure.",
      pl: "Natychmiast przy awariach płatności, falach oszustw i każdym możliwym wycieku danych kart.",
      it: "Subito in caso di guasti ai pagamenti, ondate di frodi e ogni possibile esposizione dei dati delle carte.",
      fr: "Immédiatement en cas de panne de paiement, de vague de fraude ou de possible exposition de données de carte.",
      de: "Sofort bei Zahlungsstörungen, Betrugswellen und jeder möglichen Offenlegung von Kartendaten.",
      es: "De inmediato ante fallos de pago, oleadas de fraude y cualquier posible exposición de datos de tarjeta.",
    },
  ),
  group(
    "hosting_providers",
    "technical",
    {
      en: "Hosting and platform providers",
      pl: "Dostawcy hostingu i platformy",
      it: "Fornitori di hosting e piattaforma",
      fr: "Hébergeurs et éditeurs de plateforme",
      de: "Hosting- und Plattformanbieter",
      es: "Proveedores de alojamiento y plataforma",
    },
    {
      en: "At once for outages, attacks and security incidents.",
      pl: "Natychmiast przy awariach, atakach i incydentach bezpieczeństwa.",
      it: "Subito in caso di disservizi, attacchi e incidenti di sicurezza.",
      fr: "Immédiatement en cas de panne, d'attaque ou d'incident de sécurité.",
      de: "Sofort bei Ausfällen, Angriffen und Sicherheitsvorfällen.",
      es: "De inmediato ante caídas, ataques e incidentes de seguridad.",
    },
  ),
  group(
    "authorities",
    "legal_data_protection",
    { en: "Authorities", pl: "Urzędy", it: "Autorità", fr: "Autorités", de: "Behörden", es: "Autoridades" },
    {
      en: "Data breach: within 72 hours. Unsafe product: without delay. Crime: file a report.",
      pl: "Naruszenie danych: w ciągu 72 godzin. Niebezpieczny produkt: niezwłocznie. Przestępstwo: zawiadomienie.",
      it: "Violazione dei dati: entro 72 ore. Prodotto pericoloso: senza indugio. Reato: denuncia.",
      fr: "Violation de données : sous 72 heures. Produit dangereux : sans délai. Infraction : dépôt de plainte.",
      de: "Datenpanne: binnen 72 Stunden. Unsicheres Produkt: unverzüglich. Straftat: Anzeige erstatten.",
      es: "Brecha de datos: en 72 horas. Producto inseguro: sin demora. Delito: presentar denuncia.",
    },
  ),
];

const dpaNote: LocalizedText = {
  en: "Data protection supervisory authority: personal-data breach notifications (GDPR Art. 33).",
  pl: "Organ nadzorczy ds. ochrony danych: zgłoszenia naruszeń ochrony danych osobowych (art. 33 RODO).",
  it: "Autorità di controllo per la protezione dei dati: notifiche di violazione dei dati personali (art. 33 GDPR).",
  fr: "Autorité de contrôle de la protection des données : notification des violations de données personnelles (art. 33 RGPD).",
  de: "Datenschutz-Aufsichtsbehörde: Meldung von Verletzungen des Schutzes personenbezogener Daten (Art. 33 DSGVO).",
  es: "Autoridad de control de protección de datos: notificación de brechas de datos personales (art. 33 RGPD).",
};

const dpa = (id: string, country: string, name: string, website: string, note = dpaNote): Authority => ({
  id,
  kind: "data_protection",
  country,
  name,
  website,
  note,
});

export const authorities: Authority[] = [
  dpa("uodo", "PL", "Urząd Ochrony Danych Osobowych (UODO)", "https://uodo.gov.pl"),
  dpa("garante", "IT", "Garante per la protezione dei dati personali", "https://www.garanteprivacy.it"),
  dpa("cnil", "FR", "Commission nationale de l'informatique et des libertés (CNIL)", "https://www.cnil.fr"),
  dpa("de_laender", "DE", "Landesdatenschutzbehörde des Sitzlandes / BfDI", "https://www.bfdi.bund.de", {
    en: "Notify the data protection authority of the German state (Land) where the shop is based; the BfDI lists them all.",
    pl: "Naruszenie zgłasza się do organu ochrony danych kraju związkowego, w którym sklep ma siedzibę; wykaz prowadzi BfDI.",
    it: "La notifica va all'autorità di protezione dei dati del Land in cui ha sede il negozio; il BfDI ne pubblica l'elenco.",
    fr: "La notification va à l'autorité de protection des données du Land où la boutique est établie ; le BfDI en publie la liste.",
    de: "Meldung an die Datenschutzaufsichtsbehörde des Bundeslandes, in dem der Shop seinen Sitz hat; der BfDI führt die Übersicht.",
    es: "La notificación se dirige a la autoridad de protección de datos del Land donde tiene sede la tienda; el BfDI publica la lista.",
  }),
  dpa("aepd", "ES", "Agencia Española de Protección de Datos (AEPD)", "https://www.aepd.es"),
  dpa("ico", "GB", "Information Commissioner's Office (ICO)", "https://ico.org.uk", {
    en: "UK data protection regulator: breach reports within 72 hours (UK GDPR Art. 33).",
    pl: "Brytyjski organ ochrony danych: zgłoszenia naruszeń w ciągu 72 godzin (art. 33 UK GDPR).",
    it: "Autorità britannica per la protezione dei dati: notifiche di violazione entro 72 ore (art. 33 UK GDPR).",
    fr: "Régulateur britannique de la protection des données : notification des violations sous 72 heures (art. 33 UK GDPR).",
    de: "Britische Datenschutzbehörde: Meldungen binnen 72 Stunden (Art. 33 UK GDPR).",
    es: "Regulador británico de protección de datos: notificación de brechas en 72 horas (art. 33 UK GDPR).",
  }),
  {
    id: "eu_safety_gate",
    kind: "product_safety",
    country: "EU",
    name: "Safety Business Gateway (Safety Gate)",
    website: "https://ec.europa.eu/safety-gate",
    note: {
      en: "Notify dangerous products to the market surveillance authorities of every EU country where they were sold (GPSR).",
      pl: "Zgłaszanie niebezpiecznych produktów organom nadzoru rynku we wszystkich krajach UE, w których je sprzedano (GPSR).",
      it: "Notifica dei prodotti pericolosi alle autorità di vigilanza del mercato di ogni Paese UE in cui sono stati venduti (GPSR).",
      fr: "Déclaration des produits dangereux aux autorités de surveillance du marché de chaque pays de l'UE où ils ont été vendus (RSGP).",
      de: "Meldung gefährlicher Produkte an die Marktüberwachungsbehörden aller EU-Länder, in denen sie verkauft wurden (GPSR).",
      es: "Notificación de productos peligrosos a las autoridades de vigilancia del mercado de cada país de la UE donde se vendieron (RGSP).",
    },
  },
];

const service = (s: ContinuityService): ContinuityService => s;

export const continuity: ContinuityService[] = [
  service({
    id: "storefront",
    name: {
      en: "Storefront",
      pl: "Sklep internetowy",
      it: "Negozio online",
      fr: "Boutique en ligne",
      de: "Onlineshop",
      es: "Tienda online",
    },
    component: "storefront",
    fallback: {
      en: "Static maintenance page on a separate host with the status link and phone/e-mail ordering; restore from the last backup.",
      pl: "Statyczna strona serwisowa na osobnym serwerze z linkiem do statusu i zamówieniami telefonicznymi lub mailowymi; odtworzenie z ostatniej kopii.",
      it: "Pagina statica di manutenzione su un host separato con link allo stato e ordini via telefono o e-mail; ripristino dall'ultimo backup.",
      fr: "Page de maintenance statique sur un hébergement distinct avec lien de statut et commande par téléphone ou e-mail ; restauration depuis la dernière sauvegarde.",
      de: "Statische Wartungsseite auf separatem Host mit Statuslink und Bestellung per Telefon oder E-Mail; Wiederherstellung aus dem letzten Backup.",
      es: "Página estática de mantenimiento en otro alojamiento con enlace al estado y pedidos por teléfono o correo; restauración desde la última copia.",
    },
    rtoMinutes: 240,
    rpoMinutes: 60,
    owner: "technical",
    provider: "",
  }),
  service({
    id: "checkout",
    name: {
      en: "Checkout",
      pl: "Koszyk i składanie zamówień",
      it: "Checkout",
      fr: "Tunnel de commande",
      de: "Checkout",
      es: "Checkout",
    },
    component: "checkout",
    fallback: {
      en: "Take orders by phone or e-mail and send payment links from the payment provider's dashboard.",
      pl: "Przyjmowanie zamówień telefonicznie lub mailowo i wysyłka linków do płatności z panelu operatora.",
      it: "Raccogliere gli ordini via telefono o e-mail e inviare link di pagamento dal pannello del provider.",
      fr: "Prendre les commandes par téléphone ou e-mail et envoyer des liens de paiement depuis l'interface du prestataire.",
      de: "Bestellungen telefonisch oder per E-Mail annehmen und Zahlungslinks aus dem Dashboard des Zahlungsanbieters versenden.",
      es: "Tomar pedidos por teléfono o correo y enviar enlaces de pago desde el panel del proveedor.",
    },
    rtoMinutes: 60,
    rpoMinutes: 0,
    owner: "technical",
    provider: "",
  }),
  service({
    id: "payment_provider",
    name: {
      en: "Payment provider",
      pl: "Operator płatności",
      it: "Fornitore di pagamento",
      fr: "Prestataire de paiement",
      de: "Zahlungsdienstleister",
      es: "Proveedor de pagos",
    },
    component: "payments",
    fallback: {
      en: "A second provider kept configured but switched off, plus bank transfer and cash on delivery.",
      pl: "Drugi operator skonfigurowany, ale wyłączony, a do tego przelew tradycyjny i płatność za pobraniem.",
      it: "Un secondo provider già configurato ma disattivato, più bonifico e contrassegno.",
      fr: "Un second prestataire configuré mais désactivé, ainsi que le virement et le paiement à la livraison.",
      de: "Ein zweiter, fertig eingerichteter, aber deaktivierter Anbieter, dazu Vorkasse und Nachnahme.",
      es: "Un segundo proveedor configurado pero desactivado, además de transferencia y contrarreembolso.",
    },
    rtoMinutes: 30,
    rpoMinutes: 0,
    owner: "technical",
    provider: "",
  }),
  service({
    id: "carrier",
    name: {
      en: "Carrier",
      pl: "Przewoźnik",
      it: "Corriere",
      fr: "Transporteur",
      de: "Versanddienstleister",
      es: "Transportista",
    },
    component: "delivery",
    fallback: {
      en: "A backup carrier with an active account and label printing tested, plus a pickup-point option.",
      pl: "Zapasowy przewoźnik z aktywnym kontem i przetestowanym drukowaniem etykiet oraz opcja odbioru w punkcie.",
      it: "Un corriere di riserva con account attivo e stampa etichette già testata, più il ritiro in punto di raccolta.",
      fr: "Un transporteur de secours avec compte actif et impression d'étiquettes testée, plus une option point relais.",
      de: "Ein Ersatz-Versanddienstleister mit aktivem Konto und getestetem Etikettendruck, dazu Abholstationen.",
      es: "Un transportista de respaldo con cuenta activa y la impresión de etiquetas probada, además de recogida en punto de conveniencia.",
    },
    rtoMinutes: 1440,
    rpoMinutes: 1440,
    owner: "crisis_lead",
    provider: "",
  }),
  service({
    id: "email",
    name: {
      en: "E-mail sending",
      pl: "Wysyłka e-maili",
      it: "Invio e-mail",
      fr: "Envoi d'e-mails",
      de: "E-Mail-Versand",
      es: "Envío de correos",
    },
    component: "customer_service",
    fallback: {
      en: "A second sending service with the domain already verified (SPF, DKIM); customer list exported weekly.",
      pl: "Drugi serwis wysyłkowy ze zweryfikowaną domeną (SPF, DKIM); lista klientów eksportowana co tydzień.",
      it: "Un secondo servizio di invio con dominio già verificato (SPF, DKIM); elenco clienti esportato ogni settimana.",
      fr: "Un second service d'envoi avec domaine déjà vérifié (SPF, DKIM) ; liste clients exportée chaque semaine.",
      de: "Ein zweiter Versanddienst mit bereits verifizierter Domain (SPF, DKIM); Kundenliste wöchentlich exportiert.",
      es: "Un segundo servicio de envío con el dominio ya verificado (SPF, DKIM); lista de clientes exportada cada semana.",
    },
    rtoMinutes: 240,
    rpoMinutes: 10080,
    owner: "communications",
    provider: "",
  }),
];

export const review: Plan["review"] = {
  intervalMonths: 6,
  lastReviewed: null,
  triggers: [
    {
      en: "After every real crisis of SEV2 or higher, using the post-mortem.",
      pl: "Po każdym prawdziwym kryzysie na poziomie SEV2 lub wyższym, na podstawie analizy powdrożeniowej.",
      it: "Dopo ogni crisi reale di livello SEV2 o superiore, sulla base del post-mortem.",
      fr: "Après chaque crise réelle de niveau SEV2 ou plus, à partir du retour d'expérience.",
      de: "Nach jeder echten Krise ab SEV2, auf Basis der Nachbesprechung.",
      es: "Tras cada crisis real de nivel SEV2 o superior, a partir del análisis posterior.",
    },
    {
      en: "When a payment provider, carrier, host or key supplier changes, or a person in a role leaves.",
      pl: "Przy zmianie operatora płatności, przewoźnika, hostingu lub kluczowego dostawcy albo odejściu osoby pełniącej rolę.",
      it: "Quando cambiano provider di pagamento, corriere, hosting o un fornitore chiave, o lascia una persona con un ruolo.",
      fr: "Lors d'un changement de prestataire de paiement, de transporteur, d'hébergeur ou de fournisseur clé, ou du départ d'un titulaire de rôle.",
      de: "Bei Wechsel von Zahlungsanbieter, Versanddienstleister, Hoster oder Schlüssellieferant oder wenn eine Rolleninhaberin bzw. ein Rolleninhaber geht.",
      es: "Cuando cambie el proveedor de pagos, el transportista, el alojamiento o un proveedor clave, o se vaya alguien con un rol.",
    },
    {
      en: "Before peak season (Black Friday, Christmas).",
      pl: "Przed sezonem szczytowym (Black Friday, święta).",
      it: "Prima dell'alta stagione (Black Friday, Natale).",
      fr: "Avant la haute saison (Black Friday, fêtes de fin d'année).",
      de: "Vor der Hochsaison (Black Friday, Weihnachten).",
      es: "Antes de la temporada alta (Black Friday, Navidad).",
    },
  ],
  changelog: [],
};

export const drills: Plan["drills"] = {
  intervalMonths: 6,
  suggested: ["payment_failure", "site_outage", "data_breach", "negative_wave"],
  guidance: [
    {
      en: "Run a drill at least twice a year, once before peak season; rotate the crisis type and who plays crisis lead.",
      pl: "Przeprowadzaj ćwiczenia co najmniej dwa razy w roku, w tym raz przed sezonem; zmieniaj typ kryzysu i osobę w roli lidera.",
      it: "Fate un'esercitazione almeno due volte l'anno, una prima dell'alta stagione; alternate il tipo di crisi e chi fa da responsabile.",
      fr: "Organisez un exercice au moins deux fois par an, dont un avant la haute saison ; variez le type de crise et le responsable.",
      de: "Mindestens zweimal im Jahr üben, einmal vor der Hochsaison; Krisentyp und Krisenleitung jedes Mal wechseln.",
      es: "Haced un simulacro al menos dos veces al año, uno antes de la temporada alta; rotad el tipo de crisis y quién hace de responsable.",
    },
    {
      en: "Use the real tools: page people, write the status update and the customer e-mail, switch to the fallback in a test environment.",
      pl: "Używaj prawdziwych narzędzi: alarmuj ludzi, pisz komunikat statusowy i e-mail do klientów, przełączaj na rozwiązanie zapasowe w środowisku testowym.",
      it: "Usate gli strumenti reali: allertate le persone, scrivete l'aggiornamento di stato e l'e-mail ai clienti, attivate la soluzione di riserva in ambiente di test.",
      fr: "Utilisez les vrais outils : alertez les personnes, rédigez la mise à jour de statut et l'e-mail client, basculez sur le secours en environnement de test.",
      de: "Echte Werkzeuge nutzen: Personen alarmieren, Status-Update und Kunden-E-Mail schreiben, in einer Testumgebung auf die Ausweichlösung umschalten.",
      es: "Usad las herramientas reales: avisad a las personas, redactad la actualización de estado y el correo a clientes, cambiad a la alternativa en un entorno de pruebas.",
    },
    {
      en: "Score the times against the severity targets, write down what slowed you down, and update this plan.",
      pl: "Porównaj czasy z celami dla danego poziomu, zapisz, co was spowolniło, i zaktualizuj plan.",
      it: "Confrontate i tempi con gli obiettivi della gravità, annotate cosa vi ha rallentato e aggiornate il piano.",
      fr: "Comparez les temps aux objectifs de la gravité, notez ce qui vous a ralentis et mettez ce plan à jour.",
      de: "Zeiten mit den Zielen des Schweregrads vergleichen, Bremsklötze notieren und diesen Plan aktualisieren.",
      es: "Comparad los tiempos con los objetivos de la gravedad, anotad qué os frenó y actualizad este plan.",
    },
  ],
};
