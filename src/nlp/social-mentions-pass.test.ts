import { describe, expect, it } from "vitest";
import { classify } from "./index.js";

/**
 * Social-mentions pass (concessions.ts, ironic-closings.ts): sentences written for this test, not the
 * fifth writer's. [language, text].
 */
const read = (language: string, text: string) => classify({ text, language });

/** A hindrance conceded beside a thing that went well: no fault told. */
const CONCEDED: [string, string][] = [
  ["en", "Arrived on Tuesday despite the strike."],
  ["en", "My parcel came a day early in spite of the postal strike."],
  ["pl", "Paczka dotarła mimo problemów z pocztą."],
  ["pl", "Pomimo złej pogody kurier był punktualnie."],
  ["de", "Kam trotz Streik pünktlich an."],
  ["de", "Trotz des schlechten Wetters kam der Kurier."],
  ["fr", "Reçu mardi malgré la grève."],
  ["fr", "Commandé lundi, reçu mardi malgré la grève."],
  ["it", "Arrivato martedì nonostante lo sciopero."],
  ["it", "Spedito in due giorni a dispetto dello sciopero."],
  ["es", "Llegó el martes a pesar de la huelga."],
  ["es", "Recibido en dos días pese a la huelga de Correos."],
];

/** A fault told beside the concession is still a fault. */
const CONCEDED_FAULT: [string, string][] = [
  ["en", "Despite the strike it arrived broken."],
  ["en", "Still no refund despite three emails."],
  ["pl", "Mimo strajku paczka przyszła zniszczona."],
  ["de", "Trotz Streik kaputt angekommen."],
  ["fr", "Malgré la grève, colis arrivé cassé."],
  ["it", "Nonostante lo sciopero, il pacco è arrivato rotto."],
  ["es", "Pese a la huelga, el paquete llegó roto."],
  // "mimo wszystko", "trotz allem" point back: the clause after them is the writer's own.
  ["pl", "Mimo wszystko musiałam zapłacić za zwrot."],
  ["de", "Trotz allem kam das Paket kaputt an."],
];

/** German puts the verb's words right after the noun: "Verlust" is the firm's, not conceded. */
const GERMAN_NOUN: [string, string][] = [["de", "Die Firma macht trotz Umsatzplus Verlust."]];

/** A lone praise closing a fault told sentences before, or beside a negation of its own: irony. */
const IRONIC: [string, string][] = [
  ["en", "Awful queue on the site and I still don't know if I paid. Brilliant."],
  ["en", "Awful courier. He did not even ring. Brilliant."],
  ["pl", "Fatalne pakowanie. Karton był otwarty. Super."],
  ["pl", "Beznadziejny kurier. Paczka leżała pod drzwiami. Świetnie."],
  ["de", "Schrecklicher Service. Keiner ruft zurück. Super."],
  ["de", "Kaufhaus beim Start komplett lahm. Dann Fehlerseite. Die Bestellung steht nirgends. Toll."],
  ["fr", "Emballage lamentable. Le carton était ouvert. Parfait."],
  ["fr", "Site horrible, paiement passé mais pas de commande. Génial."],
  ["it", "Imballaggio pessimo. La scatola era aperta. Ottimo."],
  ["it", "Corriere pessimo, il pacco non c'era. Fantastico."],
  ["es", "Embalaje pésimo. La caja venía abierta. Estupendo."],
  ["es", "Web horrible, cobrado pero sin pedido. Genial."],
];

/** Earnest closings: a fault denied, praise before, a fault put right. */
const EARNEST: [string, string][] = [
  ["en", "No problems at all. Perfect."],
  ["en", "Not bad at all. Great!"],
  ["en", "Late, but the dress is gorgeous. Perfect!"],
  ["en", "The first one was broken. They sent a new one the next day. Great!"],
  ["pl", "Żadnych problemów. Super."],
  ["de", "Der erste war kaputt. Ersatz kam am nächsten Tag. Super!"],
  ["fr", "Aucun problème. Parfait."],
  ["fr", "Pas de souci, tout est arrivé. Parfait."],
  ["it", "Nessun problema. Perfetto."],
  ["es", "Sin problemas, todo llegó bien. Perfecto."],
];

