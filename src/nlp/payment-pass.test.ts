import { describe, expect, it } from "vitest";
import { classify } from "./index.js";

/**
 * The payment pass (docs/classification.md, "Payment problems"): payment problems as customers type
 * them read as `payment` complaints in six languages, and the bank account or a chargeback named beside
 * them no longer outranks the payment (security and fraud drafted an apology instead of the refund).
 */
describe("payment problems", () => {
  it("reads doubled and missing payments typed as customers type them, politely too", () => {
    for (const text of [
      "Bonjour, on m'a debite 2x pour la commande 1234. Cordialement",
      "Paiement PayPal passé deux fois, merci de me rembourser l'un des deux",
      "j'ai été débité à deux reprises",
      "chraged twice for one order",
      "Apple Pay charged me but the order shows as unpaid",
      "Dzień dobry, na koncie widzę dwie takie same płatności, a zamawiałam raz",
      "blik przeszedl, pieniadze zeszly z konta a zamowienie nieoplacone",
      "mir wurde der doppelte Betrag berechnet",
      "Sofortüberweisung ging durch, Bestellung steht aber auf 'nicht bezahlt'",
      "ho pagato 2x lo stesso ordine",
      "Satispay mi ha addebitato l'ordine ma sul sito risulta non pagato",
      "Pagué con Bizum y el pedido sigue como pendiente de pago",
      "me habeis cobrado 120 euros en vez de 60",
    ]) {
      const r = classify({ text });
      expect(r.complaint, text).toBe(true);
      expect(r.topics, text).toContain("payment");
    }
  });

  it("keeps the bank account and a chargeback from outranking the payment, and comparisons out", () => {
    for (const text of [
      "Card got declined at checkout but the amount was still taken from my account",
      "Mon compte a été débité deux fois pour la commande 1234, c'est inadmissible",
      "Auf meinem Konto sehe ich zwei identische Abbuchungen von Ihrem Shop",
      "el pago lleva 5 días pendiente y el dinero ya no está en mi cuenta",
      "Si el viernes no tengo el dinero, hago un contracargo con el banco",
    ])
      expect(classify({ text }).topics, text).toEqual(["payment"]);
    // Not a doubled payment: a price compared, instalments, a method instead of another.
    for (const text of [
      "Za specjalistę owszem zapłaciłem dwa razy więcej, jednak było warto.",
      "Est-ce que je peux payer en 3 fois ?",
      "Ich habe noch nicht bezahlt, geht auch Rechnung?",
    ])
      expect(classify({ text }).topics, text).not.toContain("payment");
    // A security problem of its own stays.
    expect(classify({ text: "My account was hacked and someone charged my card twice" }).topics).toContain(
      "security",
    );
  });
});
