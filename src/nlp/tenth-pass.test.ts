import { describe, expect, it } from "vitest";
import { classify } from "./index.js";
import { half } from "./test-questions.js";
import { FRESH } from "./test-questions-2.js";
import { SHOP_LANGS } from "./test-shop-sentences.js";

/**
 * The tenth pass (docs/classification.md): shop FAQ questions, requests typed without "?", an order
 * cancelled at the customer's own request, product-quality reviews and "why" questions about an order.
 * The tuning half of the fresh set (even index) is held to every sentence; the held-out half (odd index,
 * read once after the rules were written) to the figures it gave then. On main (47f345f) the tuning
 * half had 1 FAQ question and 13 of 30 requests read as complaints, 17 of 30 quality reviews and 19 of 30
 * complaint questions right.
 */
const read = (text: string, language: string) => classify({ text, language });
const tuning = <T>(xs: T[]) => xs.filter((_, i) => half(i) === "tuning");
const heldout = <T>(xs: T[]) => xs.filter((_, i) => half(i) === "heldout");

describe("fresh set, tuning half", () => {
  for (const lang of SHOP_LANGS) {
    const set = FRESH[lang];
    for (const text of tuning([...set.faq, ...set.requests])) {
      it(`${lang}: "${text}" is no complaint and not negative`, () => {
        const c = read(text, lang);
        expect(c.complaint).toBe(false);
        expect(c.sentiment).not.toBe("negative");
      });
    }
    for (const text of tuning(set.quality)) {
      it(`${lang}: "${text}" reads negative`, () => {
        expect(read(text, lang).sentiment).toBe("negative");
      });
    }
    for (const text of tuning(set.complaints)) {
      it(`${lang}: "${text}" is a complaint and negative`, () => {
        const c = read(text, lang);
        expect(c.complaint).toBe(true);
        expect(c.sentiment).toBe("negative");
      });
    }
    for (const [text, want] of tuning(set.controls)) {
      it(`${lang}: "${text}" stays ${want} and no complaint`, () => {
        const c = read(text, lang);
        expect(c.sentiment).toBe(want);
        expect(c.complaint).toBe(false);
      });
    }
  }
});

describe("fresh set, held-out half (floors measured once)", () => {
  const count = (pick: (lang: (typeof SHOP_LANGS)[number]) => boolean[]) =>
    SHOP_LANGS.flatMap(pick).filter(Boolean).length;
  it("reads at most HELD_FAQ of 36 FAQ questions and HELD_REQ of 30 requests as complaints", () => {
    expect(count((l) => heldout(FRESH[l].faq).map((t) => read(t, l).complaint))).toBeLessThanOrEqual(
      HELD_FAQ,
    );
    expect(count((l) => heldout(FRESH[l].requests).map((t) => read(t, l).complaint))).toBeLessThanOrEqual(
      HELD_REQ,
    );
  });
  it("reads at least HELD_QUALITY of 30 quality reviews negative and HELD_COMP of 30 complaint questions as complaints", () => {
    expect(
      count((l) => heldout(FRESH[l].quality).map((t) => read(t, l).sentiment === "negative")),
    ).toBeGreaterThanOrEqual(HELD_QUALITY);
    expect(
      count((l) => heldout(FRESH[l].complaints).map((t) => read(t, l).complaint)),
    ).toBeGreaterThanOrEqual(HELD_COMP);
  });
});

describe("what the tenth pass reads", () => {
  it.each([
    ["en", "please cancel order 5521, I ordered it by mistake"],
    ["pl", "proszę anulować zamówienie, zamówiłam przez pomyłkę"],
    ["de", "bitte Bestellung 5521 stornieren, hab aus Versehen doppelt bestellt"],
    ["fr", "je voudrais annuler ma commande, je me suis trompée de taille"],
    ["it", "vorrei annullare l'ordine, ho sbagliato taglia"],
    ["es", "quiero anular el pedido, lo pedí por error"],
  ])("%s: an order cancelled at the customer's own request is no complaint: %s", (lang, text) => {
    const c = read(text, lang);
    expect(c.complaint).toBe(false);
    expect(c.sentiment).not.toBe("negative");
  });

  it.each([
    ["en", "please cancel my order, it never arrived"],
    ["en", "I want my money back for this order"],
    ["pl", "proszę o zwrot pieniędzy za zamówienie"],
    ["fr", "je veux annuler ma commande, le colis est perdu"],
  ])("%s: a request that reports a problem stays a complaint: %s", (lang, text) => {
    expect(read(text, lang).complaint).toBe(true);
  });

  it("a bare question word opens no request without '?' unless an infinitive follows", () => {
    // "Jak podkreśla lekarz" is "as the doctor stresses": a statement, read as before.
    const statement = read("Jak podkreśla lekarz, ta paczka to koszmar i strata czasu", "pl");
    expect(statement.sentiment).toBe("negative");
    expect(read("jak zwrócić zamówienie", "pl").complaint).toBe(false);
  });

  it("a post addressed to the shop opens after its handles", () => {
    const c = read("@shop how do I cancel my order?", "en");
    expect(c.complaint).toBe(false);
    expect(c.sentiment).not.toBe("negative");
  });

  it("a request without '?' opens at the text's start only", () => {
    expect(read("The parcel came late. how do i return the order", "en").complaint).toBe(true);
  });

  it.each([
    ["en", "Why was my parcel sent to another depot?"],
    ["es", "¿Por qué me habéis cobrado el envío?"],
    ["fr", "Pourquoi mon colis est parti à Lyon ?"],
  ])("%s: a why question about an order is a complaint: %s", (lang, text) => {
    const c = read(text, lang);
    expect(c.complaint).toBe(true);
    expect(c.sentiment).toBe("negative");
  });

  it.each([
    ["en", "Way too small, I usually wear an M"],
    ["fr", "Beaucoup trop petit, je fais du M d'habitude"],
    ["es", "Demasiado pequeño, normalmente uso la M"],
    ["de", "Viel zu klein, ich trage sonst M"],
    ["pl", "Za małe, zwykle noszę M"],
  ])("%s: too small is a fit complaint: %s", (lang, text) => {
    expect(read(text, lang).sentiment).toBe("negative");
  });

  it("life being too short is no fit complaint", () => {
    expect(read("La vida es demasiado corta para seguir las reglas", "es").complaint).toBe(false);
  });
});

// Held-out floors, measured once after the last rule change (see the doc's table).
// Main (47f345f): 6 FAQ, 2 requests, 15 quality reviews, 14 complaint questions.
const HELD_FAQ = 6;
const HELD_REQ = 1;
const HELD_QUALITY = 18;
const HELD_COMP = 14;