/** A refund, return or replacement done without fuss: praise, no complaint. */
const NO_FUSS: [string, string][] = [
  ["en", "Refunded, no questions asked."],
  ["en", "They refunded me straight away, no questions asked."],
  ["pl", "Zwrot bez dyskusji."],
  ["pl", "Zwrócili pieniądze bez zbędnych pytań."],
  ["de", "Erstattet, ohne Diskussion."],
  ["de", "Anstandslos erstattet."],
  ["fr", "Ils m'ont remboursé tout de suite, sans discuter."],
  ["fr", "Remboursé sans discuter."],
  ["it", "Mi hanno sostituito il pacco senza fare domande."],
  ["it", "Rimborsato senza storie."],
  ["es", "Reembolsado sin rechistar."],
  ["es", "Me devolvieron el dinero sin poner pegas."],
];

/** Done without fuss, a thing not wanted, or a fault beside it: still a complaint. */
const NO_FUSS_FAULT: [string, string][] = [
  ["en", "They cancelled my order, no questions asked."],
  ["en", "I returned it without any fuss but the refund never came."],
  ["pl", "Anulowali zamówienie bez dyskusji."],
  ["de", "Sie haben meine Bestellung anstandslos storniert."],
  ["fr", "Ils ont annulé ma commande sans discuter."],
  ["fr", "Remboursé sans discuter, mais trois semaines plus tard, inadmissible."],
  ["it", "Rimborsato senza storie ma solo dopo un mese di attesa, vergognoso."],
  ["es", "Me cancelaron el pedido sin preguntas."],
];

describe("social-mentions pass: without fuss", () => {
  it.each(NO_FUSS)("%s: %s reads positive, no complaint", (language, text) => {
    const c = read(language, text);
    expect(c.sentiment).toBe("positive");
    expect(c.complaint).toBe(false);
  });
  it.each(NO_FUSS_FAULT)("%s: %s stays a complaint", (language, text) => {
    expect(read(language, text).complaint).toBe(true);
  });
});

/** Another item sent instead of the one ordered: order_error, as French already read it. */
const INSTEAD: [string, string][] = [
  ["en", "They sent me cat food instead of baby food."],
  ["en", "They shipped a size 8 instead of a 10."],
  ["it", "Mi hanno mandato cibo per gatti invece degli omogeneizzati."],
  ["it", "Mi è arrivato un frullatore invece dello spremiagrumi."],
  ["es", "Llegó un bolso rosa en lugar del negro."],
  ["es", "Me mandaron un cargador en vez del móvil."],
];

/** A day, a way of coming, a verb or an amount after "instead of": no wrong item. */
const NOT_INSTEAD: [string, string][] = [
  ["en", "Got it on Monday instead of Tuesday."],
  ["en", "Came in a box instead of a bag."],
  ["en", "Delivered by DPD instead of Royal Mail."],
];

describe("social-mentions pass: sent instead", () => {
  it.each(INSTEAD)("%s: %s is an order_error complaint", (language, text) => {
    const c = read(language, text);
    expect(c.complaint).toBe(true);
    expect(c.topics).toContain("order_error");
  });
  it.each(NOT_INSTEAD)("%s: %s is no complaint", (language, text) => {
    expect(read(language, text).complaint).toBe(false);
  });
  it("an amount instead of another stays a price complaint", () => {
    expect(read("en", "Charged £80 instead of £64 when it arrived.").topics).not.toContain("order_error");
  });
});

describe("social-mentions pass: concessions", () => {
  it.each(CONCEDED)("%s: %s is no complaint and not negative", (language, text) => {
    const c = read(language, text);
    expect(c.sentiment).not.toBe("negative");
    expect(c.complaint).toBe(false);
  });
  it.each(CONCEDED_FAULT)("%s: %s stays a negative complaint", (language, text) => {
    const c = read(language, text);
    expect(c.sentiment).toBe("negative");
    expect(c.complaint).toBe(true);
  });
});

describe("social-mentions pass: the conceded noun ends where German's clause goes on", () => {
  it.each(GERMAN_NOUN)("%s: %s reads negative", (language, text) => {
    expect(read(language, text).sentiment).toBe("negative");
  });
});

describe("social-mentions pass: ironic closings", () => {
  it.each(IRONIC)("%s: %s reads negative", (language, text) => {
    expect(read(language, text).sentiment).toBe("negative");
  });
  it.each(EARNEST)("%s: %s reads positive", (language, text) => {
    expect(read(language, text).sentiment).toBe("positive");
  });
  it("a closing asked pleads: no irony", () => {
    expect(read("en", "Crazy hold times today. Over an hour now. Help?").sentiment).toBe("neutral");
  });
});
