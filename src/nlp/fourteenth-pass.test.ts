import { describe, expect, it } from "vitest";
import { analyse } from "./analyse.js";
import { classify } from "./index.js";
import { mockOpeners } from "./sarcasm.js";

const read = (text: string, language?: string) => classify({ text, language }).sentiment;

// Fourteenth pass (docs/classification.md): sarcasm without a clear signal, read only where a failure
// stands near it, and vows said as an idiom. Every "negative" below read neutral or positive on main;
// the controls read as they did.
describe("a mock opener before a failure", () => {
  it("turns round English praise of a manner, 'another' and an interjection", () => {
    expect(read("Love how you lost my parcel and nobody answers")).toBe("negative");
    expect(read("@shop love how you cancel my order and nobody calls")).toBe("negative");
    expect(read("Great, another delay.")).toBe("negative");
    expect(read("Nice, another scratched screen")).toBe("negative");
    expect(read("Oh wonderful, the order is lost again")).toBe("negative");
    expect(read("Oh wonderful. My order is lost again.")).toBe("negative");
    expect(read("Just perfect, the app crashed again")).toBe("negative");
  });

  it("does the same in the other five languages", () => {
    expect(read("Bravo pour le retard de trois semaines", "fr")).toBe("negative");
    expect(read("Oh génial, encore un colis perdu", "fr")).toBe("negative");
    expect(read("Super, wieder ein Paket verloren", "de")).toBe("negative");
    expect(read("Na toll, schon wieder verspätet", "de")).toBe("negative");
    expect(read("Prima, schon wieder falsch geliefert", "de")).toBe("negative");
    expect(read("Complimenti per il ritardo", "it")).toBe("negative");
    expect(read("Che bello, l'ennesimo ordine sbagliato", "it")).toBe("negative");
    expect(read("Genial, otra vez el paquete roto", "es")).toBe("negative");
    expect(read("Super, znowu spóźnione", "pl")).toBe("negative");
    expect(read("Brawo za obsługę, paczka zgubiona", "pl")).toBe("negative");
  });

  it("leaves praise that no failure follows, or that a contrast keeps apart, as praise", () => {
    expect(read("Great, another pair for my collection!")).toBe("positive");
    expect(read("love how soft it is")).toBe("positive");
    expect(read("Bravo pour la qualité, je recommande", "fr")).toBe("positive");
    expect(read("Super, wieder bestellt und wieder zufrieden", "de")).toBe("positive");
    expect(read("Na toll, das passt ja super", "de")).toBe("positive");
    expect(read("Complimenti per la qualità, arrivato in fretta", "it")).toBe("positive");
    expect(read("Genial, otra vez me llegó rápido", "es")).toBe("positive");
    expect(read("Super, znowu zamówiłam", "pl")).toBe("positive");
  });

  it("reads no mock in congratulations to someone, a wish, or Polish 'na'", () => {
    expect(read("Congratulations to the team, who missed nothing")).toBe("positive");
    expect(read("Hoping for no more delays!")).not.toBe("negative");
    expect(
      read("Na szczęście znalazłem w internecie lekarza, od razu postawił słuszną diagnozę", "pl"),
    ).not.toBe("negative");
  });
});

describe("vows said as an idiom", () => {
  it("reads 'on ne m'y reprendra plus' and its equivalents as a vow not to come back", () => {
    for (const [text, lang] of [
      ["On ne m'y reprendra plus.", "fr"],
      ["On m'y reprendra plus", "fr"],
      ["Vous ne m'y reprendrez plus", "fr"],
      ["Première et dernière fois que je commande ici", "fr"],
      ["First and last time I order from this shop", "en"],
      ["Won't be back.", "en"],
      ["Das erste und letzte Mal, dass ich hier bestelle", "de"],
      ["Zum ersten und letzten Mal bestellt", "de"],
      ["Prima e ultima volta che compro qui", "it"],
      ["Non ci casco piu", "it"],
      ["Primera y ultima vez que compro aquí", "es"],
      ["Pierwsze i ostatnie zakupy w tym sklepie", "pl"],
      ["Pierwszy i ostatni raz tu zamawiam", "pl"],
    ] as const)
      expect(read(text, lang), text).toBe("negative");
  });
});

describe("the 'again' of a mock opener", () => {
  const marks = (text: string, language: string) => {
    const a = analyse(text, language);
    const out: number[] = [];
    mockOpeners(a.tokens, a.look, language, out);
    return out;
  };

  it("is no 'again' after a negator: 'pas encore' is 'not yet'", () => {
    // French "dire" (to say) is the English lexicon's "dire" (−2) in translation: a blame word to the rule.
    expect(marks("Joli, encore un colis perdu", "fr")).toEqual([0]);
    expect(marks("Joli, pas encore lavé, difficile d'en dire plus", "fr")).toEqual([]);
  });
});
