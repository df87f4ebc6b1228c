import { describe, expect, it } from "vitest";
import { classify } from "./index.js";
import { quickService } from "./quick-service.js";
import { woreOut } from "./wear-faults.js";

// Twenty-fourth pass (docs/classification.md): a construction both writers of the fresh sets use, a product
// that gave way after little use, told as a fact with no word of blame (wear-faults.ts), and a service
// done quickly, told as a span beside an exclamation of surprise (quick-service.ts). Sentences written
// for these tests, not copied from bench/data20 or bench/data22. Every complaint below read no complaint or
// not its topic on main (French, Italian and Spanish
// tell it with words their lexicons hold already: "a déteint", "si è staccato", "se despegó"); the controls (the same spans and changes in praise) must read no complaint.

/** Told complaints about the product's quality. */
const WORN: [string, string][] = [
  ["en", "The navy towels went from dark blue to a patchy grey after two washes."],
  ["en", "After a single ride the pedal crank was wobbling and then snapped."],
  ["en", "Within a month the handle of the pan came loose."],
  ["de", "Nach zwei Wochen hat sich die Sohle vom Schuh gelöst."],
  ["pl", "Po pierwszym praniu koszulka zrobiła się szara i sztywna."],
  ["pl", "Suwak zaciął się po kilku dniach noszenia."],
];

/** Praise and neutral texts with a span of use or a change: no complaint. */
const CONTROLS: [string, string][] = [
  ["en", "Two weeks in and the zip still works perfectly, brilliant."],
  ["en", "After a week with it I love it, so comfy."],
  ["de", "Nach einer Woche bin ich immer noch begeistert, super bequem."],
  ["pl", "Po pierwszym praniu nic się nie skurczyło, polecam."],
  ["fr", "Après une semaine, toujours ravie de ce manteau."],
  ["it", "Dopo un mese la uso ogni giorno ed è perfetta."],
  ["es", "Después de un mes sigue como nueva, la recomiendo."],
];

describe("twenty-fourth pass: a product that gave way after little use", () => {
  it.each(WORN)("%s: %s", (language, text) => {
    const c = classify({ text, language });
    expect(c.complaint).toBe(true);
    expect(c.topics).toContain("product_quality");
    expect(c.sentiment).toBe("negative");
  });
  it.each(CONTROLS)("no complaint (%s): %s", (language, text) => {
    const c = classify({ text, language });
    expect(c.complaint).toBe(false);
    expect(c.sentiment).not.toBe("negative");
  });
  it("needs the span and the change in one sentence, and no negation before the change", () => {
    expect(woreOut("The colour faded. I bought it after a week of looking.", "en")).toBe(false);
    expect(woreOut("It has not faded after one wash.", "en")).toBe(false);
    expect(woreOut("It faded after one wash.", "en")).toBe(true);
    expect(woreOut("It faded after one wash.", "und")).toBe(false);
  });
});

/** A service done quickly: praise, no complaint (each read a complaint or neutral on main). */
const QUICK: [string, string][] = [
  ["en", "Sent the jacket back on Monday and had the refund within 2 days. Impressive!"],
  ["en", "Ordered on Sunday, delivered next day, unreal."],
  ["de", "Gestern Abend bestellt, heute Mittag schon da. Verrückt!"],
  ["pl", "Zwrot pieniędzy dostałam następnego dnia, szok."],
  ["pl", "Wczoraj zamówiłam, dziś przesyłka przyszła. Nie do wiary."],
  ["fr", "Le service client a répondu en 5 minutes, je n'en reviens pas."],
  ["it", "Rimborso ricevuto in 2 giorni dal reso, pazzesco."],
  ["es", "Me respondieron en 10 minutos y me devolvieron el dinero al día siguiente."],
];

/** A quick span beside a fault, a negation or a "but": still a complaint. */
const NOT_QUICK: [string, string][] = [
  ["en", "Arrived in 2 days, completely smashed."],
  ["en", "Arrived in 2 days. Half the plates were cracked."],
  ["en", "Still not delivered in 2 days, useless."],
  ["it", "Ordinato ieri, arrivato oggi ma con la scatola distrutta."],
];

describe("twenty-fourth pass: a service done quickly, told as a span", () => {
  it.each(QUICK)("%s: %s", (language, text) => {
    const c = classify({ text, language });
    expect(c.complaint).toBe(false);
    expect(c.sentiment).toBe("positive");
  });
  it.each(NOT_QUICK)("still a complaint (%s): %s", (language, text) => {
    const c = classify({ text, language });
    expect(c.complaint).toBe(true);
    expect(c.sentiment).toBe("negative");
  });
  it("reads no question and no slow span as a quick service", () => {
    expect(quickService("How is it that your agents took 1h to rebook?", "en")).toBeNull();
    expect(quickService("The agents took 40 minutes to answer.", "en")).toBeNull();
    expect(quickService("Took 2 minutes, no fuss.", "en")).not.toBeNull();
  });
});
