import { describe, expect, it } from "vitest";
import { classify } from "./index.js";

/**
 * Twenty-third pass, English, German, Polish: faults told by amounts, subject lines, waits in digits, a
 * low rating over praise, and technical failures (amounts-told.ts, subject-faults.ts, waits-in-digits.ts,
 * review-weight.ts). Sentences written for this test, not bench/data22's: [text, language, topic].
 */
const TOLD: [string, string, string][] = [
  // Amounts: a price that rose, fell after paying, a refund short of the price.
  ["My meal box subscription jumped from £24.99 to £31.50 without a word", "en", "price"],
  ["I paid £80 for the kettle last week. Today it's £55 on your site.", "en", "price"],
  ["Die Mitgliedschaft ist von 49 € auf 69 € im Jahr gestiegen, ohne Ankündigung.", "de", "price"],
  ["Ich habe am Montag 250 € bezahlt. Heute kostet der Stuhl 179 €.", "de", "price"],
  ["Erstattet wurden 15,00 €. Die Jacke hat aber 89,00 € gekostet.", "de", "returns_refunds"],
  ["Abonament podrożał z 19 zł na 29 zł bez żadnej informacji.", "pl", "price"],
  ["Zapłaciłam 300 zł za fotel. Dziś jest po 199 zł.", "pl", "price"],
  ["You credited £12.00 for the lamp. It cost £45.00.", "en", "returns_refunds"],
  ["Zwrócono mi 20 zł, a buty kosztowały 120 zł.", "pl", "returns_refunds"],
  // Subject lines that name the fault.
  ["Subject: Incorrect invoice — Hello, the VAT number on it is not ours.", "en", "order_error"],
  ["Temat: Błędny adres na fakturze — Dzień dobry, proszę o korektę.", "pl", "order_error"],
  [
    "Titel: Totale Enttäuschung — Das Messer wird nach zwei Wochen stumpf wie ein Löffel.",
    "de",
    "product_quality",
  ],
  // Waits for service in digits, and enquiries left unanswered.
  ["Chat with support: 40 mins and counting.", "en", "customer_service"],
  ["Sorry to chase, I emailed about my order last week.", "en", "customer_service"],
  ["Ich warte seit 9 Tagen auf eine Antwort zu meiner Reklamation.", "de", "customer_service"],
  ["Der Chat mit dem Support läuft seit 40 Minuten.", "de", "customer_service"],
  ["Na czacie z konsultantem 45 minut i dalej nic.", "pl", "customer_service"],
  ["Sorry to chase, I sent a complaint about the dented fridge last week. Thanks!", "en", "customer_service"],
  [
    "Meine Anfrage vom 3. März ist wohl untergegangen, ich frage hier noch einmal nach.",
    "de",
    "customer_service",
  ],
  // Technical failures said as such.
  ["The checkout page timed out three times in a row.", "en", "outage"],
  ["Beim Bezahlen kommt immer ein Verbindungsfehler.", "de", "outage"],
  ["Zeitüberschreitung beim Bezahlen, schon dreimal.", "de", "outage"],
];

/** Rated reviews whose fault outweighs their praise: [text, language]. */
const RATED: [string, string][] = [
  ["3/5 — Lovely colour and soft fabric. The seam split after the second wear though.", "en"],
];

/** Texts that must not read as complaints: the same words in praise, questions and offers. */
const CONTROLS: [string, string][] = [
  ["Now only £30 instead of £50, grab it!", "en"],
  ["Prices go from £5 to £20 depending on size.", "en"],
  ["Paid £30 for it and it's brilliant.", "en"],
  ["Took 2 minutes on the phone, really friendly agent.", "en"],
  ["Is the chat open 24 hours?", "en"],
  ["Subject: Question about sizes — Hi, do the jeans run small?", "en"],
  ["Title: Not disappointed at all — lovely jumper.", "en"],
  ["Jetzt nur 9,99 € statt 12,99 € – super Angebot!", "de"],
  ["Versand von 5 bis 10 € je nach Gewicht?", "de"],
  ["Die Hotline hat mir in 5 Minuten geholfen, danke!", "de"],
  ["Betreff: Frage zur Lieferung — Hallo, liefert ihr auch nach Österreich?", "de"],
  ["Za 39 zł dostałam zestaw, który w drogerii kosztuje 60 zł. Polecam!", "pl"],
  ["Konsultant na czacie odpisał w 3 minuty, super.", "pl"],
  ["Czy infolinia jest czynna 12 godzin dziennie?", "pl"],
  ["Ocena 5/5: świetna kurtka, ciepła i lekka.", "pl"],
  ["Temat: Pytanie o rozmiar — Dzień dobry, czy buty są na wąską stopę?", "pl"],
];

/** Tickets whose subject only names the topic of a question: neutral, no complaint (subject-tickets.ts, courtesy.ts). */
const TOPIC_SUBJECTS: [string, string][] = [
  ["Subject: Refund — Hi, how long does a refund usually take?", "en"],
  ["Subject: Returns — Good morning, can I return the jacket in store?", "en"],
  ["Temat: Zwrot towaru — Dzień dobry, czy mogę oddać kurtkę w sklepie?", "pl"],
  ["Temat: Wysyłka — Dzień dobry, czy wysyłacie też do Czech?", "pl"],
];

/** Subjects that tell the fault keep the whole ticket's complaint. */
const FAULT_SUBJECTS: [string, string][] = [
  ["Subject: Still no refund — Hi, can you tell me when it will come?", "en"],
  ["Temat: Zwrot towaru — Dzień dobry, kurtka przyszła podarta, proszę o zwrot pieniędzy.", "pl"],
];

describe("twenty-third pass (en, de, pl): faults told by amounts, subject lines and digits", () => {
  it.each(TOLD)("%s", (text, language, topic) => {
    const c = classify({ text, language });
    expect(c.complaint).toBe(true);
    expect(c.topics).toContain(topic);
  });
  it.each(RATED)("a low rating over praise: %s", (text, language) => {
    const c = classify({ text, language });
    expect(c.sentiment).toBe("negative");
    expect(c.complaint).toBe(true);
  });
  it.each(TOPIC_SUBJECTS)("a subject that names a topic: %s", (text, language) => {
    const c = classify({ text, language });
    expect(c.complaint).toBe(false);
    expect(c.sentiment).toBe("neutral");
  });
  it.each(FAULT_SUBJECTS)("a subject that tells a fault: %s", (text, language) => {
    expect(classify({ text, language }).complaint).toBe(true);
  });
  it.each(CONTROLS)("no complaint: %s", (text, language) => {
    expect(classify({ text, language }).complaint).toBe(false);
  });
});
