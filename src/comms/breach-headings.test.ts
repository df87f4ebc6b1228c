import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";

/**
 * The shipped breach notice's part headings (rows 103–104), read as a native reader would: a Polish
 * "Jakich danych dotyczy:" had no subject, a German "Welche Daten betroffen sind:" was a clause where a
 * heading belongs, and so on. The seventeenth pass mended six headings; this pins them.
 */
let h: Harness;
beforeAll(async () => {
  h = await shopHarness({ languages: ["en", "pl", "de", "fr", "it", "es"], default_language: "en" });
}, 60_000);
afterAll(async () => h.close());

const template = async (l: string) =>
  (
    await h.app.inject({
      url: `/api/v1/comms/templates?kind=breach_notice&crisis_type=data_breach&language=${l}`,
      headers: h.auth("viewer"),
    })
  ).json().items[0].body as string;

describe("the breach notice's headings, read natively", () => {
  it("reads as each language writes a heading", async () => {
    const pl = await template("pl");
    expect(pl).toContain("Jakich danych dotyczy naruszenie: {{ breach.data }}");
    expect(pl).toContain("Z kim się skontaktować: {{ breach.contact }}");
    expect(await template("de")).toContain("Betroffene Daten: {{ breach.data }}");
    expect(await template("fr")).toMatch(/Ce que nous avons fait et continuons de faire\s:/);
    expect(await template("it")).toContain("Cos’è successo: ");
    expect(await template("es")).toContain("Datos afectados: {{ breach.data }}");
  });
});
