/**
 * Polish addresses a person in the vocative: "Dzień dobry, Anno", never "Dzień dobry Anna", which reads
 * as a form letter that got the grammar wrong. Feminine first names follow rules that hold (Anna → Anno,
 * Agnieszka → Agnieszko, Kasia → Kasiu, Ola → Olu); masculine ones do not (Marek → Marku, Paweł →
 * Pawle, Piotr → Piotrze), so only the common ones in the table below are declined. For any other name,
 * or a handle rather than a name, the greeting goes without one: no name is better than a wrong case.
 */

const MASCULINE: Record<string, string> = {
  adam: "Adamie",
  adrian: "Adrianie",
  albert: "Albercie",
  aleksander: "Aleksandrze",
  andrzej: "Andrzeju",
  antoni: "Antoni",
  arkadiusz: "Arkadiuszu",
  artur: "Arturze",
  bartek: "Bartku",
  bartłomiej: "Bartłomieju",
  bartosz: "Bartoszu",
  bogdan: "Bogdanie",
  czesław: "Czesławie",
  damian: "Damianie",
  daniel: "Danielu",
  dariusz: "Dariuszu",
  dawid: "Dawidzie",
  dominik: "Dominiku",
  edward: "Edwardzie",
  emil: "Emilu",
  filip: "Filipie",
  franciszek: "Franciszku",
  grzegorz: "Grzegorzu",
  henryk: "Henryku",
  hubert: "Hubercie",
  igor: "Igorze",
  ireneusz: "Ireneuszu",
  jacek: "Jacku",
  jakub: "Jakubie",
  jan: "Janie",
  janusz: "Januszu",
  jarosław: "Jarosławie",
  jerzy: "Jerzy",
  józef: "Józefie",
  kacper: "Kacprze",
  kamil: "Kamilu",
  karol: "Karolu",
  kazimierz: "Kazimierzu",
  konrad: "Konradzie",
  krystian: "Krystianie",
  krzysztof: "Krzysztofie",
  leszek: "Leszku",
  łukasz: "Łukaszu",
  maciej: "Macieju",
  maksymilian: "Maksymilianie",
  marcin: "Marcinie",
  marek: "Marku",
  marian: "Marianie",
  mariusz: "Mariuszu",
  mateusz: "Mateuszu",
  michał: "Michale",
  mikołaj: "Mikołaju",
  norbert: "Norbercie",
  oskar: "Oskarze",
  patryk: "Patryku",
  paweł: "Pawle",
  piotr: "Piotrze",
  przemysław: "Przemysławie",
  radosław: "Radosławie",
  rafał: "Rafale",
  robert: "Robercie",
  roman: "Romanie",
  ryszard: "Ryszardzie",
  sebastian: "Sebastianie",
  stanisław: "Stanisławie",
  stefan: "Stefanie",
  sławomir: "Sławomirze",
  szymon: "Szymonie",
  tadeusz: "Tadeuszu",
  tomasz: "Tomaszu",
  tomek: "Tomku",
  wiesław: "Wiesławie",
  wiktor: "Wiktorze",
  witold: "Witoldzie",
  wojciech: "Wojciechu",
  wojtek: "Wojtku",
  zbigniew: "Zbigniewie",
  zdzisław: "Zdzisławie",
};

/** Short feminine forms in -la whose vocative is -lu, not -lo. */
const SHORT_LA = new Set(["ala", "ela", "ola", "ula"]);
/** A plain first name: letters only (Polish and Latin), two or more, no digits or handle marks. */
const NAME = /^\p{L}{2,}$/u;

const capital = (s: string) => (s[0] ?? "").toLocaleUpperCase("pl") + s.slice(1);

/** The vocative of the first name in `name` ("anna kowalska" → "Anno"), or null when it is not known. */
export function polishVocative(name: string | null | undefined): string | null {
  const first = (name ?? "").trim().split(/\s+/)[0] ?? "";
  if (!NAME.test(first)) return null;
  const n = first.toLocaleLowerCase("pl");
  const known = MASCULINE[n];
  if (known) return known;
  if (!n.endsWith("a") || n.length < 3) return null;
  if (SHORT_LA.has(n)) return capital(`${n.slice(0, -1)}u`);
  // Soft diminutives: Kasia → Kasiu, Ania → Aniu, Madzia → Madziu; Julia, Maria, Zofia → -io.
  if (/(si|zi|ci|ni)a$/.test(n)) return capital(`${n.slice(0, -1)}u`);
  return capital(`${n.slice(0, -1)}o`);
}
