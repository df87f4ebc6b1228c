import { describe, expect, it } from "vitest";
import { classify } from "./index.js";
import { starsIn } from "./stars.js";

describe("stars written into a review", () => {
  it("reads a count of stars in each of our languages, as words, digits or glyphs", () => {
    expect(starsIn("Five stars, no complaints at all")).toBe(5);
    expect(starsIn("1 star. The zipper broke.")).toBe(1);
    expect(starsIn("Fünf Sterne, rundum zufrieden")).toBe(5);
    expect(starsIn("Cinq étoiles, rien à redire")).toBe(5);
    expect(starsIn("Cinque stelle, nessun problema")).toBe(5);
    expect(starsIn("Cinco estrellas, sin queja")).toBe(5);
    expect(starsIn("Pięć gwiazdek, bez zastrzeżeń")).toBe(5);
    expect(starsIn("Daję 2 gwiazdki")).toBe(2);
    expect(starsIn("I'd give zero stars if I could")).toBe(1);
    expect(starsIn("★★☆☆☆ cheap plastic")).toBe(2);
    expect(starsIn("⭐⭐⭐⭐ nice")).toBe(4);
  });

  it("reads a score out of 5 or 10 where a rating ends, not a date or a count of parcels", () => {
    expect(starsIn("Tylko 2 / 5 .")).toBe(2);
    expect(starsIn("Rate: 4/5")).toBe(4);
    expect(starsIn("would fly again #10/10")).toBe(5);
    expect(starsIn("3 von 5.")).toBe(3);
    expect(starsIn("2 out of 5 stars")).toBe(2);
    expect(starsIn("I have a voucher that expires 4/10.")).toBeUndefined();
    expect(starsIn("Boston-Denver 2/10 flight 994")).toBeUndefined();
    expect(starsIn("2 von 5 Paketen sind angekommen")).toBeUndefined();
    expect(starsIn("SAVEtheDATE #amiens 02/10 Recyclage")).toBeUndefined();
  });

  it("reads nothing where the stars disagree, are taken away, or name no rating", () => {
    expect(starsIn("5 stars for the product, 1 star for the delivery")).toBeUndefined();
    expect(starsIn("2 Sterne Abzug wegen der Lieferung")).toBeUndefined();
    expect(starsIn("Odejmuję jedną gwiazdkę za opóźnienie")).toBeUndefined();
    expect(starsIn("W il MoVimento 5 Stelle!")).toBeUndefined();
    expect(starsIn("#Grillo 5 stelle è una rivoluzione")).toBeUndefined();
    expect(starsIn("sei una stella ⭐")).toBeUndefined();
    expect(starsIn("the parcel is late again")).toBeUndefined();
    expect(starsIn("Paid for a 5 star hotel and got a dump")).toBeUndefined();
    expect(starsIn("so much for five-star service")).toBeUndefined();
    expect(starsIn("Ein Fünf-Sterne-Hotel, angeblich")).toBeUndefined();
    expect(starsIn("un hôtel 5 étoiles, paraît-il")).toBeUndefined();
    expect(starsIn("un hotel de cinco estrellas")).toBeUndefined();
    expect(classify({ text: "Paid for a 5 star hotel and got a filthy room" }).sentiment).toBe("negative");
  });

  it("gives the classifier a rating only when none is handed over", () => {
    expect(classify({ text: "Five stars, no complaints at all" }).sentiment).toBe("positive");
    expect(classify({ text: "Cinco estrellas, sin queja" }).sentiment).toBe("positive");
    expect(classify({ text: "Fait le travail. SAV : 1/5" }).sentiment).toBe("negative");
    expect(starsIn("Date: 4/10")).toBeUndefined();
    expect(classify({ text: "Five stars, no complaints at all", rating: 1 }).sentiment).toBe("negative");
  });
});
