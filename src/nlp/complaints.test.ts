import { describe, expect, it } from "vitest";
import { classify, type Topic } from "./index.js";

/**
 * Behaviour of the shipped classifier on sentences written for these tests by the Firebreak team (not
 * taken from any data set, so they are no benchmark): how shop customers report that something awaited
 * did not come, ask after it, or demand their money, in inflected and negated forms, in six languages.
 */
const REPORTS: [string, string, Topic][] = [
  // Read as neutral or positive before the German, Italian and Spanish lists of 2026-12-05.
  ["de", "Der Support verarscht mich seit Wochen", "customer_service"],
  ["de", "Die Verpackung ist unschön und der Akku unbrauchbar", "product_quality"],
  ["de", "Guten Morgen, das Paket ist seit einer Woche verschollen", "delivery"],
  ["it", "Servizio clienti demenziale, che palle", "customer_service"],
  ["es", "Ni siquiera contestan los correos, sinvergüenzas", "customer_service"],
  ["es", "Por favor, el pedido llegó tarde y con la caja fea", "delivery"],
  ["en", "My package still hasn't been delivered, it's been two weeks", "delivery"],
  ["en", "I never got my parcel even though tracking says delivered", "delivery"],
  ["en", "Where is my order? I paid ten days ago", "delivery"],
  ["en", "I haven't received my refund for the jacket I sent back", "returns_refunds"],
  ["en", "Nobody has answered my emails since Monday", "customer_service"],
  ["en", "The checkout doesn't work, my card was declined three times", "payment"],
  ["en", "Klarna payment didn't go through but the money is gone", "payment"],
  ["en", "The app keeps crashing and I can't log in", "outage"],
  ["en", "The zipper broke and the fabric is falling apart after one wash", "product_quality"],
  ["en", "The charger wasn't included in the box", "order_error"],
  ["pl", "Paczka do tej pory nie dotarła, kurier nie odbiera telefonu", "delivery"],
  ["pl", "Gdzie jest moja przesyłka? Zamówiłam tydzień temu", "delivery"],
  ["pl", "Nie dostałem zwrotu pieniędzy za odesłany towar", "returns_refunds"],
  ["pl", "Nikt nie odpowiada na moje maile od tygodnia", "customer_service"],
  ["pl", "Płatność BLIK nie działa, a pieniądze zeszły z konta", "payment"],
  ["pl", "Nie mogę się zalogować do aplikacji, ciągle się wysypuje", "outage"],
  ["pl", "Buty rozkleiły się po tygodniu noszenia", "product_quality"],
  ["de", "Mein Paket ist immer noch nicht angekommen", "delivery"],
  ["de", "Wo bleibt meine Bestellung? Seit zwei Wochen nichts", "delivery"],
  ["de", "Ich habe meine Rückerstattung immer noch nicht erhalten", "returns_refunds"],
  ["de", "Der Kundenservice meldet sich einfach nicht", "customer_service"],
  ["de", "Die Zahlung mit Klarna wird abgelehnt", "payment"],
  ["de", "Die App stürzt ständig ab und ich kann mich nicht einloggen", "outage"],
  ["fr", "Je n'ai toujours pas reçu mon colis", "delivery"],
  ["fr", "Où est ma commande ? J'attends depuis trois semaines", "delivery"],
  ["fr", "Je n'ai pas été remboursé pour mon retour", "returns_refunds"],
  ["fr", "Le service client ne m'a jamais répondu", "customer_service"],
  ["fr", "Le paiement par carte ne fonctionne pas sur le site", "payment"],
  ["fr", "L'application plante et je n'arrive pas à me connecter", "outage"],
  ["it", "Il pacco non mi è ancora arrivato", "delivery"],
  ["it", "Dov'è il mio ordine? Aspetto da due settimane", "delivery"],
  ["it", "Non ho ancora ricevuto il rimborso del reso", "returns_refunds"],
  ["it", "L'assistenza non ha mai risposto alle mie email", "customer_service"],
  ["it", "Il pagamento con PayPal non funziona", "payment"],
  ["it", "Il sito non carica e non riesco ad accedere", "outage"],
  ["es", "Mi pedido todavía no ha llegado", "delivery"],
  ["es", "¿Dónde está mi paquete? Lo pedí hace dos semanas", "delivery"],
  ["es", "No me han devuelto el dinero de la devolución", "returns_refunds"],
  ["es", "Nadie me ha contestado en el chat", "customer_service"],
  ["es", "El pago con tarjeta no funciona, me cobraron dos veces", "payment"],
  ["es", "La app no carga y no puedo acceder a mi cuenta", "outage"],
];

