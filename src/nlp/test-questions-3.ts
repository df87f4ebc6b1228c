import { ROMANCE_THIRD } from "./test-questions-3-romance.js";
import type { ShopLang } from "./test-shop-sentences.js";

/**
 * The eleventh classification pass's fresh set, written and committed before any rule of that pass was
 * changed (by the team, not taken from a data set; nothing of the ninth or tenth pass's sets or the
 * eighth pass's audit): per language 14 FAQ questions whose problem word sits inside an "if" clause
 * ("what happens if", "jeśli", "wenn", "falls", "si", "se", "in case"), 14 questions that complain
 * without "why" ("is anyone going to answer me?", "wo bleibt mein Paket?"), and 12 controls (complaints
 * with a problem in an "if" clause that still complain, neutral questions, positive reviews). The same
 * content at the same index in each language, typed as customers type (lower case, marks left out,
 * emoji). 240 items.
 *
 * Split fixed before the first measurement: even index → tuning half, odd index → held-out half (read
 * once, at the end): `half` in test-questions.ts.
 */
export interface ThirdSet {
  /** Questions with a problem inside an "if" clause: no complaint, not negative. */
  ifFaq: string[];
  /** Questions that complain without "why": a complaint, negative. */
  complaints: string[];
  /** [text, sentiment, complaint]. */
  controls: [string, "positive" | "neutral" | "negative", boolean][];
}

const P = "positive" as const;
const U = "neutral" as const;
const N = "negative" as const;

