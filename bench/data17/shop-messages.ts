/**
 * Shop messages for the seventeenth pass (docs/classification.md), written on 2026-12-07 before any
 * rule of that pass was changed and committed alone so the order shows. 20 a language (en, pl, de, fr,
 * it, es): products, delivery, payment, returns, support, sarcasm without a frame ("Thanks for
 * nothing", "5 weeks for a parcel, well done"), text typed without its marks, praise with a complaint.
 * Written by the same hand, in the same session and from the same brief as the rules, so after the
 * rules it measures coverage, not unseen accuracy. Read through bench/shop-messages.ts.
 *
 * Each row: text, language, what the text says (negative / neutral / positive), its kind, whether it
 * reports a payment or refund problem (topic `payment` or `returns_refunds` expected), and whether it
 * is typed without the language's marks.
 */
export type Lang = "en" | "pl" | "de" | "fr" | "it" | "es";
export type Label = "negative" | "neutral" | "positive";
export type Kind =
  | "product"
  | "delivery"
  | "payment"
  | "returns"
  | "support"
  | "sarcasm"
  | "mixed"
  | "praise";
export type ShopMessage = [text: string, lang: Lang, label: Label, kind: Kind, money: boolean, bare: boolean];

const n = (text: string, kind: Kind, money = false, bare = false) => ({
  text,
  label: "negative" as const,
  kind,
  money,
  bare,
});
const o = (text: string, kind: Kind, bare = false) => ({
  text,
  label: "neutral" as const,
  kind,
  money: false,
  bare,
});
const p = (text: string, kind: Kind, bare = false) => ({
  text,
  label: "positive" as const,
  kind,
  money: false,
  bare,
});
type R = ReturnType<typeof n> | ReturnType<typeof o> | ReturnType<typeof p>;

