import { ROMANCE } from "./test-shop-sentences-romance.js";
import type { Topic } from "./topics-list.js";

/**
 * Shop complaints and shop non-complaints written for Firebreak's eighth classification pass (by the
 * team, not taken from any data set): eleven kinds of complaint a shop hears, three phrasings each in
 * six languages (one plain, one informal, typed without marks or abbreviated, one negated or "still"
 * form), and six sentences per language that must not read as complaints (praise, questions, plain
 * facts). They measure coverage of the rules, not accuracy: the team wrote them knowing the rules.
 * Used by shop-audit.test.ts and bench/shop-audit.ts (the before/after table in docs/classification.md).
 */
export type Kind =
  | "late_parcel"
  | "refund_missing"
  | "charged_twice"
  | "card_declined"
  | "site_down"
  | "wrong_or_broken"
  | "support_unreachable"
  | "order_cancelled"
  | "counterfeit"
  | "data_leak"
  | "price_not_honoured";

/** The topics that count as right for a kind (any one of them). */
export const KIND_TOPICS: Record<Kind, Topic[]> = {
  late_parcel: ["delivery"],
  refund_missing: ["returns_refunds"],
  charged_twice: ["payment"],
  card_declined: ["payment"],
  site_down: ["outage"],
  wrong_or_broken: ["order_error", "product_quality"],
  support_unreachable: ["customer_service"],
  order_cancelled: ["order_error"],
  counterfeit: ["fraud", "product_quality"],
  data_leak: ["security"],
  price_not_honoured: ["price"],
};

export type ShopLang = "en" | "pl" | "de" | "fr" | "it" | "es";
export const SHOP_LANGS: ShopLang[] = ["en", "pl", "de", "fr", "it", "es"];

