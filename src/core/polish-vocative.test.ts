import { describe, expect, it } from "vitest";
import { polishVocative } from "./polish-vocative.js";

describe("the Polish vocative of a first name", () => {
  it("declines feminine names by rule and common masculine names from the table", () => {
    const cases: [string, string][] = [
      ["Anna", "Anno"],
      ["anna kowalska", "Anno"],
      ["Agnieszka", "Agnieszko"],
      ["Małgorzata", "Małgorzato"],
      ["Julia", "Julio"],
      ["Zofia", "Zofio"],
      ["Łucja", "Łucjo"],
      ["Kasia", "Kasiu"],
      ["Ania", "Aniu"],
      ["Ola", "Olu"],
      ["Kuba", "Kubo"],
      ["Marek", "Marku"],
      ["PAWEŁ", "Pawle"],
      ["Piotr Nowak", "Piotrze"],
      ["Michał", "Michale"],
    ];
    for (const [name, vocative] of cases) expect(polishVocative(name), name).toBe(vocative);
  });

  it("gives no name rather than a wrong case: unknown masculine names, handles, initials", () => {
    for (const name of ["Brajan", "@anna_k", "jan123", "J.", "", null, "A"])
      expect(polishVocative(name), String(name)).toBeNull();
  });
});
