import { ASK, COMPLAINT, EXPECT, firstOf, NEG, PROBLEM, SENT } from "./packs.js";
import { anyIs, type Lookups, mayHave } from "./sentiment.js";
import { QUESTION, type Token, WORD } from "./text.js";
import { anchorWords, COURTESY_WORDS, foldedText, tokensOfMatch, wordSet } from "./tone-words.js";

/**
 * The courtesy of a letter of complaint (twenty-first pass, docs/classification.md): "Dear team, I hope
 * you are well … It has now been a month. Could you kindly look into this? Kind regards", "Dzień dobry, …
 * Bardzo proszę o zwrot nadpłaty. Pozdrawiam serdecznie", "Madame, Monsieur, … je n'ai toujours pas été
 * remboursée … Bien cordialement", "Gentili signori, … Vi chiederei cortesemente … Cordiali saluti".
 * The lexicons read "dear" +1.6, "hope" +1.9, "kindly" +2.2, "kind" +2.4, "dobry" +1.9, "gentili" +2.2,
 * "cordiali" +2.4: the formulas outweighed the failure the letter reports. In a text that reports one
 * (a problem or complaint phrase, or a hand-written word of blame), the greeting that opens it and the formulas of
 * politeness anywhere in it count nothing. Without a failure they stay ("Dear team, thank you!"), but
 * the greeting of a question counts nothing ("Salve, non ho ancora il numero di tracking, è normale?").
 */

/** A word this strong judges; "refund" (−0.5) names a thing. */
const BLAME = -1;

/** Greetings a letter opens with: read at the start of the text only. */
const GREETING = new RegExp(
  `^(?:${[
    "dear",
    "hello",
    "hi",
    "hiya",
    "hey",
    "good (?:morning|afternoon|evening)",
    "dzien dobry",
    "dobry wieczor",
    "szanown\\w+(?: panstwo| pani| panie)?",
    "witam",
    "guten (?:tag|morgen|abend)",
    "hallo",
    "liebes team",
    "sehr geehrte\\w*(?: damen und herren)?",
    "bonjour",
    "bonsoir",
    "madame(?: monsieur)?",
    "monsieur",
    "chere?s?",
    "gentil\\w*(?: signor\\w*| cliente)?",
    "buongiorno",
    "buonasera",
    "salve",
    "spettabile",
    "egregi\\w*",
    "estimad\\w+",
    "hola",
    "buen(?:os|as) (?:dias|tardes|noches)",
  ].join("|")})\\b`,
);

/** Formulas of politeness, anywhere: wishes of good health, "kindly", "please" words, sign-offs. */
const FORMULAS = new RegExp(
  `\\b(?:${[
    "(?:i )?hope (?:you are|you(?:'| )?re|this (?:e ?mail |message )?finds you|all is) (?:doing )?well",
    "kindly",
    "(?:kind|best|warm|warmest|many) regards",
    "regards",
    "best wishes",
    "yours (?:sincerely|faithfully|truly)",
    "(?:bardzo |uprzejmie )?prosze",
    "z powazaniem",
    "(?:serdecznie )?pozdrawiam(?: serdecznie)?",
    "mam nadzieje ze (?:wszystko )?(?:w porzadku|dobrze)",
    "freundlicherweise",
    "bitte",
    "(?:mit )?(?:freundlichen|freundliche|viele|liebe|beste|besten|herzliche|herzlichen) gru(?:ss|ß)e?n?",
    "ich hoffe es geht (?:ihnen|euch) gut",
    "s il (?:vous|te) plait",
    "(?:bien )?cordialement",
    "bien a vous",
    "(?:sinceres |meilleures )?salutations",
    "veuillez agreer",
    "je vous prie d agreer",
    "(?:j )?espere que vous allez bien",
    "respectueusement",
    "cortesemente",
    "gentilmente",
    "per (?:favore|cortesia)",
    "(?:cordiali|distinti) saluti",
    "(?:un )?cordiale saluto",
    "saluti",
    "spero (?:che )?(?:stiate|state) bene",
    "por favor",
    "amablemente",
    "(?:un )?(?:cordial )?saludo",
    "saludos(?: cordiales)?",
    "atentamente",
    "cordialmente",
    "espero que (?:esteis|esten|estes) bien",
  ].join("|")})\\b`,
  "g",
);