export const COMPLAINTS: Record<ShopLang, Record<Kind, string[]>> = {
  en: {
    late_parcel: [
      "My parcel still hasn't arrived, it's been 10 days",
      "ordered 2 weeks ago and still nothing, wheres my package??",
      "Tracking hasn't updated in a week, is my parcel lost?",
    ],
    refund_missing: [
      "Returned the shoes a month ago and still no refund",
      "still havent got my money back for the return",
      "You promised a refund within 5 days, it's been three weeks",
    ],
    charged_twice: [
      "I was charged twice for the same order",
      "u took the payment 2 times from my card, pls fix",
      "Two identical charges on my bank statement for one order",
    ],
    card_declined: [
      "My card keeps getting declined at checkout even though it works everywhere else",
      "checkout error every time i try to pay",
      "Payment won't go through, stuck on the payment page",
    ],
    site_down: [
      "Your website is down again",
      "site wont load all morning",
      "The app shows an error every time I open it",
    ],
    wrong_or_broken: [
      "Received the wrong size and the box was crushed",
      "the mug arrived broken, smashed to pieces",
      "You sent me a blue jacket instead of the black one I ordered",
    ],
    support_unreachable: [
      "I've been trying to reach customer service for days, nobody picks up",
      "no one answers the chat or emails, useless",
      "On hold for an hour and then they hung up",
    ],
    order_cancelled: [
      "You cancelled my order without telling me why",
      "order got cancelled for no reason after I paid",
      "Why was my order cancelled? I need it for Friday",
    ],
    counterfeit: [
      "The perfume I got is a fake, nothing like the original",
      "sold me a counterfeit, the logo is wrong",
      "These are knockoffs not genuine Nike",
    ],
    data_leak: [
      "My data was leaked, I'm getting phishing emails with my order details",
      "someone got my card details after I shopped here, were you hacked?",
      "Why is my address on a leaked list? Data breach?",
    ],
    price_not_honoured: [
      "The site showed £20 at checkout and then you charged £45",
      "price on the website was wrong and you won't honour it",
      "You refused to honour the advertised price",
    ],
  },
  pl: {
    late_parcel: [
      "Paczka nadal nie dotarła, czekam już 10 dni",
      "zamowilem 2 tygodnie temu i dalej nic, gdzie moja paczka",
      "Nie dostałem przesyłki, a status pokazuje doręczona",
    ],
    refund_missing: [
      "Odesłałam buty miesiąc temu i nadal nie ma zwrotu pieniędzy",
      "dalej nie dostalem zwrotu kasy za reklamacje",
      "Obiecaliście zwrot w 14 dni, minęły 3 tygodnie",
    ],
    charged_twice: [
      "Pobrali mi pieniądze dwa razy za jedno zamówienie",
      "obciazyli mi karte 2 razy, prosze o zwrot",
      "Na wyciągu mam dwie takie same płatności za jedno zamówienie",
    ],
    card_declined: [
      "Karta ciągle odrzucana przy płatności, a w innych sklepach działa",
      "blad przy platnosci za kazdym razem",
      "Nie mogę opłacić zamówienia, BLIK się wiesza",
    ],
    site_down: [
      "Strona znowu nie działa",
      "sklep sie nie laduje od rana",
      "Aplikacja wyrzuca błąd przy każdym otwarciu",
    ],
    wrong_or_broken: [
      "Dostałam zły rozmiar, a pudełko było zgniecione",
      "kubek przyszedl rozbity w drobny mak",
      "Przysłaliście niebieską kurtkę zamiast czarnej",
    ],
    support_unreachable: [
      "Od kilku dni próbuję się dodzwonić na infolinię, nikt nie odbiera",
      "nikt nie odpisuje na czacie ani na maile",
      "Godzina na linii i się rozłączyli",
    ],
    order_cancelled: [
      "Anulowaliście moje zamówienie bez podania przyczyny",
      "zamowienie anulowane bez powodu po zaplacie",
      "Dlaczego moje zamówienie zostało anulowane?",
    ],
    counterfeit: [
      "Perfumy to podróbka, nic wspólnego z oryginałem",
      "sprzedali mi podrobke, logo krzywe",
      "To nie są oryginalne buty, tylko chińska kopia",
    ],
    data_leak: [
      "Wyciekły moje dane, dostaję maile phishingowe z numerem zamówienia",
      "ktos ma dane mojej karty po zakupach u was, wlamali sie wam?",
      "Skąd mój adres na liście z wycieku?",
    ],
    price_not_honoured: [
      "Na stronie było 80 zł, a przy kasie naliczyli 150 zł",
      "cena na stronie byla bledna i nie chcecie jej uznac",
      "Odmówiliście sprzedaży w cenie z ogłoszenia",
    ],
  },
  de: {
    late_parcel: [
      "Mein Paket ist immer noch nicht angekommen, seit 10 Tagen",
      "vor 2 wochen bestellt und immer noch nix, wo ist mein paket",
      "Sendungsverfolgung seit einer Woche nicht aktualisiert, ist das Paket verloren?",
    ],
    refund_missing: [
      "Schuhe vor einem Monat zurückgeschickt und immer noch keine Erstattung",
      "hab mein geld fuer die retoure immer noch nicht zurueck",
      "Ihr habt die Rückzahlung in 5 Tagen versprochen, jetzt sind es drei Wochen",
    ],
    charged_twice: [
      "Mir wurde die Bestellung doppelt abgebucht",
      "ihr habt 2 mal von meiner karte abgebucht",
      "Zwei gleiche Abbuchungen auf dem Kontoauszug für eine Bestellung",
    ],
    card_declined: [
      "Meine Karte wird an der Kasse ständig abgelehnt",
      "fehler beim bezahlen jedes mal",
      "Die Zahlung geht nicht durch, hängt auf der Zahlungsseite",
    ],
    site_down: [
      "Eure Webseite ist schon wieder down",
      "seite laedt seit heute morgen nicht",
      "Die App zeigt bei jedem Start einen Fehler",
    ],
    wrong_or_broken: [
      "Falsche Größe bekommen und der Karton war zerdrückt",
      "tasse kam kaputt an, in tausend teilen",
      "Ihr habt mir eine blaue Jacke statt der schwarzen geschickt",
    ],
    support_unreachable: [
      "Seit Tagen versuche ich den Kundenservice zu erreichen, niemand geht ran",
      "keiner antwortet im chat oder auf mails",
      "Eine Stunde in der Warteschleife und dann aufgelegt",
    ],
    order_cancelled: [
      "Ihr habt meine Bestellung ohne Grund storniert",
      "bestellung nach bezahlung einfach storniert",
      "Warum wurde meine Bestellung storniert?",
    ],
    counterfeit: [
      "Das Parfüm ist eine Fälschung, nichts wie das Original",
      "mir wurde ein fake verkauft, logo ist schief",
      "Das sind keine echten Nike, sondern Plagiate",
    ],
    data_leak: [
      "Meine Daten wurden geleakt, ich bekomme Phishing-Mails mit meiner Bestellnummer",
      "jemand hat meine kartendaten nach dem einkauf bei euch, wurdet ihr gehackt?",
      "Warum steht meine Adresse in einem Datenleck?",
    ],
    price_not_honoured: [
      "Auf der Seite stand 20 €, an der Kasse wurden 45 € berechnet",
      "preis auf der seite war falsch und ihr wollt ihn nicht einhalten",
      "Ihr weigert euch, den beworbenen Preis zu akzeptieren",
    ],
  },
  ...ROMANCE,
};

