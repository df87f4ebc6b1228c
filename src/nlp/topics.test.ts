import { describe, expect, it } from "vitest";
import { classify, crisisSignals, type Topic } from "./index.js";

const CASES: Record<string, Record<Topic, string>> = {
  en: {
    delivery: "My parcel never arrived, the courier lost it",
    product_quality: "The blender is defective and stopped working after two days",
    order_error: "You sent me the wrong item, I ordered a blue one",
    customer_service: "Customer service is rude and nobody answers my emails, no response for a week",
    price: "I was overcharged, the price at checkout was higher than advertised",
    payment: "I was charged twice for one order, payment failed but money taken",
    returns_refunds: "Still no refund for my return after a month",
    fraud: "This shop is a scam, they took my money and never sent anything",
    security: "My account was hacked and my data leaked",
    outage: "The website is down again, I can't log in or place an order",
  },
  pl: {
    delivery: "Przesyłka nie dotarła, kurier zgubił paczkę",
    product_quality: "Produkt jest wadliwy, przestał działać po dwóch dniach",
    order_error: "Wysłali zły rozmiar, brakuje też jednego produktu",
    customer_service: "Obsługa klienta nie odpowiada na maile, brak kontaktu od tygodnia",
    price: "Cena w koszyku była zawyżona, ukryte opłaty",
    payment: "Pobrali dwa razy pieniądze, błąd płatności",
    returns_refunds: "Nadal brak zwrotu pieniędzy, czekam na zwrot od miesiąca",
    fraud: "To oszustwo, fałszywy sklep, oszuści",
    security: "Wyciek danych klientów, moje konto zostało zhakowane",
    outage: "Strona nie działa, nie mogę się zalogować",
  },
  it: {
    delivery: "Il pacco non è mai arrivato, il corriere l'ha perso",
    product_quality: "Il prodotto è difettoso e non funziona",
    order_error: "Mi avete mandato l'articolo sbagliato, taglia sbagliata",
    customer_service: "Il servizio clienti non risponde, nessuna risposta da una settimana",
    price: "Prezzo aumentato al checkout, costi nascosti",
    payment: "Pagamento rifiutato ma addebitato due volte",
    returns_refunds: "Ancora nessun rimborso per il reso",
    fraud: "Questo sito è una truffa, truffatori",
    security: "Il mio account è stato hackerato, furto di dati",
    outage: "Il sito non funziona, impossibile accedere",
  },
  fr: {
    delivery: "Mon colis n'est jamais arrivé, le livreur l'a perdu",
    product_quality: "Le produit est défectueux et ne fonctionne pas",
    order_error: "J'ai reçu le mauvais article, mauvaise taille",
    customer_service: "Le service client ne répond pas, aucune réponse depuis une semaine",
    price: "Le prix a augmenté au paiement, frais cachés",
    payment: "Paiement refusé mais débité deux fois",
    returns_refunds: "Toujours pas remboursé pour mon retour",
    fraud: "Ce site est une arnaque, escroquerie",
    security: "Mon compte a été piraté, fuite de données",
    outage: "Le site est en panne, impossible de me connecter",
  },
  de: {
    delivery: "Mein Paket ist nie angekommen, die Lieferung ist verloren gegangen",
    product_quality: "Das Gerät ist defekt und funktioniert nicht",
    order_error: "Falscher Artikel geliefert, falsche Größe",
    customer_service: "Der Kundenservice antwortet nicht, keine Antwort seit einer Woche",
    price: "Preiserhöhung an der Kasse, versteckte Kosten",
    payment: "Zahlung fehlgeschlagen aber doppelt abgebucht",
    returns_refunds: "Immer noch keine Rückerstattung für meine Retoure",
    fraud: "Dieser Shop ist Betrug, Betrüger",
    security: "Mein Konto wurde gehackt, Datenleck",
    outage: "Die Seite ist down, ich kann mich nicht anmelden",
  },
  es: {
    delivery: "Mi paquete nunca llegó, el repartidor lo perdió",
    product_quality: "El producto es defectuoso y no funciona",
    order_error: "Me enviaron el artículo equivocado, talla equivocada",
    customer_service: "Atención al cliente no responde, ninguna respuesta en una semana",
    price: "Subieron el precio al pagar, gastos ocultos",
    payment: "Pago rechazado pero me cobraron dos veces",
    returns_refunds: "Todavía sin reembolso de mi devolución",
    fraud: "Esta tienda es una estafa, estafadores",
    security: "Mi cuenta fue hackeada, filtración de datos",
    outage: "La web no carga, no puedo iniciar sesión",
  },
};

describe("complaint topics", () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    it.each(Object.entries(cases))(`${lang}: %s`, (topic, text) => {
      const c = classify({ text, language: lang });
      expect(c.complaint).toBe(true);
      expect(c.topics).toContain(topic);
      // Detection without a language hint must agree.
      expect(classify({ text }).topics).toContain(topic);
    });
  }

  it.each([
    ["en", "My order still has not arrived and nobody answers my emails"],
    ["es", "Mi pedido no ha llegado y nadie responde"],
    ["pl", "Zamówienie nadal nie dotarło"],
    ["de", "Meine Bestellung ist immer noch nicht angekommen"],
  ])("%s: naming the order is no order error when delivery explains the complaint", (lang, text) => {
    const c = classify({ text, language: lang });
    expect(c.topics).toContain("delivery");
    expect(c.topics).not.toContain("order_error");
  });

  it("a happy post is no complaint and has no topics", () => {
    const c = classify({ text: "Fast delivery and great quality, thank you!" });
    expect(c.complaint).toBe(false);
    expect(c.topics).toEqual([]);
  });
});

describe("crisisSignals", () => {
  it.each([
    ["en", "Customers report a data breach: their data was leaked", "data_breach"],
    ["pl", "Doszło do wycieku danych klientów sklepu", "data_breach"],
    ["it", "Intossicazione alimentare dopo aver mangiato il prodotto", "poisoning"],
    ["fr", "Rappel de produit : risque d'incendie", "recall"],
    ["de", "Der Shop wurde gehackt, Hackerangriff", "hack"],
    ["es", "Esta tienda es una estafa", "scam"],
  ])("%s", (lang, text, id) => {
    expect(crisisSignals(text, lang)).toContain(id);
    expect(crisisSignals(text)).toContain(id);
  });

  it("finds nothing in an ordinary complaint", () => {
    expect(crisisSignals("My parcel is late")).toEqual([]);
  });
});
