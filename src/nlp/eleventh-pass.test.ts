import { describe, expect, it } from "vitest";
import { analyse } from "./analyse.js";
import { classify } from "./index.js";
import { IN_IF } from "./requests.js";
import { half } from "./test-questions.js";
import { THIRD } from "./test-questions-3.js";
import { SHOP_LANGS } from "./test-shop-sentences.js";

/**
 * The eleventh pass (docs/classification.md): a problem inside an "if" clause of a question is a case
 * asked about, not reported; "does anyone answer?" questions complain. The fresh set's tuning half
 * sentence by sentence (the ones the rules read right), behaviour cases, and the held-out half to the
 * floors read once at the end.
 */
const c = (text: string, language: string) => classify({ text, language });

/** Tuning items the rules still miss (docs, "Eleventh pass", "Eighteenth pass"): listed, not hidden. */
const MISSED = new Set([
  // Read since the eighteenth pass: remedies beside an "if", "who do I have to call", German "wenn die".
  "elle est où la suite de ma commande ??",
  "quand sort la nouvelle collection ?",
]);

describe("the fresh set's tuning half", () => {
  for (const lang of SHOP_LANGS) {
    const set = THIRD[lang];
    const tuning = <T>(xs: T[]) => xs.filter((_, i) => half(i) === "tuning");
    it.each(tuning(set.ifFaq).filter((t) => !MISSED.has(t)))(
      `${lang} "if" question, no complaint: %s`,
      (t) => {
        const r = c(t, lang);
        expect([r.complaint, r.sentiment === "negative"]).toEqual([false, false]);
      },
    );
    it.each(tuning(set.complaints).filter((t) => !MISSED.has(t)))(`${lang} complaint question: %s`, (t) => {
      const r = c(t, lang);
      expect([r.complaint, r.sentiment]).toEqual([true, "negative"]);
    });
    it.each(tuning(set.controls).filter(([t]) => !MISSED.has(t)))(
      `${lang} control: %s`,
      (t, want, complaint) => {
        const r = c(t, lang);
        expect([r.sentiment, r.complaint]).toEqual([want, complaint]);
      },
    );
  }
});

describe('"if" clauses and "anyone" questions', () => {
  it("reads a problem in an 'if' clause of a statement as reported", () => {
    expect(
      c("If this doesn't arrive by Friday I'm cancelling, it's already a week late.", "en").complaint,
    ).toBe(true);
    expect(
      c("Si ça n'arrive pas d'ici vendredi j'annule, ça fait déjà une semaine de retard.", "fr").complaint,
    ).toBe(true);
  });

  it("keeps the main clause of a question: a problem outside the 'if' still reports", () => {
    const r = c("The parcel never arrived, what happens if I order again?", "en");
    expect(r.complaint).toBe(true);
  });

  it("reads French and Spanish 'si' as 'so' or 'yes' before anything but a subject or article", () => {
    const so = analyse("c'est si dur d'avoir une réponse ?", "fr").requests;
    expect(so?.includes(IN_IF) ?? false).toBe(false);
    const yes = analyse("si, el paquete llegó roto?", "es").requests;
    expect(yes?.includes(IN_IF) ?? false).toBe(false);
    expect(c("et si le colis est perdu ?", "fr").complaint).toBe(false);
    expect(c("¿qué pasa si el paquete se pierde?", "es").complaint).toBe(false);
  });

  it("keeps a rhetorical 'if' that judges negative", () => {
    expect(
      c("Qualche volta se piove merda e qualcuno deve metterci un ombrello e chi chiamerai?", "it").sentiment,
    ).toBe("negative");
  });

  it("keeps an 'if' followed by 'why' as a complaint: the condition is held true", () => {
    // An airline tweet: masked whole, it lost two of the airline replay's seven alerts.
    const t =
      '@JetBlue if there is a "processing error" the  why do you send out full flight tickets and confirmations?';
    expect(c(t, "en").complaint).toBe(true);
    expect(c("Si mon colis est perdu, pourquoi je dois payer ?", "fr").complaint).toBe(true);
    expect(c("Wenn das Paket verloren ist, warum muss ich dann zahlen?", "de").complaint).toBe(true);
    expect(c("What happens if my parcel gets lost?", "en").complaint).toBe(false);
  });

  it("reads 'anyone else' and answers in another sentence as no complaint", () => {
    expect(c("Is anyone else going to the launch party tonight?", "en").complaint).toBe(false);
    expect(c("They answered quickly. Is anyone at the store on Sunday?", "en").complaint).toBe(false);
    expect(c("Czy ktoś u was w ogóle czyta maile?", "pl").complaint).toBe(true);
  });
});

describe("the fresh set's held-out half (read once, 2026-12-06), to its floors", () => {
  const held = <T>(xs: T[]) => xs.filter((_, i) => half(i) === "heldout");
  it('reads at most 9 of 42 "if" questions as a complaint and at least 27 of 42 complaint questions as one', () => {
    let faq = 0;
    let comp = 0;
    for (const lang of SHOP_LANGS) {
      faq += held(THIRD[lang].ifFaq).filter((t) => c(t, lang).complaint).length;
      comp += held(THIRD[lang].complaints).filter((t) => c(t, lang).complaint).length;
    }
    expect(faq).toBeLessThanOrEqual(9);
    expect(comp).toBeGreaterThanOrEqual(27);
  });
});
