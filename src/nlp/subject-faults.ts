import { BROKEN, type SubjectLine, WRONG } from "./subject-line.js";

/**
 * What an English, German or Polish subject line or title says in words (twenty-third pass): a thing called
 * wrong or broken names the fault and its topic, and a review's title that reads as a verdict of
 * disappointment makes a complaint about the product even when the body names it by a word no lexicon
 * holds ("Titel: Leider enttäuscht — Der Wasserkocher riecht nach Plastik").
 */
const TRACKING =
  /(?:tracking|sendungsnummer|sendungsverfolgung|numer (?:przesyłki|śledzenia)|list przewozowy)/iu;
/** A review's verdict of disappointment: "Disappointed", "Leider enttäuscht", "Nie polecam", "Rozczarowanie". */
const LETDOWN: Record<string, RegExp> = {
  en: /\b(?:disappoint\w*|let ?down|not recommended|do not buy|don't buy|avoid|waste of money)\b/iu,
  de: /(?:enttäusch|nicht empfehlenswert|nicht zu empfehlen|finger weg|fehlkauf|geldverschwendung)/iu,
  pl: /(?:rozczarow|nie polecam|odradzam|szkoda pieniędzy|bubel)/iu,
};

/** The topics a subject line names as a fault: a thing called wrong or broken. */
export function subjectFaults(head: SubjectLine | null, code: string): string[] {
  const wrong = WRONG[code];
  if (!wrong || !head) return [];
  const s = ` ${head.text} `;
  if (wrong.test(s)) return [TRACKING.test(s) ? "delivery" : "order_error"];
  if ((BROKEN[code] as RegExp).test(s)) return ["product_quality"];
  return [];
}

/** Whether a review's title is a verdict of disappointment ("Leider enttäuscht", "Nie polecam"). */
export function titleLetdown(head: SubjectLine | null, code: string): boolean {
  const letdown = LETDOWN[code];
  return !!letdown && head !== null && head.kind === "title" && letdown.test(head.text);
}
