import { describe, expect, it } from "vitest";
import { classify } from "./index.js";

/**
 * The review vocabulary audit (docs/classification.md): everyday words of product reviews in six languages
 * that read neutral, or as a price matter, before it. Controls: the same words where they praise or name
 * a thing.
 */
const read = (text: string, language: string) => classify({ text, language });

describe("judgement words of poor goods read negative", () => {
  it.each([
    ["Absolute rubbish.", "en"],
    ["This kettle is trash.", "en"],
    ["It's a piece of junk.", "en"],
    ["Bit naff really.", "en"],
    ["Totalne badziewie.", "pl"],
    ["Szmelc.", "pl"],
    ["Dziadostwo.", "pl"],
    ["Absoluter Schrott.", "de"],
    ["Billiger Ramsch.", "de"],
    ["Krempel.", "de"],
    ["De la pacotille.", "fr"],
    ["C'est de la daube.", "fr"],
    ["Una porcheria.", "it"],
    ["Una fregatura.", "it"],
    ["Una chapuza.", "es"],
    ["Muy cutre.", "es"],
  ])("%s (%s)", (text, language) => {
    expect(read(text, language).sentiment).toBe("negative");
  });
});

describe("goods that gave way: negative, a complaint of product quality, never a price or payment", () => {
  it.each([
    ["Strap snapped on day two.", "en"],
    ["Absolute rubbish. Strap snapped on day two.", "en"],
    ["Cheap plastic, the hinge snapped.", "en"],
    ["Sole came unglued after a month.", "en"],
    ["The zip rusted after one winter.", "en"],
    ["Stopped charging after a month.", "en"],
    ["Garbage. Stopped charging after a month.", "en"],
    ["It stopped turning on after two weeks.", "en"],
    ["Doesn't fit my phone even though it says it does.", "en"],
    ["Pasek pękł drugiego dnia.", "pl"],
    ["Zawias się złamał po tygodniu.", "pl"],
    ["Suwak zardzewiał.", "pl"],
    ["Bateria padła po miesiącu.", "pl"],
    ["Nie włącza się.", "pl"],
    ["Der Riemen ist am zweiten Tag gerissen.", "de"],
    ["Das Glas ist nach einer Woche gesprungen.", "de"],
    ["Der Reißverschluss ist verrostet.", "de"],
    ["Hat nach drei Tagen den Geist aufgegeben.", "de"],
    ["Passt nicht auf mein Handy, obwohl es angegeben ist.", "de"],
    ["Les coutures ont lâché.", "fr"],
    ["Le tissu s'effiloche.", "fr"],
    ["Ne charge plus après un mois.", "fr"],
    ["Il a rendu l'âme au bout d'une semaine.", "fr"],
    ["Il tessuto si sfilaccia.", "it"],
    ["Ha smesso di caricare dopo un mese.", "it"],
    ["La pantalla se agrietó tras una semana.", "es"],
    ["La cremallera se oxidó.", "es"],
    ["Se estropeó tras dos usos.", "es"],
    ["The charger gets really hot after ten minutes.", "en"],
    ["Only one earbud works.", "en"],
    ["Constant paper jams, useless printer.", "en"],
    ["Słuchawki grają tylko na jedno ucho.", "pl"],
    ["Silnik się spalił po tygodniu.", "pl"],
    ["Die Gartenschere ist nach einer Saison durchgerostet.", "de"],
    ["Die Kopfhörer rauschen auf dem linken Ohr.", "de"],
    ["Bourrages papier à chaque impression.", "fr"],
    ["Il surchauffe au bout de dix minutes.", "fr"],
    ["Il caricatore si surriscalda.", "it"],
    ["Il costume si è scolorito al primo lavaggio.", "it"],
    ["Las costuras de la mochila se abrieron al mes.", "es"],
    ["El secador se quemó a los diez días.", "es"],
    ["Los auriculares solo suenan por un lado.", "es"],
  ])("%s (%s)", (text, language) => {
    const c = read(text, language);
    expect(c.sentiment).toBe("negative");
    expect(c.complaint).toBe(true);
    expect(c.topics).toContain("product_quality");
    expect(c.topics).not.toContain("price");
    expect(c.topics).not.toContain("payment");
  });
});

