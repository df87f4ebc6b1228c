import { describe, expect, it } from "vitest";
import { classify } from "./index.js";

/**
 * Rules of the eighth pass (docs/classification.md, "Eighth pass"), on sentences written for these
 * tests. Each failed on the commit before its rule.
 */
const neg = (text: string, language: string) => classify({ text, language }).sentiment;

describe("a phrase that says its own negation is not turned round by a negator before it", () => {
  it.each([
    ["fr", "Mon colis n'est toujours pas arrivé"],
    ["it", "Il mio pacco non è mai arrivato"],
  ])("%s: %s", (language, text) => {
    expect(neg(text, language)).toBe("negative");
  });
});

describe("French typed without its marks", () => {
  it("reads the marked words of a French text", () => {
    expect(classify({ text: "Colis recu casse, tres decu", language: "fr" })).toMatchObject({
      sentiment: "negative",
      complaint: true,
    });
  });

  it("reads no French spelling without marks into another language's text", () => {
    // French "tué*" typed bare is "tue*", which takes English "Tuesday".
    expect(classify({ text: "Our Paris boutique reopens on Tuesday" }).sentiment).toBe("neutral");
  });
});

describe("rules of shop complaints", () => {
  it("a negator that opens a phrase of its own negates nothing after the phrase", () => {
    // "ohne" negated "storniert" three words on, so a cancelled order read positive.
    expect(neg("Sie haben die Bestellung ohne Grund storniert", "de")).toBe("negative");
  });

  it("a word beside a thing of its topic counts anywhere near in the sentence", () => {
    // "pieniądze" (money: a refund's word) stood nearer to "dwa razy" than "pobrali" (charged).
    expect(classify({ text: "Pobrali mi pieniądze dwa razy", language: "pl" }).topics).toContain("payment");
  });

  it("French phrases are found without their 'ne' and with later words typed without marks", () => {
    expect(classify({ text: "personne repond au telephone", language: "fr" })).toMatchObject({
      complaint: true,
      topics: ["customer_service"],
    });
  });

  it("an order cancelled keeps its topic beside a payment", () => {
    expect(
      classify({ text: "ordine annullato dopo il pagamento, senza spiegazioni", language: "it" }).topics,
    ).toContain("order_error");
  });

  it.each([
    ["en", "These are knockoffs, not genuine"],
    ["de", "Das sind keine echten Schuhe"],
    ["es", "No son originales"],
  ])("%s: a thing denied to be genuine is a fraud: %s", (language, text) => {
    expect(classify({ text, language }).topics).toContain("fraud");
  });
});

describe("shop questions that are no complaint", () => {
  it.each([
    ["fr", "Je peux payer en deux fois ?"],
    ["es", "¿Puedo pagar en 2 veces?"],
    ["en", "Not sure if the original charger is included, can someone check?"],
    ["es", "No sé si es original, ¿alguien lo sabe?"],
  ])("%s: %s", (language, text) => {
    expect(classify({ text, language }).complaint).toBe(false);
  });
});
