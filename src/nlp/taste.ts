/**
 * A dislike the reviewer hedges as personal taste (product reviews, fourth writer's dev set): "not for
 * me", "not a fan of", "Geschmackssache", "mir persönlich … zu", "je n'ai pas accroché", "non fa per me",
 * "no me convence … cuestión de gustos", "nie w moim guście". The thing is not faulted, so it is no
 * complaint, but the review is negative: the reviewer did not like it. A hedge alone ("es cuestión de
 * gustos", "choć to kwestia gustu") needs a "not" or a "too" beside it, a dislike said outright does not.
 * A dislike turned by a "but" into praise is praise ("Not a fan of the old model, but the new one is
 * brilliant", "nicht mein Ding, aber diese Jacke ist einfach super"), unless what follows the "but" is
 * the hedge itself ("Pero bueno, es cuestión de gustos").
 */
import { analyse } from "./analyse.js";
import { shippedReading } from "./reading.js";

/** A personal dislike said outright. */
const DISLIKE: Record<string, string> = {
  en: "not for me|not a fan of|not my (?:taste|thing|cup of tea)|not to my taste|didn't (?:click|gel) with me",
  de: "nicht mein (?:geschmack|ding|fall)|nicht meins|gefällt mir (?:\\p{L}+ ){0,3}(?:nicht|gar nicht)|nicht nach meinem geschmack",
  fr: "pas pour moi|pas accroché|pas à mon goût|pas mon truc|pas trop mon truc",
  it: "non fa per me|non è di mio gusto|non è il mio genere|non mi ha preso|non mi ha convinto|non incontra i miei gusti",
  es: "no es para mí|no me convence|no es de mi gusto|no me ha enganchado|no me ha convencido",
  pl: "nie w moim guście|nie dla mnie|nie przypadł\\p{L}* mi do gustu|nie moja bajka",
};
/** A hedge that a dislike is the reviewer's own: counts beside a "not" or a "too". */
const HEDGE: Record<string, string> = {
  en: "maybe it's (?:just )?me|just me|personal taste|matter of taste",
  de: "geschmackssache|mir persönlich|ansichtssache",
  fr: "question de goût|à mon goût|affaire de goût|c'est personnel",
  it: "questione di gust[io]|a mio gusto|de gustibus",
  es: "cuestión de gustos|para mi gusto|a mi gusto|sobre gustos",
  pl: "kwestia gustu|rzecz gustu",
};
const NOT_OR_TOO: Record<string, string> = {
  en: "not|n't|never|nowhere|too",
  de: "nicht|kein\\p{L}*|zu",
  fr: "pas|jamais|trop",
  it: "non|mai|troppo",
  es: "no|nunca|demasiado",
  pl: "nie|za|zbyt",
};

/** A "but" that may turn the dislike before it. */
const CONTRAST: Record<string, string> = {
  en: "but|though|however|yet",
  de: "aber|doch|jedoch|trotzdem",
  fr: "mais|pourtant|cependant",
  it: "ma|però|invece|tuttavia",
  es: "pero|sin embargo|aunque",
  pl: "ale|a|jednak|lecz",
};
/** What follows the "but" must read at least this warmly to turn the dislike: plain praise, not "bueno". */
const TURNED_AT = 0.5;

const compile = (spec: Record<string, string>) =>
  new Map(Object.entries(spec).map(([code, s]) => [code, new RegExp(`(?<!\\p{L})(?:${s})(?!\\p{L})`, "iu")]));
const DISLIKES = compile(DISLIKE);
const HEDGES = compile(HEDGE);
const NEGATES = compile(NOT_OR_TOO);
const CONTRASTS = compile(CONTRAST);

/** Whether a "but" after the dislike opens praise that is no hedge. */
function turnedAfter(tail: string, code: string): boolean {
  const m = CONTRASTS.get(code)?.exec(tail);
  if (!m) return false;
  const rest = tail.slice(m.index + m[0].length);
  if (HEDGES.get(code)?.test(rest)) return false;
  return shippedReading(analyse(rest, code)).score >= TURNED_AT;
}

/** A smile closing the text makes the dislike light-hearted ("Not a fan of Mother Nature today. :)"). */
const SMILE_CLOSES = /(?::-?\)|:D|;-?\)|[🙂😊😀😃😄😁😉☺])\s*$/u;

/** Whether the text dislikes its thing as a matter of the reviewer's own taste. */
export function tasteOnly(text: string, code: string): boolean {
  if (SMILE_CLOSES.test(text)) return false;
  const dislike = DISLIKES.get(code)?.exec(text);
  if (dislike) return !turnedAfter(text.slice(dislike.index + dislike[0].length), code);
  return (HEDGES.get(code)?.test(text) ?? false) && (NEGATES.get(code)?.test(text) ?? false);
}
