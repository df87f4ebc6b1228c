import { describe, expect, it } from "vitest";
import { checkTone } from "../comms/tone/index.js";
import { csvLine, generateCode } from "./codes.js";
import { CASE_LANGUAGES, CASE_TOPICS, defaultPolicy, randomSlots } from "./policy.js";
import { priorityOf } from "./priority.js";
import { buildReply, formatDue, remedyPhrase } from "./replies.js";

const THANKS = {
  en: /thank you/i,
  pl: /dziękujemy/i,
  de: /vielen dank/i,
  fr: /merci/i,
  it: /grazie/i,
  es: /gracias/i,
};
const PRIVATE = {
  en: /private message/,
  pl: /prywatną/,
  de: /private Nachricht/,
  fr: /message privé/,
  it: /messaggio privato/,
  es: /mensaje privado/,
};

describe("suggested replies", () => {
  const due = "2025-05-14T15:00:00Z";
  for (const language of CASE_LANGUAGES) {
    for (const topic of CASE_TOPICS) {
      it(`${language}/${topic}: passes the tone check and has every element`, () => {
        // EUR is every workspace's default currency: each language's own then (a chosen one wins, below).
        const policy = defaultPolicy(language, language === "en" ? "GBP" : "EUR");
        const tp = policy.topics[topic];
        const kind = tp.offer[0] ?? "apology";
        const r = buildReply({
          language,
          topic,
          dueAt: due,
          timezone: "Europe/Warsaw",
          shop: "Sklep Test",
          customerName: "Ola",
          remedy: { kind, amount: tp.amount, currency: policy.currency },
        });
        const tone = checkTone(r.text, language, { expectApology: r.fault, expectNextStep: true });
        expect(tone.remarks).toEqual([]);
        expect(r.text).toMatch(THANKS[language]);
        expect(r.text).toContain(r.parts.apology);
        expect(r.text).toMatch(PRIVATE[language]);
        // What happens next, with the concrete, localised date and time from the clock.
        expect(r.parts.next).toContain(r.due);
        expect(r.due).toMatch(/17:00|5:00/);
        expect(r.due).toContain("14");
        // The policy's remedy is named (with its amount when it is money).
        if (kind !== "apology") expect(r.text).toContain(r.parts.remedy);
        if (
          tp.amount > 0 &&
          kind !== "apology" &&
          kind !== "return_shipping_paid" &&
          kind !== "price_honoured" &&
          kind !== "replacement"
        )
          expect(r.text).toMatch(policy.currency === "PLN" ? /zł/ : /€|£/);
        expect(r.text).toContain("Sklep Test");
      });
    }
  }

  it("the default policy uses the shop's chosen currency, else each language's (EUR is every workspace's default)", () => {
    expect(defaultPolicy("pl", "EUR").currency).toBe("PLN");
    for (const l of ["it", "fr", "de", "es"]) expect(defaultPolicy(l, "EUR").currency).toBe("EUR");
    // Third pass: a Spanish-speaking shop in Mexico or the US, a German one in Switzerland, an English one in
    // Australia were promised euros or pounds (this test pinned EUR for USD on purpose; changed on purpose).
    expect(defaultPolicy("es", "USD").currency).toBe("USD");
    expect(defaultPolicy("es", "MXN")).toMatchObject({ currency: "MXN", limits: { refund: 200_000 } });
    expect(defaultPolicy("de", "CHF").currency).toBe("CHF");
    expect(defaultPolicy("en", "AUD").currency).toBe("AUD");
    expect(defaultPolicy("pl", "PLN").currency).toBe("PLN");
    // Amounts are hundredths: a currency without cents keeps the language's.
    expect(defaultPolicy("de", "JPY").currency).toBe("EUR");
    expect(defaultPolicy("en", "USD").currency).toBe("USD");
    expect(defaultPolicy("en", "GBP").currency).toBe("GBP");
    expect(defaultPolicy("en", "EUR").currency).toBe("EUR");
    expect(defaultPolicy("pl", "EUR").topics.customer_service.offer).toEqual(["apology", "discount"]);
    expect(defaultPolicy("en", "GBP").topics.product_quality.offer[0]).toBe("return_shipping_paid");
    expect(defaultPolicy("en", "GBP").topics.price.offer).toEqual(["price_honoured", "refund"]);
  });

  it("localises the date (Polish month in the genitive, German weekday)", () => {
    expect(formatDue("2025-05-14T15:00:00Z", "pl", "Europe/Warsaw")).toMatch(/14 maja.*17:00/);
    expect(formatDue("2025-05-14T15:00:00Z", "de", "Europe/Berlin")).toMatch(/Mittwoch, 14\. Mai/);
  });

  it("names the shop's zone as the language does: an abbreviation, in French an offset", () => {
    const fr = formatDue("2026-12-04T10:00:00Z", "fr", "Europe/Paris");
    expect(fr).toContain("11:00 UTC+1");
    expect(fr).not.toMatch(/CET/);
    expect(formatDue("2026-12-04T10:00:00Z", "pl", "America/New_York")).toContain("05:00 GMT-5");
    expect(formatDue("2026-12-04T10:00:00Z", "en", "Europe/Paris")).toMatch(/11:00 CET$/);
    expect(formatDue("2026-12-04T10:00:00Z", "es", "America/New_York")).toContain("5:00 EST");
    expect(formatDue("2026-07-04T10:00:00Z", "it", "Europe/Rome")).toContain("12:00 CEST");
  });
});