/** Other word orders and inflections: prices going up, doubled charges, refusals, plural subjects. */
const REPORTS_FREE_ORDER: [string, string, Topic][] = [
  ["en", "I've been waiting two weeks for my refund", "returns_refunds"],
  ["pl", "Czekam już trzy tygodnie na paczkę", "delivery"],
  ["de", "Ich warte seit zwei Wochen auf meine Erstattung", "returns_refunds"],
  ["fr", "J'attends depuis deux semaines", "delivery"],
  ["it", "Aspetto da due settimane il rimborso", "returns_refunds"],
  ["es", "Llevo esperando dos semanas mi pedido", "delivery"],
  ["pl", "Reklamację odrzucono bez podania powodu", "returns_refunds"],
  ["pl", "Przesyłki nadal nie ma, a minęły dwa tygodnie", "delivery"],
  ["pl", "Kurier zostawił paczkę pod drzwiami i zginęła", "delivery"],
  ["pl", "Pobrano mi pieniądze dwukrotnie za jedno zamówienie", "payment"],
  ["pl", "Sklep podniósł ceny o 30% w jeden dzień", "price"],
  ["pl", "Konsultantka była bardzo niemiła i się rozłączyła", "customer_service"],
  ["pl", "Dostałam zły rozmiar i brakuje paska", "order_error"],
  ["de", "Die Sendung hängt seit Tagen im Verteilzentrum", "delivery"],
  ["de", "Ich warte seit drei Wochen auf die Erstattung", "returns_refunds"],
  ["de", "Der Akku ist nach zwei Tagen kaputt gegangen", "product_quality"],
  ["de", "Mir wurde der Betrag doppelt abgebucht", "payment"],
  ["de", "Die Hotline ist nie erreichbar", "customer_service"],
  ["de", "Seit heute Morgen kann ich nichts bestellen, die Seite lädt nicht", "outage"],
  ["fr", "Les colis sont toujours bloqués au centre de tri", "delivery"],
  ["fr", "On m'a prélevé deux fois la commande", "payment"],
  ["fr", "Les chaussures se sont décollées après une semaine", "product_quality"],
  ["fr", "Ils refusent de me rembourser", "returns_refunds"],
  ["fr", "Les prix ont augmenté de 20 %", "price"],
  ["it", "I pacchi sono fermi da una settimana", "delivery"],
  ["it", "Mi hanno addebitato due volte l'ordine", "payment"],
  ["it", "Le scarpe si sono rotte dopo pochi giorni", "product_quality"],
  ["it", "Non mi hanno ancora rimborsato", "returns_refunds"],
  ["it", "I prezzi sono aumentati del 20%", "price"],
  ["es", "Los paquetes siguen retenidos en aduana", "delivery"],
  ["es", "Me han cobrado el pedido dos veces", "payment"],
  ["es", "Las zapatillas se rompieron a la semana", "product_quality"],
  ["es", "Se niegan a devolverme el dinero", "returns_refunds"],
  ["es", "Han subido los precios un 20%", "price"],
  ["en", "They raised their prices again", "price"],
  ["en", "The delivery guy threw my parcel over the fence and it's smashed", "delivery"],
  ["en", "My account got hacked and someone ordered stuff with my card", "security"],
  ["en", "Been waiting 3 weeks for my refund, this is ridiculous", "returns_refunds"],
];

const NOT_COMPLAINTS: [string, string][] = [
  ["en", "Do you ship to Canada?"],
  ["en", "Can I pay with PayPal at checkout?"],
  ["en", "Parcel arrived a day early, well packed, thank you!"],
  ["pl", "Czy można zapłacić BLIKiem?"],
  ["pl", "Paczka dotarła szybko, wszystko zgodne z opisem, polecam!"],
  ["de", "Kann ich mit Rechnung bezahlen?"],
  ["de", "Paket ist schnell angekommen, super Qualität, danke!"],
  ["fr", "Livrez-vous en Belgique ?"],
  ["fr", "Colis bien arrivé, produit parfait, merci !"],
  ["it", "Spedite anche in Svizzera?"],
  ["it", "Pacco arrivato in anticipo, tutto perfetto, grazie!"],
  ["es", "¿Hacéis envíos a Portugal?"],
  ["es", "El paquete llegó rapidísimo, todo perfecto, ¡gracias!"],
  ["en", "Can't wait for my order to arrive!"],
  ["pl", "Nie mogę się doczekać, aż paczka dotrze"],
  ["it", "Non vedo l'ora che arrivi il pacco"],
  ["es", "No veo la hora de que llegue mi pedido"],
  ["en", "Waiting for my parcel, so excited!"],
];

describe("complaints as customers write them (authored sentences)", () => {
  it.each(REPORTS)("%s: %s", (language, text, topic) => {
    const c = classify({ text, language });
    expect(c.complaint).toBe(true);
    expect(c.topics).toContain(topic);
    expect(c.sentiment).not.toBe("positive");
  });

  it.each(REPORTS_FREE_ORDER)("%s: %s", (language, text, topic) => {
    const c = classify({ text, language });
    expect(c.complaint).toBe(true);
    expect(c.topics).toContain(topic);
  });

  it.each(NOT_COMPLAINTS)("%s: %s is no complaint", (language, text) => {
    const c = classify({ text, language });
    expect(c.complaint).toBe(false);
    expect(c.topics).toEqual([]);
  });

  it.each([
    ["en", "My refund has not arrived yet", "returns_refunds"],
    ["pl", "Nie otrzymałem odpowiedzi na reklamację", "customer_service"],
    ["de", "Der Gutschein funktioniert nicht", "price"],
    ["es", "No he recibido el reembolso", "returns_refunds"],
  ])("%s: a negated 'received' or 'works' takes the topic of what is named: %s", (language, text, topic) => {
    expect(classify({ text, language }).topics).toContain(topic);
  });

  it("a praise that happens to hold a negator is no complaint", () => {
    const c = classify({ text: "I can't believe it arrived so fast, love it!", language: "en" });
    expect(c.complaint).toBe(false);
  });
});
