import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { WHY } from "../../src/comms/tone/index.js";

const catalogue = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../web/src/i18n/${lang}.json`, import.meta.url), "utf8")) as Record<
    string,
    string
  >;

describe("why a tone remark was made, in the reader's language", () => {
  it("every kind the server remarks on has its reason in the catalogues, English word for word", () => {
    const en = catalogue("en");
    for (const [kind, why] of Object.entries(WHY)) expect(en[`tone.why.${kind}`], kind).toBe(why);
    for (const lang of ["pl", "de", "fr", "it", "es"]) {
      const c = catalogue(lang);
      for (const [kind, why] of Object.entries(WHY)) {
        expect(c[`tone.why.${kind}`], `${lang} ${kind}`).toBeTruthy();
        expect(c[`tone.why.${kind}`], `${lang} ${kind}`).not.toBe(why);
      }
    }
  });
});
