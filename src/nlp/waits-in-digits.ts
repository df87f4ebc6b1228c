/**
 * Waits for the shop's service told in digits (twenty-third pass, English, German, Polish): "52 minutes"
 * after a hold message, "am Telefon … Insgesamt 1 Stunde 10 Minuten", "na serwis czekam już 5 tygodni",
 * and the polite chase of an enquiry left unanswered ("raised a query … 10 days ago and haven't heard
 * back", "Anfrage … geschickt … Vielleicht ist sie untergegangen?", "zgłoszenie … bez odpowiedzi"). A
 * channel of service must be named and the time be long (half an hour on a line, three days for an
 * answer); a short one is praise ("Took 2 minutes on the phone") and a wait for a parcel is delivery's.
 */

/** A live wait on the shop's line: on hold, in a queue, on a chat with support, passed from agent to agent. */
const LINE: Record<string, RegExp> = {
  en: /\b(?:on hold|hold music|in (?:the|a) queue|your call is|helpline|hotline|support|customer service|agents?|chat (?:with|to)|live chat|transferred|put through)\b/iu,
  de: /(?:hotline|warteschleife|in der leitung|aus der leitung|kundenservice|kundendienst|support|chat mit|weiterverbunden)/iu,
  pl: /(?:infolini|na czacie z|czat z|konsultant|obsług\p{L}* klienta|w kolejce)/iu,
};
/** An enquiry or a repair the shop owes an answer to. */
const ENQUIRY: Record<string, RegExp> = {
  en: /\b(?:query|ticket|complaint|enquiry|inquiry|emailed|e-mailed|messaged|email(?:ed)? (?:you|support)|support|customer service|repair)\b/iu,
  de: /(?:anfrage|ticket|reklamation|beschwerde|kundenservice|kundendienst|support|reparatur)/iu,
  pl: /(?:zgłoszeni|reklamacj|serwis|napraw|obsług\p{L}* klienta)/iu,
};
/** A duration in digits: minutes, hours, days, weeks (hours of a clock, "2pm", are no duration). */
const DURATION: Record<string, RegExp> = {
  en: /(?<![\d:])(\d{1,3})\s*(min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?)\b/giu,
  de: /(?<![\d:])(\d{1,3})\s*(min(?:uten?)?|std|stunden?|tage?n?|wochen?)(?!\p{L})/giu,
  pl: /(?<![\d:])(\d{1,3})\s*(min(?:ut[ya]?)?|godz(?:in[ya]?)?|dni|dzień|tygodni[e]?|tydzień)(?!\p{L})/giu,
};
/** How long a unit is, in minutes. */
function minutes(unit: string): number {
  const u = unit.toLowerCase();
  if (/^(?:min)/u.test(u)) return 1;
  if (/^(?:h|std|stund|godz)/u.test(u)) return 60;
  if (/^(?:day|tag|dni|dzie)/u.test(u)) return 1440;
  return 10080;
}
/** A wait for an answer: "ago", "seit", "temu", "still", "już", "czekam", "waiting". */
const WAITED: Record<string, RegExp> = {
  en: /\b(?:ago|waiting|waited|still|since|for over|for more than|over)\b/iu,
  de: /\b(?:seit|warte|gewartet|wartete|insgesamt|immer noch|noch immer|schon)\b/iu,
  pl: /(?:temu|czekam|czekałe?[mn]|czekałam|już|nadal|wciąż|ponad)(?!\p{L})/iu,
};
/** An enquiry left unanswered, said politely or not. */
const UNANSWERED: Record<string, RegExp> = {
  en: /\b(?:haven't heard back|have not heard back|not heard back|no (?:reply|response|answer) (?:yet|since|so far)|still (?:no|not had an?) (?:reply|response|answer)|nobody has (?:replied|answered|got back)|no one has (?:replied|answered|got back)|sorry to chase|chasing (?:this|my|again|up))/iu,
  de: /(?:keine (?:antwort|rückmeldung|reaktion)|nichts gehört|nie(?:mand)? (?:geantwortet|gemeldet)|untergegangen|nachhaken|erneut nach|noch einmal nach)/iu,
  pl: /(?:bez odpowiedzi|brak odpowiedzi|nikt (?:nie )?(?:odpisał|odpowiedział|oddzwonił)|nie dostał\p{L}* odpowiedzi|nie otrzymał\p{L}* odpowiedzi|przypominam się|ponawiam)/iu,
};
/** Hours of opening are no wait: "the chat is open 12 hours a day", "erreichbar", "czynna". */
const OPEN =
  /(?:\bopen\b|\bavailable\b|a day\b|geöffnet|erreichbar|am tag|pro tag|otwart|czynn|dostępn|na dobę)/iu;
/** Words after a duration that make it no wait for service. */
const NOT_A_WAIT = /^\s*(?:ago|delay|late|left|later|temu|spóźni|opóźni|verspätung|später)/iu;
/** Hours beyond a working day are no wait on a line ("went 18 hrs without it"). */
const LONGEST_ON_LINE = 8 * 60;
/** Fragments every unanswered phrase holds: a cheap test before the full one. */
const MAY_BE_UNANSWERED: Record<string, RegExp> = {
  en: /back|repl|respon|answer|chas/i,
  de: /antwort|rückmeldung|reaktion|gehört|gemeldet|unterg|nach/i,
  pl: /odpowied|odpisa|oddzwoni|przypomin|ponawiam/i,
};
/** A short wait praised is no complaint: nothing under half an hour on a line, or three days for an answer. */
const LONG_ON_LINE = 30;
const LONG_FOR_ANSWER = 3 * 1440;

/** Whether the text tells a long wait for the shop's service, in digits, or an enquiry left unanswered. */
export function waitsInDigits(text: string, code: string): boolean {
  const line = LINE[code];
  if (!line) return false;
  // Every text passes here: the durations and the unanswered phrases first, the channels only after.
  const unanswered =
    (MAY_BE_UNANSWERED[code] as RegExp).test(text) && (UNANSWERED[code] as RegExp).test(text);
  let total = 0;
  let days = 0;
  if (!unanswered && /\d/.test(text)) {
    for (const m of text.matchAll(DURATION[code] as RegExp)) {
      // "20 mins ago" is when, "the 4hr delay" a flight's or a parcel's: no wait on the line.
      if (NOT_A_WAIT.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12)))
        continue;
      const mins = Number(m[1]) * minutes(m[2] as string);
      total += mins <= LONGEST_ON_LINE ? mins : 0;
      days = Math.max(days, mins);
    }
  }
  const long = total >= LONG_ON_LINE;
  const longForAnswer = days >= LONG_FOR_ANSWER;
  if (!unanswered && !long && !longForAnswer) return false;
  const onLine = line.test(text);
  const enquiry = (ENQUIRY[code] as RegExp).test(text);
  if (unanswered) return onLine || enquiry;
  if (OPEN.test(text)) return false;
  return (onLine && long) || (enquiry && longForAnswer && (WAITED[code] as RegExp).test(text));
}
