import { describe, expect, it } from "vitest";
import { classify } from "./index.js";
import { starsIn } from "./stars.js";

const read = (text: string, language: string) => {
  const c = classify({ text, language });
  return { sentiment: c.sentiment, complaint: c.complaint, topics: c.topics };
};
const sentimentOf = (text: string, language: string) => classify({ text, language }).sentiment;

describe("product reviews: stars stated in the text", () => {
  it("reads a rating changed in an update as its last count", () => {
    expect(starsIn("Update: down from 5 stars to 2. The blender trips the fuse now.")).toBe(2);
    expect(starsIn("Von fünf auf zwei Sterne herabgestuft.")).toBe(2);
    expect(starsIn("Aggiornamento: da 4 a una stella, il motore si è bruciato.")).toBe(1);
    expect(starsIn("AKTUALIZACJA: na początku dałam pięć gwiazdek, teraz daję dwie gwiazdki.")).toBe(2);
    expect(
      sentimentOf(
        "Update: down from 5 stars to 2. For three weeks the blender made lovely smooth soups and was really quiet, now it trips the fuse.",
        "en",
      ),
    ).toBe("negative");
  });

  it("reads a score that closes the text", () => {
    expect(starsIn("La lampe est jolie mais le variateur grésille. 2/5")).toBe(2);
    expect(starsIn("Super Verarbeitung, schnelle Lieferung. 10/10")).toBe(5);
  });

  it("reads three stars as neutral, whatever the praise around them", () => {
    expect(sentimentOf("Drei Sterne. Der Mixer ist leistungsstark, leise und sieht toll aus.", "de")).toBe(
      "neutral",
    );
    expect(sentimentOf("Tres estrellas. La cafetera es bonita, rápida y hace un café muy rico.", "es")).toBe(
      "neutral",
    );
    expect(sentimentOf("Trzy gwiazdki. Słuchawki są wygodne i świetnie grają.", "pl")).toBe("neutral");
  });

  it("controls: other counts and other stars are read as before", () => {
    expect(starsIn("I'm proud of the 3 stars & a sun on our flag")).toBeUndefined();
    expect(starsIn("5 stars for the product, 1 star for the delivery")).toBeUndefined();
    expect(starsIn("Llega de 2 a 3 días, 5 estrellas")).toBe(5);
    expect(sentimentOf("Five stars, the kettle is lovely", "en")).toBe("positive");
    expect(read("Three stars: the blender is fine but the lid cracked after a week.", "en").complaint).toBe(
      true,
    );
  });
});

describe("product reviews: a middling verdict is neutral", () => {
  it("reads the middling words of six languages as neutral", () => {
    expect(sentimentOf("Mittelmäßig. Der Toaster sieht schick aus und ist schnell.", "de")).toBe("neutral");
    expect(sentimentOf("Moyen. La coque est jolie mais sans plus.", "fr")).toBe("neutral");
    expect(sentimentOf("Średnio. Słuchawki grają poprawnie, ale szału nie ma.", "pl")).toBe("neutral");
    expect(sentimentOf("Lampada carina, qualità nella media.", "it")).toBe("neutral");
    expect(sentimentOf("Ni fu ni fa. La crema huele bien y se absorbe rápido.", "es")).toBe("neutral");
  });

  it("controls: praise and faults without a middling verdict read as before", () => {
    expect(sentimentOf("Der Toaster sieht schick aus und ist schnell. Super!", "de")).toBe("positive");
    expect(sentimentOf("La coque est magnifique, je la recommande.", "fr")).toBe("positive");
    expect(sentimentOf("Above average battery life, I love it.", "en")).toBe("positive");
  });

  it("controls: words that close praise as often are no middling verdict", () => {
    expect(sentimentOf("Świetny produkt, nic więcej nie trzeba. Polecam!", "pl")).toBe("positive");
    expect(sentimentOf("Comme les autres fois, livraison rapide et produit parfait. Merci !", "fr")).toBe(
      "positive",
    );
    expect(sentimentOf("Excellent, je recommande, rien de plus à dire.", "fr")).toBe("positive");
    expect(sentimentOf("Perfecto, sin más. Lo recomiendo.", "es")).toBe("positive");
    expect(sentimentOf("Ottimo prodotto, niente di più da aggiungere.", "it")).toBe("positive");
    expect(sentimentOf("Correcto sin más, cumple su función.", "es")).toBe("neutral");
  });
});

describe("product reviews: a dislike hedged as taste", () => {
  it("is negative and no complaint", () => {
    expect(read("Not for me, the scent is far too sweet. My sister loves it though.", "en")).toEqual({
      sentiment: "negative",
      complaint: false,
      topics: [],
    });
    expect(read("Il colore non fa per me, troppo acceso. La qualità è ottima.", "it").sentiment).toBe(
      "negative",
    );
    expect(read("El diseño no me convence, demasiado recargado. Pero es cuestión de gustos.", "es")).toEqual({
      sentiment: "negative",
      complaint: false,
      topics: [],
    });
    expect(read("Nie w moim guście, za słodkie. Opakowanie ładne.", "pl").sentiment).toBe("negative");
  });

  it("controls: a hedge without a dislike, and a smile, are not", () => {
    expect(sentimentOf("Ist Geschmackssache, mir gefällt die Farbe sehr gut.", "de")).not.toBe("negative");
    expect(sentimentOf("Thanks, all sorted. Not a fan of Mondays today :)", "en")).not.toBe("negative");
  });

  it("controls: a dislike a 'but' turns into praise is praise", () => {
    expect(sentimentOf("Not a fan of the old model, but the new one is brilliant.", "en")).toBe("positive");
    expect(sentimentOf("Eigentlich nicht mein Ding, aber diese Jacke ist einfach super.", "de")).toBe(
      "positive",
    );
    expect(sentimentOf("Je pensais que ce n'était pas pour moi, mais j'adore. Parfait !", "fr")).toBe(
      "positive",
    );
    expect(sentimentOf("Myślałam, że to nie dla mnie, a jest świetne. Polecam!", "pl")).toBe("positive");
  });
});

describe("product reviews: faults told as plain facts, praise said as an idiom", () => {
  it("finds the defect verbs", () => {
    const pq = { sentiment: "negative", complaint: true, topics: ["product_quality"] };
    expect(read("Das Display hatte einen Sprung, schon beim Auspacken.", "de")).toEqual(pq);
    expect(read("La camiseta destiñe mucho en la lavadora.", "es")).toEqual(pq);
    expect(read("El cristal de la mesa se raya con nada.", "es")).toEqual(pq);
    expect(read("Der Wasserkocher hat nach einer Woche Rauch entwickelt.", "de")).toEqual(pq);
  });

  it("controls: a negated defect is no complaint", () => {
    expect(read("No se raya nada, muy resistente.", "es").complaint).toBe(false);
  });

  it("reads a product's fault word under a negation as no complaint", () => {
    expect(read("Great towels, soft, and the colour hasn't faded at all.", "en").complaint).toBe(false);
    expect(read("Toallas muy suaves y no se han desteñido nada.", "es").complaint).toBe(false);
    expect(read("The colour faded after one wash.", "en").complaint).toBe(true);
  });

  it("reads praise idioms", () => {
    expect(sentimentOf("Der Rasierer ist der Hammer.", "de")).toBe("positive");
    expect(sentimentOf("These boots are the real deal.", "en")).toBe("positive");
    expect(sentimentOf("Cuscino comodissimo.", "it")).toBe("positive");
    expect(sentimentOf("Coffee at home has never been this good.", "en")).toBe("positive");
  });
});
