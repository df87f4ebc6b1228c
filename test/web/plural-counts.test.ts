import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";

const DIR = fileURLToPath(new URL("../../web/src/i18n/", import.meta.url));
const say = (lang: string, key: string, values: Record<string, number | string>) => {
  const cat = JSON.parse(readFileSync(`${DIR}${lang}.json`, "utf8")) as Record<string, string>;
  return String(new IntlMessageFormat(cat[key] ?? "", lang).format(values));
};

/**
 * A count beside its noun takes the form the number asks for. The detection preview printed the number of
 * mentions into a fixed plural: "(1 mentions)", "(2 wzmianek)" (Polish wants "2 wzmianki", "1 wzmianka").
 */
describe("the detection preview's mention count", () => {
  const at = (lang: string, mentions: number) =>
    say(lang, "detection.preview_result", { days: 30, count: 0, perWeek: "0", mentions });

  it("Polish: one, 2–4 and 5+", () => {
    expect(at("pl", 1)).toContain("(1 wzmianka)");
    expect(at("pl", 3)).toContain("(3 wzmianki)");
    expect(at("pl", 22)).toContain("(22 wzmianki)");
    expect(at("pl", 5)).toContain("(5 wzmianek)");
    expect(at("pl", 12)).toContain("(12 wzmianek)");
  });

  it("one mention in every language, and thousands grouped as the language groups them", () => {
    expect(at("en", 1)).toContain("(1 mention)");
    expect(at("de", 1)).toContain("(1 Erwähnung)");
    expect(at("fr", 1)).toContain("(1 mention)");
    expect(at("it", 1)).toContain("(1 menzione)");
    expect(at("es", 1)).toContain("(1 mención)");
    expect(at("de", 12345)).toContain("(12.345 Erwähnungen)");
    expect(at("en", 12345)).toContain("(12,345 mentions)");
  });
});
