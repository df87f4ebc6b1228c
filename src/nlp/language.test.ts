import { describe, expect, it } from "vitest";
import { classify, detectLanguage } from "./index.js";

describe("detectLanguage", () => {
  it.each([
    ["en", "My order still has not arrived and nobody answers my emails"],
    ["pl", "Zamówienie nadal nie dotarło, a obsługa nie odpowiada na maile"],
    ["it", "Il mio ordine non è ancora arrivato e nessuno risponde alle email"],
    ["fr", "Ma commande n'est toujours pas arrivée et personne ne répond"],
    ["de", "Meine Bestellung ist immer noch nicht angekommen und niemand antwortet"],
    ["es", "Mi pedido todavía no ha llegado y nadie responde a los correos"],
  ])("knows %s", (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("knows short posts by their words and letters", () => {
    expect(detectLanguage("Super, polecam!")).toBe("pl");
    expect(detectLanguage("Paczka zaginęła")).toBe("pl");
    expect(detectLanguage("Grazie mille")).toBe("it");
    expect(detectLanguage("Danke, alles gut")).toBe("de");
  });

  it.each([
    ["it", "Spedizione lenta, confezione danneggiata"],
    ["fr", "Livraison retardée, emballage abîmé"],
    ["es", "Envío retrasado, paquete dañado"],
    ["pl", "Przesyłka opóźniona, opakowanie zniszczone"],
    ["en", "Shipping delayed, packaging damaged"],
    ["de", "Lieferung verspätet, Verpackung beschädigt"],
  ])("knows %s headlines without function words by their spelling", (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("names languages outside ours that their spelling says, and says und for texts without words", () => {
    expect(detectLanguage("Obrigado, você é muito gentil e o produto chegou bem")).toBe("pt");
    expect(detectLanguage("Het pakket is niet aangekomen en ik heb geen antwoord")).toBe("nl");
    expect(detectLanguage("12345 !!!")).toBe("und");
  });
});

describe("the spelling as a second opinion (eld) where the words do not decide", () => {
  it.each([
    ["de", "Ware kaputt angekommen"],
    ["en", "Worst shop ever"],
    ["en", "Weekend plans: beach, burgers and football"],
    ["fr", "Réunion des ministres européens à Bruxelles"],
    ["fr", "Dauphins chassés aux Iles Féroé"],
    ["pl", "Spotkanie ministrów w Brukseli jutro"],
  ])("reads %s from how it is spelt: %s", (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("keeps a French headline French in a German shop (the prior used to make it German)", () => {
    expect(detectLanguage("Réunion des ministres européens à Bruxelles", ["de", "en"])).toBe("fr");
  });

  it("names languages not ours (four words or more), leaves handles, links and two-word texts undecided", () => {
    expect(detectLanguage("Obrigado pela ajuda rápida")).toBe("pt");
    expect(detectLanguage("Dank je wel voor de snelle levering")).toBe("nl");
    expect(detectLanguage("Obrigado pela ajuda")).toBe("und");
    expect(detectLanguage("@user @user http://t.co/abc")).toBe("und");
    // Two words are spelt alike in several languages: eld called "super service" French.
    expect(detectLanguage("Super Service")).toBe("und");
    expect(detectLanguage("Super Service", ["en"])).toBe("en");
  });
});

describe("mixed-language posts", () => {
  it("keeps English for an English tweet with one Polish word", () => {
    const c = classify({ text: "my przesyłka is late again, this is terrible" });
    expect(c.language).toBe("en");
    expect(c.sentiment).toBe("negative");
    expect(c.topics).toContain("delivery");
  });

  it("keeps Polish for a Polish post quoting an English product name", () => {
    const c = classify({
      text: "Kupiłem Apple iPhone 15 Pro Max Ultra Edition, niestety ekran pęknięty po tygodniu",
    });
    expect(c.language).toBe("pl");
    expect(c.sentiment).toBe("negative");
    expect(c.topics).toContain("product_quality");
  });

  it("scores the words of both languages in a mixed post", () => {
    const c = classify({ text: "Great product, ale kurier zgubił paczkę" });
    expect(c.topics).toContain("delivery");
  });
});

describe("the shop's languages as a prior", () => {
  const german = ["de", "en"];

  it("reads a short German complaint in a German shop as German and negative", () => {
    // "Ware" is German evidence, but two words are too little for a language on their own.
    expect(classify({ text: "Ware kaputt" }).language).toBe("und");
    for (const text of ["Ware kaputt", "Lieferung kaputt!!"]) {
      const c = classify({ text, languages: german });
      expect(c.language).toBe("de");
      expect(c.sentiment).toBe("negative");
      expect(c.complaint).toBe(true);
    }
    expect(detectLanguage("Ware kaputt", german)).toBe("de");
  });

  it("lets a text that clearly says another language keep it", () => {
    const c = classify({ text: "My order never arrived and support ignores me", languages: ["de"] });
    expect(c.language).toBe("en");
    expect(c.topics).toContain("delivery");
    // In the same shop, a post the words leave undecided goes to the shop's language.
    expect(classify({ text: "Ware kaputt angekommen", languages: ["de"] }).language).toBe("de");
    expect(classify({ text: "Livraison retardée, emballage abîmé", languages: ["de"] }).language).toBe("fr");
  });

  it("breaks a near tie in the order of the shop's languages", () => {
    // "Thanks, danke": one word of each, too short for its spelling to say more.
    const text = "Thanks, danke";
    expect(classify({ text }).language).toBe("und");
    expect(classify({ text, languages: ["de", "en"] }).language).toBe("de");
    expect(classify({ text, languages: ["en", "de"] }).language).toBe("en");
  });

  it("keeps an English shop's English, reads its weak English posts as English, and lends no German", () => {
    const english = ["en"];
    expect(classify({ text: "Worst shop" }).language).toBe("und");
    const c = classify({ text: "Worst shop", languages: english });
    expect(c.language).toBe("en");
    expect(c.sentiment).toBe("negative");
    const clear = "My order still has not arrived and nobody answers my emails";
    expect(classify({ text: clear, languages: english })).toEqual(classify({ text: clear }));
    // German words with no English evidence stay undecided, not English, and German stays German.
    expect(classify({ text: "Ware kaputt", languages: english }).language).toBe("und");
    expect(classify({ text: "Ware kaputt angekommen", languages: english }).language).toBe("de");
    expect(classify({ text: "Falsche Ware geliefert", languages: english }).language).toBe("de");
  });

  it("reports und for a text with no evidence, yet reads its words with the shop's lexicon first", () => {
    for (const text of ["😡😡", "???", "12345 !!!"]) {
      expect(classify({ text, languages: german }).language).toBe("und");
    }
    // No word here is evidence of a language, but "kaputt" is a German complaint word.
    const c = classify({ text: "Paket kaputt, Geld weg", languages: german });
    expect(c.language).toBe("und");
    expect(c.sentiment).toBe("negative");
    expect(classify({ text: "Paket kaputt, Geld weg" }).sentiment).toBe("neutral");
  });

  it("ignores codes it has no lexicon for, and a given language wins", () => {
    expect(classify({ text: "Ware kaputt angekommen", languages: ["nl", "DE"] }).language).toBe("de");
    expect(classify({ text: "Ware kaputt angekommen", languages: ["de"], language: "en" }).language).toBe(
      "en",
    );
  });
});
