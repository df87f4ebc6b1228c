/**
 * A bystander's relief (social-mention pass, not-own-problem.ts): "never been so glad I check out as
 * guest", "Menos mal que nunca he comprado en X", "meno male che non ho mai comprato da X", "Heureusement
 * que je commande toujours en invité", "jak dobrze że tam nie kupuję", "zum Glück bestelle ich da nie".
 * Relief, then within a few words a denial and a verb of buying, or a guest checkout: the author tells that the trouble passed
 * them by. Returns the text without that clause, which the caller reads for a fault of the author's own;
 * null when there is no such relief. Relief over a fault that did hit ("Zum Glück war ich daneben" after
 * smoke from a drill) has no denial and no guest in it.
 */
const RELIEF: Record<string, string> = {
  en: String.raw`\b(?:glad|thank god|thank goodness|thankfully|good thing|lucky|relieved)\b`,
  de: String.raw`(?<!\p{L})(?:zum glück|gut,? dass|wie gut,? dass|froh,? dass|gott sei dank)(?!\p{L})`,
  fr: String.raw`(?<!\p{L})(?:heureusement|content\p{L}* que|ravi\p{L}* que|dieu merci)(?!\p{L})`,
  it: String.raw`(?<!\p{L})(?:meno male|per fortuna|fortuna che|per fortuna che|grazie al cielo)(?!\p{L})`,
  es: String.raw`(?<!\p{L})(?:menos mal|por suerte|suerte que|gracias a dios|afortunadamente)(?!\p{L})`,
  pl: String.raw`(?<!\p{L})(?:(?:jak )?dobrze,? że|całe szczęście|na szczęście|chwała bogu)(?!\p{L})`,
};
/** Within a few words of the relief: a denial and a verb of buying ("never bought there"), or a guest checkout. */
const NOT: Record<string, string> = {
  en: String.raw`\b(?:never|not|don't|didn't|do not|did not)\b`,
  de: String.raw`(?<!\p{L})(?:nie|niemals|nicht|kein\p{L}*)(?!\p{L})`,
  fr: String.raw`(?<!\p{L})(?:jamais|pas)(?!\p{L})`,
  it: String.raw`(?<!\p{L})(?:non|mai)(?!\p{L})`,
  es: String.raw`(?<!\p{L})(?:nunca|no|jamás)(?!\p{L})`,
  pl: String.raw`(?<!\p{L})(?:nie|nigdy)(?!\p{L})`,
};
const BUYS: Record<string, string> = {
  en: String.raw`(?:buy|bought|order|ordered|shop|shopped|use|used|signed up|have an account|had an account)\b`,
  de: String.raw`(?:bestell\p{L}*|kauf\p{L}*|gekauft|kunde|kundin|konto)(?!\p{L})`,
  fr: String.raw`(?:command\p{L}*|achet\p{L}*|achat|client\p{L}*|compte)(?!\p{L})`,
  it: String.raw`(?:comprat\p{L}|compro|ordinat\p{L}|ordino|client\p{L}|account)(?!\p{L})`,
  es: String.raw`(?:comprad\p{L}|compro|compré|pedido|pido|pedí|client\p{L}+|cuenta)(?!\p{L})`,
  pl: String.raw`(?:kupuj\p{L}*|kupował\p{L}*|kupił\p{L}*|zamawia\p{L}*|zamówił\p{L}*|klient\p{L}*|kont\p{L})(?!\p{L})`,
};
const GUEST: Record<string, string> = {
  en: String.raw`as (?:a )?guest\b`,
  de: String.raw`als gast(?!\p{L})`,
  fr: String.raw`en (?:tant qu'|tant qu’)?invité(?!\p{L})`,
  it: String.raw`come ospite(?!\p{L})`,
  es: String.raw`como invitad[oa](?!\p{L})`,
  pl: String.raw`jako gość(?!\p{L})`,
};
const WORDS = (n: number) => String.raw`(?:[\s,]+[\p{L}'’]+){0,${n}}?[\s,]+`;

/**
 * A denial's stem or the guest (NOT, GUEST): any relief clause holds one. Tried before the clause, whose
 * relief words and lazy word runs cost more on the many texts that hold neither.
 */
const KEY: Record<string, RegExp> = {
  en: /n't|not|never|guest/,
  de: /nie|nicht|kein|als gast/,
  fr: /jamais|pas|invité/,
  it: /non|mai|come ospite/,
  es: /nunca|no|jamás|como invitad/,
  pl: /nie|nigdy|jako gość/,
};

const COMPILED = new Map<string, { key: RegExp; clause: RegExp }>(
  Object.keys(RELIEF).map((code) => [
    code,
    {
      key: KEY[code] as RegExp,
      clause: new RegExp(
        `(?:${RELIEF[code]})${WORDS(6)}(?:(?:${NOT[code]})${WORDS(3)}(?:${BUYS[code]})|(?:${GUEST[code]}))[^.!?…\\n]*`,
        "u",
      ),
    },
  ]),
);

/** The lower-cased `text` without a bystander's relief clause, or null when it has none. */
export function bystanderRest(lower: string, code: string): string | null {
  const c = COMPILED.get(code);
  const m = c?.key.test(lower) ? c.clause.exec(lower) : null;
  return m ? lower.slice(0, m.index) + lower.slice(m.index + m[0].length) : null;
}
