import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";
import { formatMoney, givenPhrase, remedyPhrase } from "./replies.js";

/** A shop that sells in its own currency promises remedies in it, not in the euros of its language. */
let h: Harness;
beforeAll(async () => {
  h = await shopHarness({
    time_zone: "America/Mexico_City",
    languages: ["es"],
    default_language: "es",
    currency: "MXN",
  });
});
afterAll(() => h.close());

describe("a Mexican shop's case", () => {
  it("offers and lists remedies in pesos", async () => {
    const c = await h.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: h.auth("admin"),
      payload: {
        customer: { name: "Lupita", email: "lupita@example.mx" },
        text: "Mi paquete no ha llegado en dos semanas, nadie me dice nada.",
        language: "es",
      },
    });
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json().currency).toBe("MXN");
    const reply = c.json().suggested_reply.text as string;
    expect(reply).toMatch(/\$\d/);
    expect(reply).not.toContain("€");
    const d = await h.app.inject({
      method: "POST",
      url: `/api/v1/cases/${c.json().id}/remedies`,
      headers: h.auth("admin"),
      payload: { kind: "discount", amount: 15_000 },
    });
    expect(d.json()).toMatchObject({ status: "given", currency: "MXN" });
    const done = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/cases/${c.json().id}`,
      headers: h.auth("admin"),
      payload: { status: "resolved" },
    });
    // Mexico writes "$150.00" (a decimal point); Spain's "150,00 MXN" is not how a Mexican reads a price.
    expect(done.json().follow_up.public_text).toContain("$150.00");
    expect(done.json().follow_up.public_text).not.toMatch(/150,00/);
  });
});

describe("dollars as their country writes them", () => {
  it("an English text writes a US, Australian or Canadian shop's dollars as '$', not en-GB's 'US$' or 'A$'", () => {
    expect(formatMoney(1500, "USD", "en")).toBe("$15.00");
    expect(formatMoney(1500, "AUD", "en")).toBe("$15.00");
    expect(formatMoney(123_456, "CAD", "en")).toBe("$1,234.56");
    expect(remedyPhrase("discount", 1500, "USD", "en")).toContain("$15.00");
    expect(remedyPhrase("discount", 1500, "USD", "en")).not.toContain("US$");
    expect(givenPhrase("discount", 1500, "USD", "en")).not.toContain("US$");
    // Pounds and euros as before; other languages keep their own form.
    expect(formatMoney(1500, "GBP", "en")).toBe("£15.00");
    expect(formatMoney(1500, "EUR", "en")).toBe("€15.00");
    expect(formatMoney(1500, "USD", "pl")).toMatch(/^15,00\sUSD$/);
    expect(formatMoney(1500, "EUR", "de")).toMatch(/^15,00\s€$/);
  });
});

describe("each language as the currency's country writes it", () => {
  it("Spanish pesos as Mexico writes them, Swiss francs as Switzerland writes them", () => {
    expect(formatMoney(123_450, "MXN", "es")).toBe("$1,234.50");
    expect(remedyPhrase("refund", 20_000, "MXN", "es")).toContain("$200.00");
    expect(formatMoney(123_450, "CHF", "de")).toMatch(/^CHF\s1['’]234\.50$/);
    expect(givenPhrase("discount", 1500, "CHF", "de")).toMatch(/CHF\s15\.00/);
    expect(formatMoney(1500, "CHF", "it")).toMatch(/^CHF\s15\.00$/);
    expect(formatMoney(1500, "CHF", "fr")).toMatch(/^15\.00\sCHF$/);
    // Euros and zloty as each language writes them, unchanged.
    expect(formatMoney(1500, "EUR", "es")).toMatch(/^15,00\s€$/);
    expect(formatMoney(123_450, "PLN", "pl")).toMatch(/^1234,50\szł$/);
  });
});
