import type { Topic } from "./topics-list.js";

/**
 * German faults told as plain facts, with no word of blame (twenty-sixth pass, docs/classification.md):
 * a thing that cannot be done ("Das Retourenlabel lässt sich nicht drucken", "lässt sich die Kamera nicht
 * mehr über die App steuern"), a thing that does not work told with the negation at the clause's end
 * ("Zahlung … geht seit gestern Abend nicht", "die Seite lädt einfach nicht"), what came instead of what
 * was ordered ("Statt Größe 40 kam 41"), a delivery late by a count of days or put off again and again
 * ("neun Tage zu spät", "dreimal verschoben"), money taken in spite of something ("danach wurde
 * trotzdem der volle Betrag abgebucht", "belastet, aber die Bestellung ist storniert"), part of an
 * order come ("nur 1 von 3 Paketen gekommen") and contact with no answer ("Kein Rückruf"). Read per sentence
 * of the text as written, lower case; a question and a case ("wenn", "falls") tell nothing. What came
 * instead is not read where the words praise (`praised`: "Statt Größe 40 kam 41, passt … aber trotzdem"),
 * and a fault of the thing itself outweighs mild praise as a fault told in figures does (reading.ts,
 * factsOutweigh; ToldDe.weighs).
 */

/** Anchor words: a text holding none of them builds no sentence. */
const ANCHOR =
  /(?:lässt sich|lassen sich|nicht[\s,.;:!]*$|nicht[,.;:!]|statt|spät|verschoben|abgebucht|belastet|berechnet|nur |kein)/iu;

/** Clause-final infinitives after "lässt sich nicht" that say no fault: "lässt sich nicht leugnen", "… lumpen". */
const NOT_A_FAULT =
  /^(?:leugnen|bestreiten|vermeiden|beschreiben|sagen|fassen|toppen|übertreffen|überbieten|schlagen|lumpen|unterkriegen|beirren|stören|nehmen|bitten|ändern|erklären|verstecken|verbergen|verheimlichen|lesen|beklagen|meckern|vergleichen)$/u;

/** "lässt sich … nicht (mehr) … <infinitive>" at the clause's end; not "nicht nur". */
const CANNOT =
  /\b(?:lässt|lassen|ließ|ließen) sich\b(?: [\p{L}\d-]+){0,4}? nicht (?!nur\b)(?:[\p{L}\d-]+ ){0,6}?(\p{L}+(?:en|ern|eln))$/u;

/** A thing that does not work, the negation closing the clause: "geht seit gestern Abend nicht", "lädt einfach nicht". */
const NOT_WORKING =
  /\b(?:geht|gehen|lädt|laden|startet|starten|öffnet|öffnen|klappt|reagiert|reagieren)\b(?: [\p{L}\d-]+){0,4}? (?:gar |überhaupt |einfach )?nicht(?: mehr)?$/u;

/** Praise that compares: "besser geht es nicht", "schöner geht nicht". */
const COMPARED =
  /\b(?:besser|schöner|schneller|einfacher|leichter|billiger|günstiger|bequemer|perfekter|toller|geiler|mehr) (?:geht|gehen)\b/u;

/** What came instead of what was ordered: "Statt der bestellten 2er-Packung kam nur eine Flasche". */
const INSTEAD = /\b(?:an)?statt\b/u;
const CAME = /\b(?:kam|kamen|kommt|geliefert|bekommen|bekam|erhalten|erhielt|geschickt|verschickt)\b/u;

/** A delivery late by a count of days or weeks, or put off again and again. */
const COUNT = String.raw`(?:\d{1,3}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn)`;
const LATE = new RegExp(
  String.raw`\b${COUNT} (?:tage|wochen|werktage)n? (?:zu spät|verspätet|verspätung)\b`,
  "u",
);
const PUT_OFF = new RegExp(
  String.raw`\b(?:(?:zwei|drei|vier|fünf|mehr)mal|${COUNT} mal|schon wieder|erneut) verschoben\b`,
  "u",
);