/** The first words of the greetings (the text's first word is tested, nothing else). */
const GREETING_WORDS = wordSet(`dear hello hi hiya hey good dzień dobry szanowni szanowny szanowna witam guten
  hallo liebes sehr bonjour bonsoir madame monsieur cher chère chers chères gentili gentile gentilissimi
  gentilissima gentilissimo buongiorno buonasera salve spettabile egregi egregio estimados estimado estimada
  estimadas hola buenos buenas`);

/** The words a formula holds one of: a text with none (and no greeting) builds nothing. */
const ANCHORS = wordSet(`hope kindly regards wishes yours proszę poważaniem pozdrawiam nadzieję
  freundlicherweise bitte grüße grüßen grusse grussen hoffe plaît cordialement salutations veuillez prie
  espère respectueusement cortesemente gentilmente favore cortesia saluti saluto spero amablemente saludo
  saludos atentamente cordialmente espero`);

/**
 * The labels of a ticket's subject line ("Temat: Dostawa do paczkomatu — Dzień dobry, czy …?"): the
 * letter's greeting follows the subject (twenty-third pass, subject-faults.ts).
 */
const SUBJECT_LABELS = wordSet("subject title re betreff titel temat tytuł");
/** Words of a subject line read before its greeting, at most. */
const SUBJECT_WORDS = 14;

/** Where the greeting starts in the folded text: at 0, or after a subject line; −1 when there is none. */
function greetingStart(s: string, first: Token): number {
  if (!SUBJECT_LABELS.has(first.w)) return 0;
  const words = s.split(" ", SUBJECT_WORDS);
  let at = 0;
  for (const w of words) {
    if (at > 0 && GREETING_WORDS.has(w) && GREETING.test(s.slice(at))) return at;
    at += w.length + 1;
  }
  return -1;
}

/** Whether a negator stands within three words before k ("non è ancora arrivato", "not yet received"). */
function negatedBefore(tokens: Token[], look: Lookups, k: number): boolean {
  for (let j = k - 1, seen = 0; j >= 0 && seen < 3; j--) {
    if ((tokens[j] as Token).kind !== WORD) return false;
    seen++;
    if (anyIs(look, j, NEG)) return true;
  }
  return false;
}

/**
 * Whether the text reports a failure: a problem, complaint or owed-thing phrase, a thing awaited that
 * did not come ("non è ancora arrivato"), or a hand-written word of blame.
 */
function reportsFailure(tokens: Token[], look: Lookups): boolean {
  const phrases = mayHave(look, PROBLEM | COMPLAINT | ASK);
  const awaited = mayHave(look, EXPECT);
  for (let k = 0; k < tokens.length; k++) {
    if ((tokens[k] as Token).kind !== WORD) continue;
    if (awaited && anyIs(look, k, EXPECT) && negatedBefore(tokens, look, k)) return true;
    for (const row of look) {
      if (phrases && firstOf(row[k] ?? null, PROBLEM | COMPLAINT | ASK, tokens, k)) return true;
      const e = firstOf(row[k] ?? null, SENT, tokens, k);
      // A negator alone is no failure ("Nessuna novità ancora? Grazie!" asks), nor a word only the
      // generated lexicons judge ("banca" −1.6).
      if (e) {
        if (e.value.weight <= BLAME && e.prio === 1 && !anyIs(look, k, NEG)) return true;
        break;
      }
    }
  }
  return false;
}

/** Pushes the positions of the greeting and the formulas of politeness of a text that reports a failure. */
export function courtesyAt(tokens: Token[], look: Lookups, out: number[]): void {
  const first = tokens.find((t) => t.kind === WORD);
  const greets = first !== undefined && (GREETING_WORDS.has(first.w) || SUBJECT_LABELS.has(first.w));
  if (!greets && !mayHave(look, COURTESY_WORDS)) return;
  const f = foldedText(tokens);
  const marks: number[] = [];
  const at = greets ? greetingStart(f.s, first as Token) : -1;
  const g = at >= 0 ? GREETING.exec(f.s.slice(at)) : null;
  if (g) marks.push(...tokensOfMatch(f, at, g[0].length));
  for (const m of f.s.matchAll(FORMULAS)) marks.push(...tokensOfMatch(f, m.index, m[0].length));
  if (marks.length > 0 && reportsFailure(tokens, look)) out.push(...marks);
  // A question's greeting is no praise either ("Salve, … è normale?"); its formulas are read as above.
  else if (g && tokens.some((t) => t.kind === QUESTION)) out.push(...tokensOfMatch(f, at, g[0].length));
}

anchorWords(ANCHORS, COURTESY_WORDS);
