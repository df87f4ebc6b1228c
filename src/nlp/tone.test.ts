import { describe, expect, it } from "vitest";
import { classify } from "./index.js";

/**
 * The tone of a text against its facts (twenty-first pass; courtesy.ts, redress.ts, promises.ts).
 * Sentences written for this test, not the data20 sets'.
 */

/** A letter's courtesy around a failure: the failure decides (courtesy.ts). */
const POLITE_COMPLAINTS: [string, string][] = [
  [
    "Dear Sir or Madam, I hope this email finds you well. I sent the parcel back three weeks ago and I have still not received my refund. Kind regards, Anna",
    "en",
  ],
  [
    "Hello, hope you're doing well. The blender I bought arrived broken. Could you kindly arrange a replacement? Best regards",
    "en",
  ],
  [
    "Dzień dobry, zamówiona kurtka przyszła z rozdartym rękawem. Uprzejmie proszę o wymianę. Z poważaniem, Ewa",
    "pl",
  ],
  [
    "Szanowni Państwo, od trzech tygodni czekam na zwrot pieniędzy za anulowane zamówienie. Bardzo proszę o informację. Pozdrawiam serdecznie",
    "pl",
  ],
  [
    "Guten Tag, leider ist meine Bestellung beschädigt angekommen. Bitte schicken Sie mir Ersatz. Mit freundlichen Grüßen",
    "de",
  ],
  [
    "Sehr geehrte Damen und Herren, ich habe meine Rückerstattung immer noch nicht erhalten. Viele Grüße",
    "de",
  ],
  [
    "Bonjour, mon colis n'est toujours pas arrivé après trois semaines. Pourriez-vous vérifier s'il vous plaît ? Cordialement",
    "fr",
  ],
  [
    "Madame, Monsieur, l'aspirateur reçu est arrivé cassé. Merci de me le remplacer s'il vous plaît. Sincères salutations",
    "fr",
  ],
  [
    "Buongiorno, il pacco non è ancora arrivato dopo due settimane. Potreste gentilmente verificare? Cordiali saluti",
    "it",
  ],
  [
    "Spettabile servizio clienti, la lavatrice consegnata è rotta. Chiedo cortesemente la sostituzione. Distinti saluti",
    "it",
  ],
  ["Estimados señores, el pedido llegó roto. Por favor, envíenme uno nuevo. Un cordial saludo", "es"],
  [
    "Hola, buenos días. Todavía no he recibido el reembolso de mi devolución. ¿Podrían revisarlo, por favor? Saludos cordiales",
    "es",
  ],
];

/** Courtesy with no failure keeps its warmth. */
const POLITE_PRAISE: [string, string][] = [
  ["Dear team, thank you so much for the lovely flowers!", "en"],
  ["Dzień dobry, bardzo dziękuję za szybką wysyłkę!", "pl"],
  ["Bonjour, merci pour votre aide rapide ! Cordialement", "fr"],
  ["Buongiorno, grazie mille per la splendida confezione regalo!", "it"],
];

/** A problem put right and praised: positive, no complaint (redress.ts). */
const PUT_RIGHT: [string, string][] = [
  ["The first one arrived cracked, but they sent a replacement the next day. Brilliant service!", "en"],
  ["I was overcharged on my order and they refunded me within an hour. Thank you so much!", "en"],
  ["Kurtka przyszła z dziurą, ale sklep od razu przysłał mi nową. Polecam!", "pl"],
  ["Pobrano mi opłatę dwa razy, ale zwrócili mi pieniądze następnego dnia. Super obsługa!", "pl"],
  ["Der Toaster war defekt, aber sie haben ihn sofort ersetzt. Toller Service!", "de"],
  ["Mir wurde zu viel berechnet, das wurde aber am nächsten Tag erstattet. Danke!", "de"],
  ["Le vase est arrivé cassé, mais vous l'avez remplacé en deux jours. Super service !", "fr"],
  ["J'ai été débité deux fois, mais j'ai été remboursé le lendemain. Merci beaucoup !", "fr"],
  ["La tazza è arrivata rotta, ma me l'hanno sostituita subito. Servizio eccellente!", "it"],
  ["Addebito doppio, ma sono stato rimborsato in giornata. Grazie mille!", "it"],
  ["El móvil llegó con la pantalla rota, pero me mandaron otro en dos días. ¡Muy contenta!", "es"],
  ["Me cobraron dos veces, pero me lo reembolsaron al momento. ¡Gracias!", "es"],
];

/** Redress promised, denied or asked stays a complaint. */
const NOT_PUT_RIGHT: [string, string][] = [
  ["Still not refunded after a month, thanks for nothing.", "en"],
  ["Je n'ai toujours pas été remboursée, c'est inadmissible.", "fr"],
  ["Immer noch nicht erstattet, eine Frechheit.", "de"],
  ["Nadal nie zwrócili mi pieniędzy, skandal.", "pl"],
];

/** A promise of speed that the times deny: the praise is irony (promises.ts). */
const BROKEN_PROMISES: [string, string][] = [
  ['Paid extra for "express" shipping and it turned up 12 days later. Amazing.', "en"],
  ["Priority delivery, they said. Three weeks and still waiting. Great stuff.", "en"],
  ["Przesyłka ekspresowa szła 10 dni. Gratulacje.", "pl"],
  ["Kurier ekspresowy, a paczka jedzie już drugi tydzień. Brawo.", "pl"],
  ["Express-Versand bezahlt, nach drei Wochen kam das Paket. Super.", "de"],
  ["Eilzustellung, hieß es. Jetzt sind es schon 10 Tage. Toll.", "de"],
  ["Livraison express : commandé le 3, livré le 19. Génial.", "fr"],
  ["Colis urgent reçu au bout de trois semaines. Formidable.", "fr"],
  ["Spedizione espressa, il pacco è arrivato dopo 15 giorni. Fantastico.", "it"],
  ["Consegna prioritaria: ordinato il 4, arrivato il 22. Bravi.", "it"],
  ["Envío urgente y tardó 12 días. Estupendo.", "es"],
  ["Entrega en 48 horas, decían. Llevo un mes esperando. Fantástico.", "es"],
];