/** Money taken in spite of something: "trotzdem … abgebucht", "belastet, aber … storniert". */
const TAKEN = /\b(?:abgebucht|belastet|berechnet|eingezogen)\b/u;
const DESPITE = /\b(?:trotzdem|dennoch|obwohl|aber|trotz)\b/u;
/** "abgebucht, aber das ist ja normal", "… aber alles korrekt": an "aber" that reassures takes nothing back. */
const REASSURED =
  /\baber\b[^.!?]*\b(?:normal|in ordnung|okay|ok|korrekt|richtig|passt|alles gut|kein problem)\b/u;

/** Part of an order come: "nur 1 von 3 Paketen gekommen" (order_error). */
const PART = new RegExp(String.raw`\bnur (?:ein|eine|einer|${COUNT}) von (?:${COUNT}|beiden|allen)\b`, "u");
const ARRIVED = /\b(?:gekommen|angekommen|geliefert|kam|kamen|dabei|drin)\b/u;

/** Contact that brought no answer: "Kein Rückruf, obwohl dreimal versprochen" (customer_service). */
const NO_ANSWER =
  /\b(?:kein(?:en)? rückruf|keine (?:antwort|rückmeldung|reaktion))\b(?! (?:nötig|notwendig|erforderlich))/u;

const CASE = /\b(?:wenn|falls|sofern)\b/u;

/** The topic a thing that cannot be done or does not work is told of: the first named, these first. */
const OWED: readonly Topic[] = ["returns_refunds", "payment", "outage", "delivery", "customer_service"];

function sentences(text: string): string[] {
  return text
    .toLowerCase()
    .split(/(?<=[.!?…])\s+|\n+/u)
    .filter((s) => !/\?\s*$/u.test(s) && !CASE.test(s));
}

const clauses = (s: string) =>
  s
    .split(/[,;:–—()"„“”]+/u)
    .map((c) => c.replace(/[.!…]+\s*$/u, "").trim())
    .filter((c) => c !== "");

function cannot(c: string): boolean {
  const m = CANNOT.exec(c);
  return m !== null && !NOT_A_FAULT.test(m[1] ?? "");
}

export interface ToldDe {
  found: Set<Topic>;
  /**
   * Whether a fault of the thing itself was found (cannot, does not work, instead, part, money taken):
   * it outweighs mild praise. A late delivery and a missing answer only pull as any problem does: "Die
   * Lieferung kam zwei Tage zu spät, aber das Produkt ist toll." stays positive.
   */
  weighs: boolean;
}

/** The topics of the faults a German text tells (see above); null when it tells none. */
export function toldDe(
  text: string,
  code: string,
  named: ReadonlySet<Topic>,
  problems: ReadonlySet<Topic>,
  praised: boolean,
): ToldDe | null {
  if (code !== "de" || !ANCHOR.test(text)) return null;
  const out = new Set<Topic>();
  // The topic named or found already; the fallback only where the text has found no problem yet.
  const owed = (fallback: Topic) =>
    OWED.find((t) => named.has(t) || problems.has(t)) ?? problems.values().next().value ?? fallback;
  const ss = sentences(text);
  for (const s of ss) {
    const cs = clauses(s);
    if (cs.some(cannot)) out.add(owed("product_quality"));
    if (named.size > 0 && cs.some((c) => NOT_WORKING.test(c) && !COMPARED.test(c))) out.add(owed("outage"));
    if (!praised && INSTEAD.test(s) && CAME.test(s)) out.add("order_error");
    if (TAKEN.test(s) && DESPITE.test(s) && !REASSURED.test(s)) out.add("payment");
    if (PART.test(s) && ARRIVED.test(s)) out.add("order_error");
  }
  const weighs = out.size > 0;
  for (const s of ss) {
    if (LATE.test(s) || PUT_OFF.test(s)) out.add("delivery");
    if (NO_ANSWER.test(s)) out.add("customer_service");
  }
  return out.size > 0 ? { found: out, weighs } : null;
}