/** Praise, questions and plain facts about the same things: none may read as a complaint or negative. */
export const NOT_COMPLAINTS: Record<ShopLang, string[]> = {
  en: [
    "My parcel arrived on time, thanks!",
    "Any questions about delivery times? Check our FAQ",
    "Refund came through in two days, great service",
    "Does anyone know if they ship to Ireland?",
    "Ordered on Monday, delivered Tuesday. Impressed.",
    "Customer service sorted my return in minutes",
  ],
  pl: [
    "Przesyłka dotarła szybko, dziękuję!",
    "Jaki jest czas dostawy do Krakowa?",
    "Zwrot pieniędzy dostałam po dwóch dniach, super",
    "Zamówione w poniedziałek, we wtorek już było",
    "Obsługa klienta szybko załatwiła wymianę",
    "Czy wysyłacie paczki za granicę?",
  ],
  de: [
    "Paket kam pünktlich an, danke!",
    "Wie lange dauert der Versand nach Österreich?",
    "Erstattung war nach zwei Tagen da, super Service",
    "Montag bestellt, Dienstag geliefert",
    "Der Kundenservice hat meinen Umtausch schnell erledigt",
    "Liefert ihr auch in die Schweiz?",
  ],
  fr: [
    "Livraison rapide, colis reçu en parfait état",
    "Quels sont les délais de livraison pour la Belgique ?",
    "Remboursement reçu en deux jours, top",
    "Commandé lundi, livré mardi",
    "Le service client a réglé mon échange rapidement",
    "Vous livrez en Suisse ?",
  ],
  it: [
    "Pacco arrivato in tempo, grazie!",
    "Quali sono i tempi di consegna per la Sicilia?",
    "Rimborso ricevuto in due giorni, ottimo",
    "Ordinato lunedì, consegnato martedì",
    "Il servizio clienti ha gestito il cambio in fretta",
    "Spedite anche in Svizzera?",
  ],
  es: [
    "Pedido recibido a tiempo, ¡gracias!",
    "¿Cuáles son los plazos de entrega a Canarias?",
    "Reembolso recibido en dos días, genial",
    "Pedido el lunes, entregado el martes",
    "Atención al cliente me gestionó el cambio enseguida",
    "¿Enviáis a Portugal?",
  ],
};
