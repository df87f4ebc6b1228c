import { CLOSING, CONTRAST, firstOf, INT, NEG, PROBLEM, SENT, SUBJECT } from "./packs.js";
import { sentenceSpans } from "./sentence-spans.js";
import { anyIs, type Lookups } from "./sentiment.js";
import { QUESTION, type Token, WORD } from "./text.js";

/**
 * Twenty-fifth pass (docs/classification.md): a fault told as a fact, then a short closing sentence of
 * praise or thanks: "Rabat 20% zniknął na ostatnim kroku, zapłaciłam pełną cenę. Dzięki wielkie.", "Le
 * talon … s'est détaché en pleine rue. Super la qualité..." (first writer); "Your site has been throwing a
 * 502 … Sort it out please!!" (third writer); "… on hold for over 2 hours and my call got disconnected.
 * Thanks a lot." (airline). Nothing in such a closing praises in earnest: it is irony or courtesy, and the
 * fault decides the tone. Earnest praise after a gripe turns ("Love it though", "Otherwise great",
 * "Still happy"), names a thing of its own ("Love the colour!"), or tells the fault put right (redress.ts,
 * read before this); thanks in a text that asks something is for the answer.
 */

/** A closing this long at most: "Super la qualité", "Thanks a lot", "Sort it out please". */
const MAX_WORDS = 4;

/** Words of a closing that neither praise nor name anything: articles, pronouns, "is", "it", "out". */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the this that it is was so what such how out up me us all
   der die das es ist war so wie mir uns alles
   to jest było tak co za mi nam na
   le la les l c ce est quel quelle quelle vraiment me nous tout
   il lo la l è che così proprio mi ci tutto
   el la lo es qué que tan muy me nos todo`
    .split(/\s+/)
    .filter(Boolean),
);

/** What makes thanks or praise big: "Thanks a lot", "Dzięki wielkie", "Merci beaucoup", "Grazie mille". */
const BIG: ReadonlySet<string> = new Set(
  "lot bunch much wielkie wielki wielkie ogromne stokrotne beaucoup mille tante muchas mil vielen tausend herzlichen".split(
    " ",
  ),
);

/**
 * Words that turn a closing into earnest praise beside the gripe: "though", "still", "otherwise",
 * "anyway", "overall", in six languages (contrast words proper are read from the lexicons).
 */
const EARNEST: ReadonlySet<string> = new Set(
  `though still otherwise anyway overall apart besides
   trotzdem sonst ansonsten dennoch insgesamt
   mimo poza jednak ogólnie ogolnie nadal
   quand sinon pourtant malgré malgre globalement
   comunque resto nonostante complessivamente
   igual igualmente resto todas general`
    .split(/\s+/)
    .filter(Boolean),
);

/** The valence of the word at i in the first language read that has one, or 0. */
function valenceAt(look: Lookups, tokens: Token[], i: number): number {
  for (const row of look) {
    const e = firstOf(row[i] ?? null, SENT, tokens, i);
    if (e) return e.value.weight;
  }
  return 0;
}

/**
 * Whether the text's last sentence is a closing of praise, thanks or courtesy and nothing else (see
 * above), after a body of its own with no "but" in it. Its words each praise or thank (a valence above 0,
 * a closing formula), boost ("a lot", "wielkie"), are function words, or name a topic's subject
 * ("qualité", "service"); at least one praises or thanks; none negates, turns or tells a problem.
 */
export function closesWithPraise(tokens: Token[], look: Lookups): boolean {
  const spans = sentenceSpans(tokens);
  const last = spans[spans.length - 1];
  if (spans.length < 2 || !last || last.words.length > MAX_WORDS) return false;
  // Thanks after a question is for the answer asked ("… is a delay likely? Thanks so much."): courtesy.
  for (const t of tokens) if (t.kind === QUESTION) return false;
  // A "but" in the body turns its fault ("Colis abîmé, mais remplacé en 24h. Super le service."): the
  // closing may be earnest, and irony follows a fault told plainly.
  for (let k = 0; k < last.from; k++) if (anyIs(look, k, CONTRAST)) return false;
  let praise = false;
  for (let k = last.from; k < last.to; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== WORD) continue;
    if (EARNEST.has(t.w) || anyIs(look, k, NEG | CONTRAST | PROBLEM)) return false;
    const v = valenceAt(look, tokens, k);
    if (v < 0) return false;
    if (v > 0 || anyIs(look, k, CLOSING)) praise = true;
    else if (!(FUNCTION_WORDS.has(t.w) || BIG.has(t.w) || anyIs(look, k, INT | SUBJECT))) return false;
  }
  return praise;
}
