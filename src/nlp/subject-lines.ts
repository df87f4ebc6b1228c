/**
 * The subject or title a ticket or review opens with (twenty-third pass, English, German, Polish):
 * "Subject: Wrong tracking number? — Hello, …", "Betreff: Falsches Sofa, Bestellnr. 3310287 — …",
 * "Temat: Błędna faktura do zamówienia 48291 — …", "Titel: Leider enttäuscht — …". The customer sums up
 * the ticket there: a thing called wrong or broken in it names the fault and its topic, and a review's
 * title that reads as a verdict of disappointment makes a complaint about the product even when the
 * body names it by a word no lexicon holds ("Der Wasserkocher riecht nach Plastik").
 */

/** "Label: text —" or "Label: text" to the line's end. */
const HEAD = /^\s*(subject|title|re|betreff|titel|temat|tytuł|tytul)\s*:\s*(.+?)(?:\s+[—–-]\s+|\s*\n|$)/iu;

/** A thing called wrong: an order's error (a tracking number is delivery's). */
const WRONG: Record<string, RegExp> = {
  en: /\b(?:wrong|incorrect)\b(?!\s+(?:tracking|address on your site))/iu,
  de: /(?:^|\s)(?:falsche[rsnm]?|fehlerhafte[rsnm]?)\s/iu,
  pl: /(?:^|\s)(?:błędn\p{L}+|zł[ayeo]|niewłaściw\p{L}+|pomylon\p{L}+)\s/iu,
};
const TRACKING =
  /(?:tracking|sendungsnummer|sendungsverfolgung|numer (?:przesyłki|śledzenia)|list przewozowy)/iu;
/** A thing called broken or faulty: the product's quality. */
const BROKEN: Record<string, RegExp> = {
  en: /\b(?:broken|damaged|faulty|defective|cracked)\b/iu,
  de: /(?:kaputt|beschädigt|defekt|mangelhaft)/iu,
  pl: /(?:uszkodzon|zepsut|wadliw|pęknię)/iu,
};
/** A review's verdict of disappointment: "Disappointed", "Leider enttäuscht", "Nie polecam", "Rozczarowanie". */
const LETDOWN: Record<string, RegExp> = {
  en: /\b(?:disappoint\w*|let ?down|not recommended|do not buy|don't buy|avoid|waste of money)\b/iu,
  de: /(?:enttäusch|nicht empfehlenswert|nicht zu empfehlen|finger weg|fehlkauf|geldverschwendung)/iu,
  pl: /(?:rozczarow|nie polecam|odradzam|szkoda pieniędzy|bubel)/iu,
};

export interface SubjectLine {
  /** "title" for a review's title, "subject" for a ticket's or a mail's. */
  kind: "title" | "subject";
  text: string;
  /** Where the body starts in the whole text. */
  bodyAt: number;
}

export function subjectLine(text: string): SubjectLine | null {
  const m = HEAD.exec(text);
  if (!m) return null;
  const label = (m[1] as string).toLowerCase();
  const kind = label.startsWith("tit") || label.startsWith("tyt") ? "title" : "subject";
  return { kind, text: m[2] as string, bodyAt: m.index + m[0].length };
}

/** The topics a subject line names as a fault: a thing called wrong or broken. */
export function subjectFaults(text: string, code: string): string[] {
  const wrong = WRONG[code];
  if (!wrong) return [];
  const head = subjectLine(text);
  if (!head) return [];
  const s = ` ${head.text} `;
  if (wrong.test(s)) return [TRACKING.test(s) ? "delivery" : "order_error"];
  if ((BROKEN[code] as RegExp).test(s)) return ["product_quality"];
  return [];
}

/** Whether a review's title is a verdict of disappointment ("Leider enttäuscht", "Nie polecam"). */
export function titleLetdown(text: string, code: string): boolean {
  const letdown = LETDOWN[code];
  const head = letdown ? subjectLine(text) : null;
  return head !== null && head.kind === "title" && (letdown as RegExp).test(head.text);
}

/** A subject that tells a fault itself ("Still no refund", "Paket nicht angekommen", "Brak zwrotu"), not only names one. */
const TELLS: Record<string, RegExp> = {
  en: /\b(?:not|no|never|still|yet|again|missing|late|lost|charged|twice|without|can't|cannot|won't|isn't|hasn't|haven't|didn't|doesn't)\b|n't\b|\?|!/iu,
  de: /(?:^|\s)(?:nicht|kein\p{L}*|nie|noch|immer noch|wieder|fehlt|fehlend\p{L}*|zu spät|verloren|doppelt|ohne)(?!\p{L})|\?|!/iu,
  pl: /(?:^|\s)(?:nie|brak\p{L}*|nadal|wciąż|znowu|zaginion\p{L}*|spóźnion\p{L}*|podwójn\p{L}*|bez)(?!\p{L})|\?|!/iu,
};

/**
 * The body of a ticket whose subject only names its topic ("Subject: Refund — Hi, how long does a refund
 * take?", "Betreff: Reklamation — …", "Temat: Zwrot towaru — Dzień dobry, czy mogę…?"), or null. Such a
 * ticket is a complaint only if its body tells one: the subject is what it is about, not what went wrong.
 */
export function topicSubjectBody(text: string, code: string): string | null {
  const tells = TELLS[code];
  const head = tells ? subjectLine(text) : null;
  if (head?.kind !== "subject" || head.bodyAt >= text.length) return null;
  const s = ` ${head.text} `;
  if ((tells as RegExp).test(s) || (WRONG[code] as RegExp).test(s) || (BROKEN[code] as RegExp).test(s))
    return null;
  return text.slice(head.bodyAt);
}
