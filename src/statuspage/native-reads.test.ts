import { describe, expect, it } from "vitest";
import { moreWordsOf } from "../cases/more-words.js";
import { SENT_DESPITE_OPT_OUT } from "../comms/breach-words.js";
import { BEFORE_CLICK as SHOP_BEFORE_CLICK, UNSUBSCRIBED } from "../comms/unsubscribe-routes.js";
import { PAGE_TEXT } from "./i18n.js";
import { BEFORE_CLICK } from "./small-pages.js";

/**
 * Rows 91–105's texts read as a native reader of each language reads them (sixteenth pass). Each case
 * below failed on the old words: a participle that took the reader to be a man, a shop's name left
 * where Polish needed a noun to stand in apposition to, German and Polish sentences that did not read.
 */
// The forms that agree with the reader: "vous êtes abonné", "sei iscritto", "estás suscrito" (a perfect
// tense's participle, "te has suscrito", does not).
const frItEs = (s: string) => [
  s.match(/êtes (déjà )?abonné/),
  s.match(/sei (già )?iscritt[oa]\b/),
  s.match(/estás suscrit[oa]\b/),
];

describe("customer texts as a native reader reads them", () => {
  it("address no reader as a man in French, Italian and Spanish", () => {
    for (const l of ["fr", "it", "es"] as const)
      for (const text of [UNSUBSCRIBED[l], PAGE_TEXT[l].checkInbox, SENT_DESPITE_OPT_OUT[l]])
        expect(frItEs(text).filter(Boolean), `${l}: ${text}`).toEqual([]);
  });

  it("Polish puts the shop's name after 'sklepu', which it can stand beside undeclined", () => {
    for (const text of [
      PAGE_TEXT.pl.confirmedText,
      PAGE_TEXT.pl.unsubscribedText,
      BEFORE_CLICK.confirm.pl,
      BEFORE_CLICK.unsubscribe.pl,
    ])
      expect(text).toContain("statusu sklepu {name}");
    expect(SENT_DESPITE_OPT_OUT.pl).toContain("mimo rezygnacji z naszych e-maili");
    expect(moreWordsOf("pl").priceKept).toContain("jeśli jednak wolisz anulować zamówienie");
  });

  it("German says 'E-Mails dieser Art', Spanish 'dejar de recibir', Italian the price 'che hai visto'", () => {
    expect(UNSUBSCRIBED.de).toContain("keine E-Mails dieser Art mehr");
    expect(SHOP_BEFORE_CLICK.de).toContain("keine E-Mails dieser Art mehr");
    expect(SENT_DESPITE_OPT_OUT.es).toContain("dejar de recibir nuestros correos");
    expect(moreWordsOf("it").priceKept).toContain("il prezzo che hai visto al momento dell'ordine");
    expect(PAGE_TEXT.it.unsubscribedText).toContain("dalla pagina in qualsiasi momento");
  });
});