const GERMANIC_SLAVIC: Record<"en" | "pl" | "de", ThirdSet> = {
  en: {
    ifFaq: [
      "What happens if my parcel gets lost?",
      "if the item arrives damaged can i get a refund?",
      "What if the size doesn't fit, can I exchange it?",
      "In case the payment fails, will the order still be reserved?",
      "If the courier doesn't find me at home, what happens to the package?",
      "what happens if i get charged twice by mistake",
      "Do I get my money back if the delivery is late?",
      "if the zip breaks within a year is it covered by warranty?",
      "What happens if I'm not satisfied with the product? 🙂",
      "If my order arrives incomplete, who should I contact?",
      "in case the coupon doesnt work at checkout what do i do?",
      "If the parcel is stuck in customs, do you pay the fees?",
      "What if the colour is different from the photo?",
      "if the shoes are too small can i send them back for free??",
    ],
    complaints: [
      "is anyone going to answer me?",
      "How many more weeks do I have to wait for my refund??",
      "where is my parcel? ordered 3 weeks ago",
      "Is this how you treat loyal customers?",
      "Does anyone there actually read emails?",
      "how hard is it to send the right size???",
      "When will I finally get my money back?",
      "Seriously, is nobody going to fix my order?",
      "who do i have to call to get a reply from you 😡",
      "Is it normal that the package still hasn't arrived after a month?",
      "what kind of service is this, three emails and no answer?",
      "Do you plan to refund me or not?",
      "where's the rest of my order??",
      "How is it possible that you charged me twice?",
    ],
    controls: [
      ["If this doesn't arrive by Friday I'm cancelling, it's already a week late.", N, true],
      ["Do you have the blue one in size M?", U, false],
      ["Arrived in two days, great quality, thanks!", P, false],
      ["If you order before noon, it ships the same day.", U, false],
      ["The parcel never arrived and nobody answers.", N, true],
      ["What happens after I place an order?", U, false],
      ["love it 😍 fits perfectly", P, false],
      ["If I had known the quality was this bad I would never have ordered.", N, true],
      ["when will the new collection be available?", U, false],
      ["Super fast delivery, will order again", P, false],
      ["The zip broke after a week, really disappointed.", N, true],
      ["is it possible to pay with paypal?", U, false],
    ],
  },
  pl: {
    ifFaq: [
      "Co się stanie, jeśli moja paczka zaginie?",
      "jeśli produkt przyjdzie uszkodzony, czy dostanę zwrot pieniędzy?",
      "A co jeśli rozmiar nie pasuje, mogę wymienić?",
      "Gdyby płatność się nie udała, czy zamówienie będzie dalej zarezerwowane?",
      "Jeśli kurier nie zastanie mnie w domu, co się dzieje z paczką?",
      "co jesli zostane obciazona dwa razy przez pomylke",
      "Czy dostanę zwrot, jeśli dostawa się spóźni?",
      "jesli zamek sie zepsuje w ciagu roku to jest na gwarancji?",
      "Co jeśli nie będę zadowolona z produktu? 🙂",
      "Jeśli zamówienie przyjdzie niekompletne, do kogo mam pisać?",
      "w razie gdyby kod rabatowy nie dzialal przy kasie co mam zrobic?",
      "Jeśli paczka utknie na cle, czy pokrywacie opłaty?",
      "A jeśli kolor będzie inny niż na zdjęciu?",
      "jak buty beda za male to moge je odeslac za darmo??",
    ],
    complaints: [
      "czy ktoś w końcu odpisze?",
      "Ile tygodni jeszcze mam czekać na zwrot pieniędzy??",
      "gdzie moja paczka? zamawiałam 3 tygodnie temu",
      "Tak traktujecie stałych klientów?",
      "Czy ktoś u was w ogóle czyta maile?",
      "czy tak trudno wysłać właściwy rozmiar???",
      "Kiedy w końcu dostanę swoje pieniądze?",
      "Serio, nikt nie poprawi mojego zamówienia?",
      "do kogo mam dzwonic zeby ktos mi odpowiedzial 😡",
      "Czy to normalne, że paczka po miesiącu dalej nie doszła?",
      "co to za obsluga, trzy maile i zero odpowiedzi?",
      "Oddacie mi pieniądze czy nie?",
      "gdzie jest reszta mojego zamówienia??",
      "Jak to możliwe, że pobraliście ode mnie opłatę dwa razy?",
    ],
    controls: [
      ["Jeśli to nie dojdzie do piątku, anuluję, już tydzień spóźnienia.", N, true],
      ["Macie niebieską w rozmiarze M?", U, false],
      ["Doszło w dwa dni, świetna jakość, dziękuję!", P, false],
      ["Jeśli zamówisz przed południem, wysyłka jest tego samego dnia.", U, false],
      ["Paczka nigdy nie dotarła i nikt nie odpowiada.", N, true],
      ["Co się dzieje po złożeniu zamówienia?", U, false],
      ["kocham 😍 leży idealnie", P, false],
      ["Gdybym wiedziała, że jakość jest tak słaba, nigdy bym nie zamówiła.", N, true],
      ["kiedy bedzie dostepna nowa kolekcja?", U, false],
      ["Super szybka dostawa, zamówię znowu", P, false],
      ["Zamek zepsuł się po tygodniu, bardzo rozczarowana.", N, true],
      ["czy można zapłacić paypalem?", U, false],
    ],
  },
  de: {
    ifFaq: [
      "Was passiert, wenn mein Paket verloren geht?",
      "wenn der artikel beschädigt ankommt, bekomme ich dann mein geld zurück?",
      "Und falls die Größe nicht passt, kann ich umtauschen?",
      "Falls die Zahlung fehlschlägt, bleibt die Bestellung reserviert?",
      "Wenn der Paketbote mich nicht antrifft, was passiert mit dem Paket?",
      "was passiert wenn ich aus versehen doppelt belastet werde",
      "Bekomme ich Geld zurück, wenn die Lieferung zu spät kommt?",
      "wenn der reißverschluss innerhalb eines jahres kaputt geht, ist das garantie?",
      "Was ist, wenn ich mit dem Produkt nicht zufrieden bin? 🙂",
      "Falls meine Bestellung unvollständig ankommt, an wen wende ich mich?",
      "falls der gutschein an der kasse nicht funktioniert was mach ich dann?",
      "Wenn das Paket im Zoll hängen bleibt, übernehmt ihr die Gebühren?",
      "Und wenn die Farbe anders ist als auf dem Foto?",
      "wenn die schuhe zu klein sind kann ich sie kostenlos zurückschicken??",
    ],
    complaints: [
      "antwortet mir hier noch irgendwer?",
      "Wie viele Wochen soll ich noch auf meine Erstattung warten??",
      "wo bleibt mein Paket? vor 3 wochen bestellt",
      "So behandelt ihr treue Kunden?",
      "Liest bei euch überhaupt jemand E-Mails?",
      "ist es so schwer die richtige größe zu schicken???",
      "Wann bekomme ich endlich mein Geld zurück?",
      "Im Ernst, kümmert sich niemand um meine Bestellung?",
      "wen muss ich anrufen damit ihr mal antwortet 😡",
      "Ist es normal, dass das Paket nach einem Monat immer noch nicht da ist?",
      "was ist das für ein service, drei mails und keine antwort?",
      "Erstattet ihr mir das Geld jetzt oder nicht?",
      "wo ist der rest meiner bestellung??",
      "Wie kann es sein, dass ihr mir das doppelt abgebucht habt?",
    ],
    controls: [
      ["Wenn das bis Freitag nicht ankommt, storniere ich, es ist schon eine Woche zu spät.", N, true],
      ["Habt ihr die blaue in Größe M?", U, false],
      ["In zwei Tagen da, tolle Qualität, danke!", P, false],
      ["Wenn du vor 12 Uhr bestellst, wird am selben Tag versendet.", U, false],
      ["Das Paket kam nie an und niemand antwortet.", N, true],
      ["Was passiert nach der Bestellung?", U, false],
      ["liebe es 😍 passt perfekt", P, false],
      ["Hätte ich gewusst, dass die Qualität so schlecht ist, hätte ich nie bestellt.", N, true],
      ["wann gibt es die neue kollektion?", U, false],
      ["Super schnelle Lieferung, bestelle wieder", P, false],
      ["Der Reißverschluss ist nach einer Woche kaputt gegangen, sehr enttäuscht.", N, true],
      ["kann man mit paypal zahlen?", U, false],
    ],
  },
};

export const THIRD: Record<ShopLang, ThirdSet> = { ...GERMANIC_SLAVIC, ...ROMANCE_THIRD };
