import { describe, expect, it } from "vitest";
import { classify } from "./index.js";

/** Twenty-sixth pass (sentences-de.ts): German faults told as plain facts. Sentences of the test's own. */
const read = (text: string) => {
  const c = classify({ text, language: "de" });
  return { sentiment: c.sentiment, complaint: c.complaint, topics: c.topics };
};

describe("German faults told as facts (sentences-de.ts)", () => {
  it("reads a thing that cannot be done as a fault of what is named", () => {
    const r = read("Der Rücksendeschein lässt sich nicht herunterladen, der Link führt ins Leere.");
    expect(r.sentiment).toBe("negative");
    expect(r.complaint).toBe(true);
    // A topic named already is the fault's, no other is added.
    expect(read("Das Rücksendeetikett lässt sich nicht herunterladen.").topics).toEqual(["returns_refunds"]);
    const t = read("Seit heute Morgen lässt sich die Heizung nicht mehr über die App regeln. Toll gemacht.");
    expect(t.sentiment).toBe("negative");
    expect(t.complaint).toBe(true);
  });

  it("reads a thing that does not work, the negation closing the clause", () => {
    const r = read(
      "Die Bezahlung per Kreditkarte geht schon den ganzen Vormittag nicht, probiert habe ich es dreimal.",
    );
    expect(r.sentiment).toBe("negative");
    expect(r.topics).toContain("payment");
  });

  it("reads what came instead of what was ordered as an order error", () => {
    const r = read("Statt zwei Kissen kam nur eins.");
    expect(r.sentiment).toBe("negative");
    expect(r.complaint).toBe(true);
    expect(r.topics).toContain("order_error");
  });

  it("reads a delivery late by days and money taken in spite of something", () => {
    const late = read("Das Sofa kam elf Tage zu spät, und niemand hat Bescheid gegeben.");
    expect(late.complaint).toBe(true);
    expect(late.topics).toContain("delivery");
    const taken = read("Ich habe das Abo gekündigt, trotzdem wurden wieder 9,99 abgebucht.");
    expect(taken.sentiment).toBe("negative");
    expect(taken.topics).toContain("payment");
  });

  it("reads part of an order come, and a contact with no answer", () => {
    const part = read("Von der Bestellung sind nur zwei von fünf Kartons angekommen.");
    expect(part.complaint).toBe(true);
    expect(part.topics).toContain("order_error");
    const callback = read("Keine Rückmeldung, obwohl mir zweimal ein Anruf zugesagt wurde.");
    expect(callback.complaint).toBe(true);
    expect(callback.topics).toContain("customer_service");
  });

  it("controls: praise and idioms are read as before", () => {
    expect(read("Der Teppich lässt sich gut reinigen und sieht toll aus.").sentiment).toBe("positive");
    expect(read("Die Qualität lässt sich nicht leugnen, ich bin begeistert.").sentiment).toBe("positive");
    expect(read("Die Pfanne lässt sich nicht nur leicht reinigen, sie brät auch super.").complaint).toBe(
      false,
    );
    expect(
      read("Statt Blau kam Grün, aber ehrlich gesagt gefällt mir Grün noch besser. Top!").sentiment,
    ).toBe("positive");
    expect(read("Was passiert, wenn die Zahlung nicht klappt?").complaint).toBe(false);
    expect(read("Die Lieferung kam zwei Tage zu spät, aber das Produkt ist toll.").sentiment).toBe(
      "positive",
    );
    expect(read("Kein Anruf nötig, alles lief problemlos. Danke!").complaint).toBe(false);
    expect(read("Der Betrag wurde abgebucht, aber das ist ja normal. Alles gut.").complaint).toBe(false);
    const best = read("Lieferung super schnell, Verpackung top, besser geht es nicht.");
    expect(best.sentiment).toBe("positive");
    expect(best.complaint).toBe(false);
  });
});