/** The promise kept: praise stays praise. */
const KEPT_PROMISES: [string, string][] = [
  ["Express delivery, arrived the next day. Amazing!", "en"],
  ["Expresslieferung kam nach zwei Tagen, super!", "de"],
  ["Envío urgente, llegó en 24 horas. ¡Genial!", "es"],
  ["Przesyłka ekspresowa doszła następnego dnia, super!", "pl"],
];

/** Praise said as an idiom or in slang (lang/praise.ts). */
const IDIOMS: [string, string][] = [
  ["The new jacket fits like a glove.", "en"],
  ["Honestly, this blender was worth it.", "en"],
  ["Ten krem to czysta magia.", "pl"],
  ["Kurtka leży jak ulał.", "pl"],
  ["Die Jacke sitzt wie angegossen.", "de"],
  ["Der Kauf hat sich gelohnt.", "de"],
  ["Ce pull me va comme un gant.", "fr"],
  ["Ce robot vaut vraiment le coup.", "fr"],
  ["Queste scarpe calzano a pennello.", "it"],
  ["Questo robot vale la pena.", "it"],
  ["Este abrigo es una pasada.", "es"],
  ["El curso merece la pena.", "es"],
];

/** The idioms negated are no praise. */
const IDIOMS_DENIED: [string, string][] = [
  ["Honestly, it was not worth it.", "en"],
  ["Niestety, nie opłaciło się.", "pl"],
  ["Questo robot non vale la pena.", "it"],
  ["El curso no merece la pena.", "es"],
];

/** A fitness, a property or a deal asked about, and a question's greeting, say nothing of how it went. */
const NEUTRAL_QUESTIONS: [string, string][] = [
  ["Is this shampoo sulphate free?", "en"],
  ["Is the tent suitable for winter camping?", "en"],
  ["Czy ten fotelik jest odpowiedni dla noworodka?", "pl"],
  ["Będą jakieś promocje na święta?", "pl"],
  ["Ist der Rucksack für Kinder geeignet?", "de"],
  ["Gibt es am Wochenende Rabatte?", "de"],
  ["Ce sac est-il adapté pour un ordinateur 15 pouces ?", "fr"],
  ["Y aura-t-il des promos pour Noël ?", "fr"],
  ["où changer mon mot de passe", "fr"],
  ["Bonjour, ma commande passée hier est-elle partie ?", "fr"],
  ["Questo seggiolino è adatto ai neonati?", "it"],
  ["Da che età è consigliata questa bici?", "it"],
  ["Salve, spedite anche in Svizzera?", "it"],
  ["¿Esta crema es apta para niños?", "es"],
  ["¿Habrá descuentos en Navidad?", "es"],
];

/** The same words said, not asked, keep their valence. */
const SAID_NOT_ASKED: [string, string][] = [
  ["Delivery was free and fast!", "en"],
  ["Great deals this weekend, love it!", "en"],
  ["Salve! Il pacco è arrivato, bellissimo!", "it"],
];

describe("the tone of a text against its facts", () => {
  it.each(NEUTRAL_QUESTIONS)("reads a question asked as neutral: %s", (text, language) => {
    const c = classify({ text, language });
    expect(c.sentiment).toBe("neutral");
    expect(c.complaint).toBe(false);
  });
  it.each(SAID_NOT_ASKED)("keeps the valence of words said: %s", (text, language) => {
    expect(classify({ text, language }).sentiment).toBe("positive");
  });
  it.each(IDIOMS)("reads praise said as an idiom: %s", (text, language) => {
    expect(classify({ text, language }).sentiment).toBe("positive");
  });
  it.each(IDIOMS_DENIED)("reads a denied idiom as no praise: %s", (text, language) => {
    expect(classify({ text, language }).sentiment).not.toBe("positive");
  });
  it.each(POLITE_COMPLAINTS)("reads the failure under the courtesy: %s", (text, language) => {
    const c = classify({ text, language });
    expect(c.sentiment).toBe("negative");
    expect(c.complaint).toBe(true);
  });
  it.each(POLITE_PRAISE)("keeps courtesy without a failure warm: %s", (text, language) => {
    expect(classify({ text, language }).sentiment).toBe("positive");
  });
  it.each(PUT_RIGHT)("reads a problem put right and praised as praise: %s", (text, language) => {
    const c = classify({ text, language });
    expect(c.sentiment).toBe("positive");
    expect(c.complaint).toBe(false);
  });
  it.each(NOT_PUT_RIGHT)("keeps redress denied a complaint: %s", (text, language) => {
    const c = classify({ text, language });
    expect(c.sentiment).toBe("negative");
    expect(c.complaint).toBe(true);
  });
  it.each(BROKEN_PROMISES)("reads praise of a broken promise of speed as irony: %s", (text, language) => {
    expect(classify({ text, language }).sentiment).toBe("negative");
  });
  it.each(KEPT_PROMISES)("keeps praise of a kept promise: %s", (text, language) => {
    expect(classify({ text, language }).sentiment).toBe("positive");
  });
});