describe("English dates as the status page writes them", () => {
  it("a reply says the day before the month and a 24-hour time (en-GB), as the page and notices do", () => {
    // Changed on purpose: replies used the US form ("Sunday, March 29 at 1:30 AM CET") while the page
    // and the notices say "29 Mar 2026, 01:30 CET"; the same shop now writes one English.
    expect(formatDue("2026-03-29T00:30:00Z", "en", "Europe/Warsaw")).toBe("Sunday 29 March at 01:30 CET");
    expect(formatDue("2026-03-29T01:30:00Z", "en", "Europe/Warsaw")).toBe("Sunday 29 March at 03:30 CEST");
    expect(formatDue("2026-12-04T10:00:00Z", "en", "Europe/Paris")).not.toMatch(/AM|PM|December 4/);
    const r = buildReply({
      language: "en",
      topic: "delivery",
      dueAt: "2026-12-05T16:00:00Z",
      timezone: "Europe/London",
      shop: "Kites",
      remedy: { kind: "refund", amount: 1250, currency: "GBP" },
    });
    expect(r.text).toContain("by Saturday 5 December at 16:00 GMT.");
    expect(r.text).toContain("a refund of £12.50");
  });
});

describe("the promised time reads as a sentence, not a list", () => {
  it("Polish says 'godz.' before the time and Spanish 'a las', the date in the shop's zone", () => {
    expect(formatDue("2026-12-07T13:00:00Z", "pl", "Europe/Warsaw")).toBe("7 grudnia, godz. 14:00 CET");
    expect(formatDue("2026-12-07T13:00:00Z", "es", "Europe/Madrid")).toBe(
      "lunes 7 de diciembre a las 14:00 CET",
    );
    // 23:30 UTC is already the next day in Warsaw, and the hour the clocks go back reads apart by its zone.
    expect(formatDue("2026-12-06T23:30:00Z", "pl", "Europe/Warsaw")).toBe("7 grudnia, godz. 00:30 CET");
    // Spanish hours carry no leading zero (as the RAE writes them), and one o'clock takes "a la".
    expect(formatDue("2026-10-25T00:30:00Z", "es", "Europe/Madrid")).toBe(
      "domingo 25 de octubre a las 2:30 CEST",
    );
    expect(formatDue("2026-10-25T01:30:00Z", "es", "Europe/Madrid")).toBe(
      "domingo 25 de octubre a las 2:30 CET",
    );
    expect(formatDue("2026-12-07T00:05:00Z", "es", "Europe/Madrid")).toBe(
      "lunes 7 de diciembre a la 1:05 CET",
    );
    expect(formatDue("2026-12-06T23:30:00Z", "es", "Europe/Madrid")).toBe(
      "lunes 7 de diciembre a las 0:30 CET",
    );
    const r = buildReply({
      language: "pl",
      topic: "security",
      dueAt: "2026-12-07T13:00:00Z",
      timezone: "Europe/Warsaw",
      shop: "Sklep",
      remedy: null,
    });
    expect(r.parts.next).toBe(
      "Badamy tę sprawę; co ustaliliśmy i co to oznacza dla Ciebie, napiszemy do 7 grudnia, godz. 14:00 CET.",
    );
  });
});

describe("Polish replies", () => {
  it("greet the customer in the vocative, or thank them without a name", () => {
    const thanks = (customerName: string) =>
      buildReply({
        language: "pl",
        topic: "delivery",
        customerName,
        dueAt: "2026-12-07T13:00:00Z",
        timezone: "Europe/Warsaw",
        shop: "Sklep",
        remedy: null,
      }).parts.thanks;
    expect(thanks("Anna Kowalska")).toBe("Dzień dobry, Anno! Dziękujemy, że dajesz nam znać.");
    expect(thanks("Marek")).toBe("Dzień dobry, Marku! Dziękujemy, że dajesz nam znać.");
    expect(thanks("anna_k82")).toBe("Dziękujemy, że dajesz nam znać.");
  });
});

