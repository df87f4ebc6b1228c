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

  it("says und for languages it does not know or texts without words", () => {
    expect(detectLanguage("Obrigado, você é muito gentil e o produto chegou bem")).toBe("und");
    expect(detectLanguage("Het pakket is niet aangekomen en ik heb geen antwoord")).toBe("und");
    expect(detectLanguage("12345 !!!")).toBe("und");
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
