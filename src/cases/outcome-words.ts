import type { CaseLang, RemedyKind } from "./policy.js";

/**
 * A given remedy as the public follow-up lists it: "resolved (a refund of €12.00, a free replacement)".
 * The reply's offer words (`words.ts` `remedy`) speak to the customer ("your next order"), stand after
 * "we offer you" (accusative in Polish and German) and keep the other choice open ("or free
 * cancellation"); read by everyone under the post they said the wrong thing. These are what was given,
 * named for a stranger, each without a comma so the list reads as one item per remedy.
 */
type Given = Record<RemedyKind, (amount: string | null) => string>;

const GIVEN: Record<CaseLang, Given> = {
  en: {
    apology: () => "our apology",
    discount: (a) => (a ? `a discount of ${a} on the next order` : "a discount on the next order"),
    refund: (a) => (a ? `a refund of ${a}` : "a full refund"),
    return_shipping_paid: () => "a free return",
    replacement: () => "a replacement at our cost",
    price_honoured: () => "the price at the time of the order",
  },
  pl: {
    apology: () => "nasze przeprosiny",
    discount: (a) => (a ? `rabat ${a} na kolejne zamówienie` : "rabat na kolejne zamówienie"),
    refund: (a) => (a ? `zwrot ${a}` : "pełny zwrot płatności"),
    return_shipping_paid: () => "bezpłatny zwrot towaru",
    replacement: () => "wymiana produktu na nasz koszt",
    price_honoured: () => "cena z chwili zamówienia",
  },
  de: {
    apology: () => "unsere Entschuldigung",
    discount: (a) =>
      a ? `ein Rabatt von ${a} auf die nächste Bestellung` : "ein Rabatt auf die nächste Bestellung",
    refund: (a) => (a ? `eine Erstattung von ${a}` : "die volle Erstattung der Zahlung"),
    return_shipping_paid: () => "eine kostenlose Rücksendung",
    replacement: () => "ein kostenloser Ersatz",
    price_honoured: () => "der Preis zum Zeitpunkt der Bestellung",
  },
  fr: {
    apology: () => "nos excuses",
    discount: (a) =>
      a ? `une remise de ${a} sur la prochaine commande` : "une remise sur la prochaine commande",
    refund: (a) => (a ? `un remboursement de ${a}` : "le remboursement complet du paiement"),
    return_shipping_paid: () => "un retour gratuit",
    replacement: () => "un remplacement à nos frais",
    price_honoured: () => "le prix affiché lors de la commande",
  },
  it: {
    apology: () => "le nostre scuse",
    discount: (a) => (a ? `uno sconto di ${a} sul prossimo ordine` : "uno sconto sul prossimo ordine"),
    refund: (a) => (a ? `un rimborso di ${a}` : "il rimborso completo del pagamento"),
    return_shipping_paid: () => "il reso gratuito",
    replacement: () => "la sostituzione a nostre spese",
    price_honoured: () => "il prezzo al momento dell'ordine",
  },
  es: {
    apology: () => "nuestras disculpas",
    discount: (a) => (a ? `un descuento de ${a} en el próximo pedido` : "un descuento en el próximo pedido"),
    refund: (a) => (a ? `un reembolso de ${a}` : "el reembolso completo del pago"),
    return_shipping_paid: () => "la devolución gratuita",
    replacement: () => "un reemplazo a nuestro cargo",
    price_honoured: () => "el precio del momento del pedido",
  },
};

export function givenWords(language: CaseLang): Given {
  return GIVEN[language] ?? GIVEN.en;
}
