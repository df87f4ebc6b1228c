import { EXASPERATION, type Exasperation } from "./exasperation-words.js";
import { withoutMarks } from "./matcher.js";
import { IN_REQUEST, IN_WHY, PRESSING } from "./requests.js";
import { BREAK, endsFullSentence, type Token, WORD } from "./text.js";

/**
 * Complaint questions and exasperated complaints said without a negative word (eighteenth pass,
 * docs/classification.md): "How many more times do I have to ask for my refund?", "Seriously, how hard
 * is it to send the right colour?", "who do I have to call to get a reply", "Piszę już trzeci raz",
 * "Tag 12 und ich warte immer noch", "Combien de fois faut-il vous écrire ?", "Tres semanas, cinco
 * correos, cero respuestas." Read per sentence (a comma does not end one) in the text's own language,
 * only when the sentence holds one of its anchor words (exasperation-words.ts), so most texts build
 * nothing. A complaint asked (a question closed by "?", "!" or the end of the text) is marked IN_WHY: a
 * complaint whose praise is not read ("to finally get this sorted"); a complaint said (a message or a
 * day counted) has its first word marked PRESSING. Both
 * count as a complaint marker (topics.ts), which makes a complaint unless the text reads positive.
 */

const ASCII = /^[\p{ASCII}]*$/u;

/** The words of from..to (exclusive) in lower case without marks, joined by single spaces. */
function sentenceText(tokens: Token[], from: number, to: number): string {
  let s = "";
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.kind === WORD) s = s === "" ? t.w : `${s} ${t.w}`;
  }
  return ASCII.test(s) ? s : withoutMarks(s);
}

/** What the words say: nothing, a complaint said (PRESSING) or a complaint asked (IN_WHY). */
const SAID = 1;
const ASKED = 2;

/**
 * Whether the words say the author complains (see Exasperation): `asked`, the sentence is a question or
 * an exclamation. Counts, waits, "who do I have to call" and "how hard is it" questions are asked; a
 * message counted ("third email"), a day counted and "zero answers" are said, whatever closes them,
 * and keep their praise ("Thanks for the third time of asking, it is sorted now!").
 */
export function exasperated(ex: Exasperation, s: string, asked: boolean): number {
  if (asked && ex.asked.some((r) => r.test(s))) return ASKED;
  if (ex.howMany.test(s) && (ex.more.test(s) || (ex.must.test(s) && ex.contact.test(s)))) return ASKED;
  if (ex.howLong.test(s) && ex.more.test(s) && ex.wait.test(s)) return ASKED;
  if (ex.who.test(s) && ex.purpose.test(s)) return ASKED;
  if (ex.always.some((r) => r.test(s))) return SAID;
  return ex.ordinal.test(s) && ex.contact.test(s) ? SAID : 0;
}

/** A sentence ends at ".", "?", "!" or the end of the text; a comma does not end it. */
function endsHere(t: Token | undefined): boolean {
  return t === undefined || endsFullSentence(t);
}

/**
 * Adds to a request mask (requests.ts and clauses.ts; null when it has nothing) the complaint questions
 * and exasperated statements of the text. `lang`: the language the text is read in first.
 */
export function exasperationMask(tokens: Token[], lang: string, mask: Uint8Array | null): Uint8Array | null {
  const ex = EXASPERATION[lang];
  if (!ex) return mask;
  let out = mask;
  let start = 0;
  let anchor = false;
  for (let i = 0; i <= tokens.length; i++) {
    const close = tokens[i];
    // One pass: anchors are noted on the way to the sentence's end (most texts have none).
    if (close !== undefined && close.kind === WORD) {
      if (!anchor && ex.anchors.has(close.w)) anchor = true;
      continue;
    }
    if (!endsHere(close)) continue;
    const from = start;
    start = i + 1;
    const seen = anchor;
    anchor = false;
    if (!seen || i - from < 2) continue;
    const asked = close === undefined || close.kind !== BREAK;
    const said = exasperated(ex, sentenceText(tokens, from, i), asked);
    if (said === 0) continue;
    out ??= new Uint8Array(tokens.length);
    if (said === ASKED) {
      for (let j = from; j < i; j++) if (out[j] === 0 || out[j] === IN_REQUEST) out[j] = IN_WHY;
    } else if (out[from] === 0 || out[from] === IN_REQUEST) out[from] = PRESSING;
  }
  return out;
}
