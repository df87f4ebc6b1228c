/**
 * Social-mention pass (docs/classification.md): in a brand-monitoring feed many posts tell no problem of
 * their author's, yet carry a problem's words (leak, recall, strike, delay, down, cancelled). News told in
 * the third person (others-news.ts), a question put to other people (others-questions.ts), a bystander's
 * relief (bystanders.ts) and a retweeted promotion or giveaway are neutral and no complaint, unless the
 * author says I / my / we or addresses the shop by @handle (first-person.ts), or the rest of the text
 * tells a fault of its own ("is the site down? I've been charged twice and have no order").
 */
import { bystanderRest } from "./bystanders.js";
import { addressesByHandle, speaksOfSelf } from "./first-person.js";
import { tellsNews } from "./others-news.js";
import { askedOthers } from "./others-questions.js";

/** A retweet's header, then a giveaway or a sale: the shop's own promotion passed on. */
const RETWEET = /^\s*rt\s?@[\p{L}\d_]+\s?:/u;
const PROMO =
  /(?<!\p{L})(?:giveaway|contest|competition|win|sale|\d+\s?% off|gewinnspiel|gewinne|verlosung|konkurs|wygraj|rozdanie|concours|gagner|gagne[zr]?|concorso|vinci|sorteo|concurso|gana|ganar|promo\p{L}*)(?!\p{L})/u;

/**
 * Which kind of post tells no problem of its author's, or null. "news" and "asked" may carry the author's
 * own praise beside them ("X announces free shipping, love it!"); "bystander" and "promo" are neutral
 * whatever their words (relief and giveaways read as praise). `faults` reads a part of the text for a fault
 * of its own (topic problems or complaint markers); it is asked only of what is left beside a question or
 * relief.
 */
export function notOwnProblem(
  text: string,
  code: string,
  faults: (rest: string) => boolean,
): "news" | "asked" | "bystander" | "promo" | null {
  const lower = text.toLowerCase();
  if (RETWEET.test(lower)) return PROMO.test(lower) ? "promo" : null;
  if (tellsNews(lower, code)) return speaksOfSelf(lower, code) ? null : "news";
  const asked = askedOthers(lower, code);
  const rest = asked?.rest ?? bystanderRest(lower, code);
  if (rest === null || addressesByHandle(lower) || speaksOfSelf(asked?.own ?? rest, code)) return null;
  if (faults(rest)) return null;
  return asked ? "asked" : "bystander";
}
