import { describe, expect, it } from "vitest";
import { detectLanguage } from "./index.js";
import { OTHER_LANGUAGE_POSTS } from "./test-other-languages.js";

// Language named on text typed without diacritics (docs/classification.md, fifteenth pass): Polish
// without ąćęłńóśźż and German without äöüß lose the letters that named them. Each stripped sentence
// below was "und" on main; the controls read as they did.
describe("language of text typed without marks", () => {
  it("names stripped Polish", () => {
    for (const text of ["Juz nigdy wiecej", "Porazka!!!", "Zadne."])
      expect([text, detectLanguage(text)]).toEqual([text, "pl"]);
  });

  it("names stripped German", () => {
    for (const text of ["Naturlich!", "Lacherlich...", "Grosse Katastrophe", "Vollig unmoglich"])
      expect([text, detectLanguage(text)]).toEqual([text, "de"]);
  });

  it("keeps the reading of English, short posts, neighbours and our other languages", () => {
    const controls: [string, string][] = [
      ["Uber driver never showed up", "en"],
      ["Super fast delivery", "en"],
      ["thanks a lot", "en"],
      ["ok", "und"],
      ["Pan Tadeusz", "und"],
      ["Molt bona qualitat, el recomano", "ca"],
      ["Mario Monti super partes", "it"],
      ["Sie ist nett", "de"],
      ["la commande est arrivee en retard", "fr"],
      ["Mi pedido no llego", "es"],
    ];
    for (const [text, lang] of controls) expect([text, detectLanguage(text)]).toEqual([text, lang]);
    const own = OTHER_LANGUAGE_POSTS.filter(([text, lang]) => detectLanguage(text) === lang);
    expect(own.length).toBeGreaterThanOrEqual(36);
  });
});