const BY: Record<Lang, R[]> = {
  en: [
    n("Charged me twice for order 58812, still waiting for one of them to go back", "payment", true),
    n("Thanks for nothing. Third email, no reply.", "sarcasm"),
    n("5 weeks for a parcel, well done", "sarcasm"),
    n("Refund was promised on the 2nd, nothing on my card yet", "payment", true),
    o("The hoodie is lovely and warm, sizing runs a bit small", "mixed"),
    p("Arrived next day, well packed, very happy", "praise"),
    n("Courier left it in the rain on the doorstep, box soaked", "delivery"),
    n("Heel came off after two wears. Rubbish.", "product"),
    p("Support sorted my wrong size swap in a day, cheers", "support"),
    n("Really appreciate being ignored for a week. Top service.", "sarcasm"),
    n("Paid with Klarna and it still says unpaid, now i got a reminder fee", "payment", true),
    n("Return label never came, asked three times", "returns"),
    p("Good quality for the price, would buy again", "praise"),
    o("Nice jacket but the zip is already a bit stiff", "mixed"),
    n("Money left my account but no order confirmation", "payment", true),
    p("Cheers for the free socks in the parcel, nice touch", "praise"),
    n("Cheers for nothing, still no parcel and no answer", "sarcasm"),
    o("Can I change the delivery address on my order?", "support"),
    n("Colour is nothing like the photo", "product"),
    p("Fast shipping, product as described", "praise"),
  ],
  pl: [
    n("Pobrali mi pieniadze dwa razy za jedno zamowienie", "payment", true, true),
    n("Dzięki za nic. Paczki jak nie było tak nie ma.", "sarcasm"),
    n("Dzieki za nic, trzeci tydzien czekam na zwrot pieniedzy", "sarcasm", true, true),
    n("3 tygodnie na paczke, brawo", "sarcasm", false, true),
    n("Zwrot kasy obiecany tydzien temu, na koncie nic", "payment", true, true),
    p("Buty super, wygodne, polecam", "praise"),
    o("Kurtka ładna, ale jeden rękaw trochę krzywo przyszyty", "mixed"),
    n("Kurier rzucił paczkę pod bramą, wszystko mokre", "delivery"),
    n("Zaplacilem blikiem, a zamowienie dalej nieoplacone", "payment", true, true),
    p("Obsługa szybko wymieniła rozmiar, dziękuję", "support"),
    p("Towar zgodny z opisem, szybka wysyłka", "praise"),
    n("Po dwóch praniach sweter się zmechacił", "product"),
    n("Odeslalam zwrot miesiac temu i cisza", "returns", false, true),
    o("Czy mogę zmienić adres dostawy?", "support"),
    n("Dziekuje za nic, obsluga w ogole nie odpisuje", "sarcasm", false, true),
    o("Ok, nic specjalnego, ale za tę cenę może być", "mixed"),
    n("Karta odrzucona, a pieniadze zablokowane na koncie", "payment", true, true),
    p("Bardzo dobry kontakt ze sprzedawcą", "support"),
    n("Rozmiar za maly, kolor inny niz na zdjeciu", "product", false, true),
    p("Paczka doszla szybko, wszystko cale, polecam", "praise", true),
  ],
  de: [
    n("Zweimal abgebucht fuer eine Bestellung, bitte sofort zurueckbuchen", "payment", true, true),
    n("Danke für nichts. Seit zwei Wochen keine Antwort.", "sarcasm"),
    n("Danke fuer nichts, Paket immer noch nicht da", "sarcasm", false, true),
    n("Fünf Wochen für ein Paket, Respekt.", "sarcasm"),
    n("Geld wurde abgebucht, aber keine Bestellbestaetigung bekommen", "payment", true, true),
    n("Rueckerstattung seit drei Wochen versprochen, nichts passiert", "payment", true, true),
    p("Schuhe passen super, schnelle Lieferung", "praise"),
    o("Schöne Jacke, aber der Reißverschluss hakt ein bisschen", "mixed"),
    n("Paket kam beschädigt an, Deckel eingedrückt", "delivery"),
    p("Der Kundenservice hat mir sofort geholfen, danke!", "support"),
    n("Trotz Zahlung per PayPal kam eine Mahnung", "payment", true),
    n("Retourenlabel nie angekommen, schon dreimal nachgefragt", "returns"),
    o("Qualität ist ok, nichts Besonderes", "mixed"),
    o("Kann ich die Lieferadresse noch aendern?", "support", true),
    n("Farbe komplett anders als auf dem Foto", "product"),
    p("Tolle Qualitaet, gerne wieder", "praise", true),
    n("Nach einer Woche kaputt. Ganz toll gemacht.", "sarcasm"),
    p("Top Verpackung, alles heil angekommen", "praise"),
    o("Hose ist bequem, faellt aber etwas klein aus", "mixed", true),
    n("Karte abgelehnt, Betrag trotzdem abgebucht", "payment", true),
  ],
  fr: [
    n("On m'a preleve deux fois pour la meme commande", "payment", true, true),
    n("Deux prelevements identiques sur mon compte, merci de rembourser", "payment", true, true),
    n("J'ai ete debite mais aucune confirmation de commande", "payment", true, true),
    n("Merci pour rien. Toujours pas de colis.", "sarcasm"),
    n("Merci pour rien, 3 semaines sans reponse", "sarcasm", false, true),
    n("5 semaines pour un colis, bravo.", "sarcasm"),
    n("Remboursement promis il y a un mois, toujours rien recu", "payment", true, true),
    p("Robe magnifique, taille parfaitement", "praise"),
    o("Joli pull mais il bouloche un peu deja", "mixed", true),
    n("Colis arrivé ouvert, il manquait un article", "delivery"),
    p("Service client très réactif, échange fait en 2 jours", "support"),
    n("Étiquette de retour jamais reçue", "returns"),
    o("Est-ce que je peux changer l'adresse de livraison ?", "support"),
    o("Qualité correcte pour le prix", "mixed"),
    n("La couleur ne correspond pas du tout à la photo", "product"),
    p("Livraison rapide, produit conforme", "praise"),
    n("Carte refusee mais le montant a ete preleve", "payment", true, true),
    n("Bravo, deux semaines pour répondre à un mail.", "sarcasm"),
    p("Tres contente de mon achat, je recommande", "praise", true),
    o("Chaussures confortables, mais la livraison a pris trois semaines", "mixed"),
  ],
  it: [
    n("Addebitato due volte lo stesso ordine", "payment", true),
    n("Mi hanno addebitato due volte, rivoglio i miei soldi", "payment", true),
    n("Grazie di niente. Ancora nessuna risposta.", "sarcasm"),
    n("Grazie di niente, pacco mai arrivato", "sarcasm"),
    n("5 settimane per un pacco, complimenti.", "sarcasm"),
    n("Rimborso promesso da un mese, ancora niente sul conto", "payment", true),
    n("Pagato con PayPal ma l'ordine risulta non pagato", "payment", true),
    n("Il pagamento e stato addebitato ma non ho ricevuto nessuna conferma", "payment", true, true),
    p("Scarpe comodissime, consegna veloce", "praise"),
    o("Bella giacca, la cerniera pero e un po dura", "mixed", true),
    n("Pacco arrivato danneggiato", "delivery"),
    p("Servizio clienti gentilissimo, problema risolto", "support"),
    n("Etichetta di reso mai arrivata", "returns"),
    o("Posso cambiare l'indirizzo di consegna?", "support"),
    n("Colore diverso dalla foto", "product"),
    o("Prodotto ok, niente di speciale", "mixed"),
    n("Perche mi avete addebitato la spedizione due volte?", "payment", true, true),
    p("Ottimo acquisto, lo ricomprerei", "praise"),
    n("Carta rifiutata ma soldi scalati dal conto", "payment", true),
    p("Tutto perfetto, grazie mille", "praise"),
  ],
  es: [
    n("Me cobraron dos veces el mismo pedido", "payment", true),
    n("Me han cobrado dos veces, quiero la devolucion ya", "payment", true, true),
    n("Gracias por nada. Sigo sin respuesta.", "sarcasm"),
    n("Gracias por nada, el paquete sigue sin llegar", "sarcasm"),
    n("5 semanas para un paquete, enhorabuena.", "sarcasm"),
    n("Reembolso prometido hace un mes y nada en la cuenta", "payment", true),
    n("Pague con Bizum y el pedido sigue pendiente de pago", "payment", true, true),
    n("Me cobraron pero no recibi ninguna confirmacion del pedido", "payment", true, true),
    p("Zapatillas comodisimas, envio rapido", "praise", true),
    o("Bonita chaqueta, pero la cremallera se atasca un poco", "mixed"),
    n("El paquete llegó roto", "delivery"),
    p("Atención al cliente de diez, me lo solucionaron enseguida", "support"),
    n("Nunca me llego la etiqueta de devolucion", "returns", false, true),
    o("¿Puedo cambiar la dirección de entrega?", "support"),
    n("El color no tiene nada que ver con la foto", "product"),
    o("Calidad aceptable para el precio", "mixed"),
    n("Tarjeta rechazada pero el cargo aparece en mi cuenta", "payment", true),
    p("Muy contenta con la compra, repetiré", "praise"),
    p("Todo perfecto, gracias", "praise"),
    n("Genial, dos semanas para contestar un correo.", "sarcasm"),
  ],
};

export const SHOP_MESSAGES: ShopMessage[] = Object.entries(BY).flatMap(([lang, rows]) =>
  rows.map((r): ShopMessage => [r.text, lang as Lang, r.label, r.kind, r.money, r.bare]),
);
