import { describe, expect, it } from "vitest";
import { classify } from "./index.js";

const read = (text: string) => classify({ text }).sentiment;

describe("what product reviews say in their own words", () => {
  it("buying again is praise, not buying again is not, in each language", () => {
    for (const t of [
      "Does exactly what it says. Would buy again.",
      "Würde ich jederzeit wieder kaufen",
      "Je rachèterais sans hésiter",
      "Lo ricomprerei subito",
      "Lo volvería a comprar sin dudar",
      "Kupiłabym ponownie bez wahania",
    ])
      expect(read(t), t).toBe("positive");
    for (const t of ["Würde ich nicht nochmal kaufen", "Je ne rachèterai pas", "Non lo ricomprerei"])
      expect(read(t), t).toBe("negative");
    expect(read("Where can I buy again the blue one?")).toBe("neutral");
  });

  it("nothing to fault is praise, not a negated complaint", () => {
    for (const t of [
      "Nichts auszusetzen",
      "Rien à redire",
      "Nada que objetar",
      "Nie mam się do czego przyczepić",
      "Worth every penny",
      "Vale ogni centesimo",
      "Wart każdej złotówki",
    ])
      expect(read(t), t).toBe("positive");
  });

  it("goods gone wrong in the ways tweets never say", () => {
    for (const t of [
      "Tastes stale, best before date was last week",
      "Hält nicht, was es verspricht. Rücksendung läuft.",
      "Goût de rance, date dépassée",
      "Se despegó la suela al mes",
      "Me dio alergia, lo dejé de usar",
      "Podeszwa odkleiła się po miesiącu",
      "Dostałam wysypki, przestałam używać",
      "Camelote, on en a pour son argent",
    ])
      expect(read(t), t).toBe("negative");
    expect(read("Best before end of March")).toBe("neutral");
  });
});
