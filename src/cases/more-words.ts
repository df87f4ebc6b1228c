import type { CaseLang } from "./policy.js";

/** Words of a reply kept apart from `words.ts` (which is at its size limit), one record per language. */
export interface MoreWords {
  /** Before the promised time on the customer's own clock: "(your time: Tuesday … UTC+1)". */
  yourTime: string;
  /**
   * A given "price honoured": the price is kept, done; cancelling free of charge is still the customer's
   * choice, so it is said as one, not as a second thing given.
   */
  priceKept: string;
  /**
   * Where `private` ("send us a private message or an e-mail … and we can continue there") would stand
   * in a reply that is an e-mail already: the conversation is private, the way on is to answer it.
   */
  byMail: string;
}

const MORE: Record<CaseLang, MoreWords> = {
  en: {
    yourTime: "your time",
    priceKept:
      "We have kept the price you saw when you ordered; if you would rather cancel the order, tell us and we will cancel it free of charge.",
    byMail: "If there is anything else, just reply to this e-mail.",
  },
  pl: {
    yourTime: "u Ciebie",
    priceKept:
      "Utrzymaliśmy dla Ciebie cenę z chwili zamówienia; jeśli jednak wolisz anulować zamówienie, daj nam znać, a zrobimy to bezpłatnie.",
    byMail: "Jeśli chcesz coś dodać, po prostu odpowiedz na tę wiadomość.",
  },
  de: {
    yourTime: "Ihre Ortszeit",
    priceKept:
      "Für Ihre Bestellung gilt der Preis, den Sie beim Bestellen gesehen haben; wenn Sie sie lieber stornieren möchten, sagen Sie uns Bescheid, dann stornieren wir sie kostenlos.",
    byMail: "Wenn noch etwas ist, antworten Sie einfach auf diese E-Mail.",
  },
  fr: {
    yourTime: "chez vous",
    priceKept:
      "Nous avons maintenu le prix affiché lors de votre commande\u202f; si vous souhaitez plutôt l'annuler, dites-le-nous et nous l'annulerons gratuitement.",
    byMail: "Pour toute autre question, répondez simplement à cet e-mail.",
  },
  it: {
    yourTime: "nel tuo fuso orario",
    priceKept:
      "Abbiamo mantenuto per te il prezzo che hai visto al momento dell'ordine; se invece preferisci annullare l'ordine, faccelo sapere e lo annulleremo gratuitamente.",
    byMail: "Se c'è altro, rispondi pure a questa e-mail.",
  },
  es: {
    yourTime: "en tu zona horaria",
    priceKept:
      "Hemos mantenido para ti el precio del momento de tu pedido; si quieres cancelarlo, dínoslo y lo cancelaremos sin coste.",
    byMail: "Si necesitas algo más, responde a este correo.",
  },
};

export const moreWordsOf = (language: CaseLang): MoreWords => MORE[language] ?? MORE.en;
