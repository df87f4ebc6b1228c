import { describe, expect, it } from "vitest";
import { checkTone, type ToneLanguage, type ToneRemarkKind } from "./index.js";

const kinds = (text: string, lang: ToneLanguage, opts = {}) =>
  checkTone(text, lang, opts).remarks.map((r) => r.kind);

interface Case {
  good: string;
  defensive: string;
  blaming: string;
  jargon: string;
  vague: string;
  datedPromise: string;
  noApology: string;
}

const CASES: Record<ToneLanguage, Case> = {
  en: {
    good: "We are sorry: card payments failed between 10:00 and 11:30 UTC. Your order is safe. Next update at 13:00 UTC.",
    defensive: "This was beyond our control and not our fault.",
    blaming: "The delay was caused by our courier.",
    jargon: "The API returned errors after a rollback of the backend.",
    vague: "We will fix it soon.",
    datedPromise: "We will fix it soon, by 14:00 UTC today.",
    noApology: "Payments failed this morning. Next update at 13:00.",
  },
  pl: {
    good: "Przepraszamy: płatności kartą nie działały od 10:00 do 11:30. Kolejna aktualizacja o 13:00.",
    defensive: "To nie nasza wina, sytuacja była poza naszą kontrolą.",
    blaming: "Opóźnienie powstało z winy kuriera.",
    jargon: "Serwer bazy danych zwracał błędy po rollback.",
    vague: "Naprawimy to wkrótce.",
    datedPromise: "Naprawimy to wkrótce, do 14:00 dzisiaj.",
    noApology: "Płatności nie działały rano. Kolejna aktualizacja o 13:00.",
  },
  it: {
    good: "Ci scusiamo: i pagamenti con carta non hanno funzionato dalle 10:00 alle 11:30. Prossimo aggiornamento alle 13:00.",
    defensive: "Non è colpa nostra, era al di fuori del nostro controllo.",
    blaming: "Il ritardo è colpa del corriere.",
    jargon: "Il server del database ha restituito errori dopo un rollback.",
    vague: "Risolveremo il problema a breve.",
    datedPromise: "Risolveremo il problema a breve, entro le 14:00 di oggi.",
    noApology: "I pagamenti non hanno funzionato stamattina. Prossimo aggiornamento alle 13:00.",
  },
  fr: {
    good: "Nous nous excusons : les paiements par carte ont échoué de 10h00 à 11h30. Prochaine mise à jour à 13h00.",
    defensive: "Ce n'est pas notre faute, c'était hors de notre contrôle.",
    blaming: "Le retard est la faute du transporteur.",
    jargon: "Le serveur de base de données a renvoyé des erreurs après un rollback.",
    vague: "Nous allons corriger cela bientôt.",
    datedPromise: "Nous allons corriger cela bientôt, avant 14h00 aujourd'hui.",
    noApology: "Les paiements ont échoué ce matin. Prochaine mise à jour à 13h00.",
  },
  de: {
    good: "Wir entschuldigen uns: Kartenzahlungen schlugen von 10:00 bis 11:30 Uhr fehl. Nächste Aktualisierung um 13:00 Uhr.",
    defensive: "Das ist nicht unsere Schuld und lag außerhalb unserer Kontrolle.",
    blaming: "Die Verzögerung entstand wegen des Paketdienstes.",
    jargon: "Die Datenbank auf dem Server lieferte nach dem Rollback Fehler.",
    vague: "Wir werden das bald beheben.",
    datedPromise: "Wir werden das bald beheben, heute bis 14:00 Uhr.",
    noApology: "Zahlungen schlugen heute Morgen fehl. Nächste Aktualisierung um 13:00 Uhr.",
  },
  es: {
    good: "Lo sentimos: los pagos con tarjeta fallaron de 10:00 a 11:30. Próxima actualización a las 13:00.",
    defensive: "No es culpa nuestra, estaba fuera de nuestro control.",
    blaming: "El retraso fue culpa del transportista.",
    jargon: "El servidor de la base de datos devolvió errores tras un rollback.",
    vague: "Lo solucionaremos pronto.",
    datedPromise: "Lo solucionaremos pronto, hoy antes de las 14:00.",
    noApology: "Los pagos fallaron esta mañana. Próxima actualización a las 13:00.",
  },
};

describe.each(Object.entries(CASES) as [ToneLanguage, Case][])("checkTone in %s", (lang, c) => {
  it("passes a plain, dated apology with a next step", () => {
    const r = checkTone(c.good, lang, { expectApology: true, expectNextStep: true });
    expect(r.remarks).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it.each([
    ["defensive", "defensive"],
    ["blaming", "blaming"],
    ["jargon", "jargon"],
    ["vague", "undated_promise"],
  ] as [keyof Case, ToneRemarkKind][])("flags %s wording", (field, kind) => {
    const r = checkTone(c[field], lang);
    expect(r.ok).toBe(false);
    const remark = r.remarks.find((x) => x.kind === kind);
    expect(remark).toBeDefined();
    // The remark points at the words it matched.
    expect(c[field].slice(remark?.index, (remark?.index ?? 0) + (remark?.text.length ?? 0))).toBe(
      remark?.text,
    );
    expect(remark?.why.length).toBeGreaterThan(20);
  });

  it("accepts a promise that carries a date", () => {
    expect(kinds(c.datedPromise, lang)).not.toContain("undated_promise");
  });

  it("asks for an apology and a next step only when the type calls for them", () => {
    expect(kinds(c.noApology, lang, { expectApology: true })).toEqual(["missing_apology"]);
    expect(kinds(c.noApology, lang)).toEqual([]);
    expect(kinds(c.vague, lang, { expectNextStep: true })).toContain("missing_next_step");
  });
});

it("does not match inside longer words", () => {
  expect(kinds("The apiary and soonest bees.", "en")).toEqual([]);
});