describe("praise of review slang reads positive", () => {
  it.each([
    ["Spot on, exactly what I needed.", "en"],
    ["Cracking little speaker.", "en"],
    ["Top notch quality.", "en"],
    ["Chuffed with it.", "en"],
    ["Sztos!", "pl"],
    ["To jest bomba!", "pl"],
    ["Hochwertig verarbeitet.", "de"],
    ["Spettacolare.", "it"],
    ["Una figata.", "it"],
  ])("%s (%s)", (text, language) => {
    const c = read(text, language);
    expect(c.sentiment).toBe("positive");
    expect(c.complaint).toBe(false);
  });
});

describe("controls: the same words praising or naming a thing keep their reading", () => {
  it.each([
    ["Not rubbish at all, really pleased.", "en"],
    ["The stitching never frayed, even after a year.", "en"],
    ["Snapped it up in the sale!", "en"],
    ["Snapped a lovely photo with it.", "en"],
    ["A cracking gift for my dad.", "en"],
    ["Charging is fast, full in an hour.", "en"],
    ["Wcale nie badziewie, jestem zadowolony.", "pl"],
    ["Nie pękł nawet po upadku.", "pl"],
    ["Ein Spielzeug-Schrottplatz für meinen Sohn, er liebt ihn.", "de"],
    ["Gar nicht Schrott, ich bin zufrieden.", "de"],
    ["Les coutures n'ont pas lâché, même après un an.", "fr"],
    ["Non è una schifezza, anzi.", "it"],
    ["Bolsas de basura resistentes.", "es"],
    ["La carga es rápida.", "es"],
    ["It never overheats, even in summer.", "en"],
    ["I'm completely burned out after work, this tea helps.", "en"],
    ["Nie przegrzewa się nawet latem.", "pl"],
    ["Non si surriscalda mai.", "it"],
  ])("%s (%s): no complaint, not negative", (text, language) => {
    const c = read(text, language);
    expect(c.sentiment).not.toBe("negative");
    expect(c.complaint).toBe(false);
  });

  it.each([
    ["Bought trash bags and sponges.", "en"],
    ["Müllbeutel in großer Packung.", "de"],
    ["Charging cable included.", "en"],
  ])("%s (%s): neutral, no topic", (text, language) => {
    const c = read(text, language);
    expect(c.sentiment).toBe("neutral");
    expect(c.topics).toEqual([]);
  });

  it("junk mail is no fault of goods", () => {
    const c = read("Please send no junk mail.", "en");
    expect(c.complaint).toBe(false);
    expect(c.topics).not.toContain("product_quality");
  });

  it.each([
    ["They charged me twice for one order.", "en", "payment"],
    ["They stopped charging my card and the subscription ended.", "en", "payment"],
    ["Hidden charges at checkout, 15€ more than shown.", "en", "price"],
  ])("a charge on the bill still names its topic: %s", (text, language, topic) => {
    const c = read(text, language);
    expect(c.topics).toContain(topic);
  });
});

describe("noises and wobbles of goods: a complaint of product quality", () => {
  it.each([
    ["The chair squeaks every time I move.", "en"],
    ["The table wobbles.", "en"],
    ["Something rattles inside.", "en"],
    ["It packed up after a week.", "en"],
    ["Conked out after two days.", "en"],
    ["Krzesło skrzypi przy każdym ruchu.", "pl"],
    ["Obudowa trzeszczy.", "pl"],
    ["Der Stuhl quietscht bei jeder Bewegung.", "de"],
    ["Innen klappert etwas.", "de"],
    ["La chaise grince à chaque mouvement.", "fr"],
    ["La table est bancale.", "fr"],
    ["Il tavolo traballa.", "it"],
    ["La scocca scricchiola.", "it"],
    ["La mesa cojea.", "es"],
    ["Los frenos chirrían.", "es"],
  ])("%s (%s)", (text, language) => {
    const c = read(text, language);
    expect(c.sentiment).toBe("negative");
    expect(c.complaint).toBe(true);
    expect(c.topics).toContain("product_quality");
  });

  it.each([
    ["Doesn't wobble at all, very stable.", "en"],
    ["My dog loves the squeaky toy.", "en"],
    ["Nic nie skrzypi, stabilny.", "pl"],
    ["Nichts wackelt, sehr stabil.", "de"],
    ["Rien ne grince, très stable.", "fr"],
    ["Mia figlia balla tutto il giorno con queste scarpe.", "it"],
    ["Me encanta ir a zumba los lunes.", "es"],
    ["El pan cruje por fuera, buenísimo.", "es"],
  ])("control: %s (%s) is no complaint", (text, language) => {
    const c = read(text, language);
    expect(c.complaint).toBe(false);
    expect(c.sentiment).not.toBe("negative");
  });
});