describe("French replies", () => {
  it("move the talk to a private channel as French says it, not 'nous continuerons là-bas' (over there)", () => {
    const r = buildReply({
      language: "fr",
      topic: "delivery",
      dueAt: "2026-12-07T13:00:00Z",
      timezone: "Europe/Paris",
      shop: "Boutique",
      remedy: null,
    });
    expect(r.parts.private).toContain("nous poursuivrons l'échange par ce biais.");
    expect(r.text).not.toContain("là-bas");
  });

  it("and so do Italian and Spanish, not 'continueremo lì' and 'seguimos por allí' (there)", () => {
    const reply = (language: "it" | "es") =>
      buildReply({
        language,
        topic: "delivery",
        dueAt: "2026-12-07T13:00:00Z",
        timezone: "Europe/Rome",
        shop: "Negozio",
        remedy: null,
      });
    expect(reply("it").parts.private).toContain("proseguiremo la conversazione da lì.");
    expect(reply("es").parts.private).toContain("te atendemos por esa vía.");
    expect(reply("es").text).not.toContain("por allí");
  });
});

describe("no word said twice in one breath", () => {
  // Possessives and articles repeat by grammar ("votre retour ou votre remboursement"); nouns should not.
  const GRAMMAR = new Set(["votre", "vostro", "vostra"]);
  it("the greeting and the apology, and the next-step sentence, repeat no noun in any language", () => {
    const said: string[] = [];
    for (const language of CASE_LANGUAGES)
      for (const topic of CASE_TOPICS) {
        const r = buildReply({
          language,
          topic,
          dueAt: "2026-12-07T13:00:00Z",
          timezone: "Europe/Warsaw",
          shop: "Sklep",
          customerName: "Anna",
          remedy: null,
        });
        for (const part of [`${r.parts.thanks} ${r.parts.apology}`, r.parts.next]) {
          const words = (part.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !GRAMMAR.has(w));
          const twice = words.filter((w, i) => words.indexOf(w) !== i);
          if (twice.length) said.push(`${language}/${topic}: ${twice.join(", ")}`);
        }
      }
    // On the old code: "ce problème. … pour le problème avec votre paiement", "Twój zwrot i … zwrot
    // pieniędzy", "about this. … about the price".
    expect(said).toEqual([]);
  });
});

describe("remedy words", () => {
  it("a discount without an amount names no figure the shop never set, in every language", () => {
    for (const language of CASE_LANGUAGES) {
      const vague = remedyPhrase("discount", 0, "EUR", language);
      expect(vague, language).not.toMatch(/\d/);
      expect(remedyPhrase("discount", 1500, "EUR", language), language).toMatch(/15/);
    }
  });
});

describe("priority", () => {
  it("rises with reach, topic severity, sentiment strength and spreading", () => {
    expect(priorityOf({ reach: 0, topics: [], score: -0.2, spread: 0 })).toBe("P4");
    expect(priorityOf({ reach: 0, topics: ["delivery"], score: -0.5, spread: 0 })).toBe("P4");
    expect(priorityOf({ reach: 2000, topics: ["delivery"], score: -0.5, spread: 0 })).toBe("P3");
    expect(priorityOf({ reach: 0, topics: ["payment"], score: -0.8, spread: 0 })).toBe("P2");
    expect(priorityOf({ reach: 150_000, topics: ["security"], score: -0.8, spread: 12 })).toBe("P1");
  });
});

describe("discount codes", () => {
  it("follow the shop's pattern and do not repeat", () => {
    const codes = new Set(Array.from({ length: 2000 }, () => generateCode("SORRY-{XXXX}-{9999}")));
    expect(codes.size).toBe(2000);
    for (const c of codes) expect(c).toMatch(/^SORRY-[A-Z]{4}-\d{4}$/);
    expect(randomSlots("SORRY-{XXXX}-{9999}")).toBe(8);
    expect(randomSlots("FIXED")).toBe(0);
  });

  it("CSV cells cannot run as spreadsheet formulas", () => {
    expect(csvLine(["=HYPERLINK(1)"])).toBe(`"'=HYPERLINK(1)"\r\n`);
    expect(csvLine(['a,"b"'])).toBe(`"a,""b"""\r\n`);
  });
});
