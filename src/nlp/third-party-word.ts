/**
 * Twenty-fifth pass (docs/classification.md): the shop's fault set against a third party's word that all
 * is well: "Me rechaza la tarjeta una y otra vez pero el banco dice que está todo bien" (first writer), "La
 * app me rechaza la tarjeta, pero el banco dice que todo está bien" (third writer); "… but the bank says
 * everything is fine", "… aber die Bank sagt, alles ist in Ordnung", "… mais la banque dit que tout va
 * bien", "… ma la banca dice che è tutto a posto", "… ale bank twierdzi, że wszystko jest w porządku".
 * "Fine" is the other party's word, said to deny a fault on their side: it puts the fault on the shop and
 * praises nothing. Read from the text as written, in lower case: a "but", a few words (who speaks), a verb
 * of saying, then "all is well" before the sentence ends.
 */
const SAYS: Record<string, RegExp> = {
  en: /\b(?:but|yet)\s+(?:[\p{L}']+\s+){0,3}?(?:says?|said|claims?|claimed|insists?|insisted|tells? me|told me|swears?)\b[^.!?…\n]*?\b(?:everything|all|it)(?:'s|\s+is|\s+was|\s+looks)?\s+(?:fine|ok|okay|good|in order|correct|normal)\b/u,
  de: /(?:^|[\s,])(?:aber|doch)\s+(?:\p{L}+\s+){0,3}?(?:sagt|sagen|sagte|meint|meinen|behauptet|behaupten|versichert)(?!\p{L})[^.!?…\n]*?(?:alles|es)\s+(?:\p{L}+\s+)?(?:in ordnung|ok|okay|gut|korrekt|normal)(?!\p{L})/u,
  pl: /(?:^|[\s,])(?:ale|a)\s+(?:\p{L}+\s+){0,3}?(?:mówi|mówią|twierdzi|twierdzą|powiedział\p{L}*|zapewnia\p{L}*|pisze|piszą)(?!\p{L})[^.!?…\n]*?wszystko\s+(?:jest\s+)?(?:w porządku|ok|okej|dobrze|gra|poprawnie)(?!\p{L})/u,
  fr: /(?:^|[\s,])mais\s+(?:[\p{L}']+\s+){0,3}?(?:dit|disent|affirme|affirment|assure|assurent|prétend|prétendent|a dit|m'a dit|me dit|m'assure)(?!\p{L})[^.!?…\n]*?tout\s+(?:va\s+bien|est\s+(?:ok|en ordre|normal|correct|bon)|est\s+bien|roule)(?!\p{L})/u,
  it: /(?:^|[\s,])(?:ma|però)\s+(?:[\p{L}']+\s+){0,3}?(?:dice|dicono|ha detto|hanno detto|mi dice|mi dicono|sostiene|sostengono|afferma|assicura)(?!\p{L})[^.!?…\n]*?(?:tutto|è tutto)\s+(?:è\s+)?(?:a posto|ok|regolare|in ordine|bene|normale)(?!\p{L})/u,
  es: /(?:^|[\s,])(?:pero|sin embargo)\s+(?:\p{L}+\s+){0,3}?(?:dice|dicen|dijo|dijeron|me dice|me dicen|asegura|aseguran|afirma|insiste)(?!\p{L})[^.!?…\n]*?(?:todo\s+(?:está\s+|esta\s+)?(?:bien|en orden|correcto|ok|normal)|está\s+todo\s+(?:bien|en orden|correcto|ok))(?!\p{L})/u,
};

/** The text without the third party's word (from its "but" to the sentence's end), or null when it has none. */
export function withoutThirdPartyWord(text: string, code: string): string | null {
  const says = SAYS[code];
  if (!says) return null;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  const m = says.exec(lower);
  if (!m) return null;
  const from = m.index;
  const rest = lower.slice(from).search(/[.!?…\n]/u);
  const to = rest < 0 ? text.length : from + rest;
  return text.slice(0, from) + text.slice(to);
}
