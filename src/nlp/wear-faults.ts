/**
 * A product that gave way after little use, told as a fact (twenty-fourth pass, a construction both
 * writers of the fresh sets use, docs/classification.md): a change of state of the thing and a short span
 * of use in one sentence: "went from green to a washed-out mint after one cold wash", "by day 8 it was
 * shedding", "hat beim Waschen abgefärbt", "po jednym praniu zrobiła się blado-łososiowa", "zamek zaciął się
 * po tygodniu", "dopo due settimane il tacco si è staccato", "a las 2 semanas perdió una rueda". Neither
 * half carries a word of blame, so the lexicons miss it; each alone is common in praise ("after a week I
 * love it", "colour went from pale to deep as it dried"), so both must be there, and a negation before the
 * change ("hasn't faded after 10 washes", "no se han desteñido") is praise, not a fault. The product's
 * quality. Read from the text as written, in lower case, per sentence.
 */

/** A short span of use: washes, wears, days, weeks or a month or two, counted or "the first". */
const SPAN: Record<string, RegExp> = {
  en: /\b(?:after|within|by)\s+(?:just\s+|only\s+)?(?:one|a|an|two|three|four|five|\d{1,2}|the first|the second|a single)\s+(?:\w+\s+)?(?:wash(?:es)?|wears?|uses?|days?|weeks?|months?|nights?|rides?|runs?)\b|\bby day \d{1,2}\b/u,
  de: /(?:beim (?:ersten |zweiten )?waschen|(?:nach|innerhalb)\s+(?:nur\s+)?(?:einer|einem|der ersten|dem ersten|zwei|drei|vier|\d{1,2})\s+(?:\p{L}+\s+)?(?:wäschen?|waschgängen?|waschgang|tag(?:en)?|wochen?|monat(?:en)?|benutzungen|benutzung|mal tragen))/u,
  pl: /(?:po|przez)\s+(?:jednym|pierwszym|drugim|dwóch|trzech|\d{1,2}|kilku)?\s*(?:\p{L}+\s+)?(?:praniu|praniach|tygodniu|tygodniach|dniu|dniach|miesiącu|miesiącach|użyciu|użyciach|założeniu)(?!\p{L})/u,
  fr: /(?:après|au bout d[e']|dès)\s*(?:un|une|deux|trois|quatre|\d{1,2}|le premier|la première|la deuxième|le deuxième|la seconde)\s+(?:\p{L}+\s+)?(?:lavages?|jours?|semaines?|mois|utilisations?|ports?|nuits?)(?!\p{L})|\bau (?:premier|deuxième|second) lavage/u,
  it: /(?:dopo|entro|già dopo)\s+(?:un|una|uno|due|tre|quattro|\d{1,2}|il primo|la prima|il secondo)\s+(?:\p{L}+\s+)?(?:lavaggi?|giorni|giorno|settimane?|mes[ei]|utilizz[oi]|usi|uso)(?!\p{L})|\bal (?:primo|secondo) lavaggio/u,
  es: /(?:después de|tras|a los|a las|al cabo de|en)\s+(?:un|una|dos|tres|cuatro|\d{1,2}|la primera|el primer|la segunda)\s+(?:\p{L}+\s+)?(?:lavad[oa]s?|lavados?|días?|semanas?|mes(?:es)?|usos?)(?!\p{L})|\ben la (?:primera|segunda) lavada|\b(?:al|a la) (?:mes|semana|año|(?:primer|segundo|tercer) (?:día|uso|lavado))(?!\p{L})/u,
};

/** A change of state: colour gone, shrunk, shedding, a part come off, jammed, stopped working. */
const CHANGE: Record<string, RegExp> = {
  en: /\b(?:went from|faded|shr[au]nk|shedding|sheds|pilling|bobbled|peel(?:ed|ing)|(?:came|come|went|fell|coming|falling) (?:off|apart|unstuck|undone|loose)|fell to bits|stopped working|died|snapped|split|ripped|tore|rusted|discolou?red|bled|leaking|started (?:to )?(?:leak|peel|fray|crack|rust|smell)\w*)\b/u,
  de: /(?:sich\s+(?:\p{L}+\s+){0,4}gelöst|abgefärbt|eingelaufen|ausgeleiert|verblasst|ausgebleicht|abgelöst|löst sich|abgefallen|abgerissen|gerissen|aufgeplatzt|klemmt|verrostet|rostet|pillt|fusselt|kaputtgegangen|kaputt gegangen|geht nicht mehr|funktioniert nicht mehr)(?!\p{L})/u,
  pl: /(?:zrobił[aoy]? się|zaciął się|zacina się|odpadł\p{L}*|odkleił\p{L}*|rozpadł\p{L}*|rozlazł\p{L}*|rozpruł\p{L}*|sprał\p{L}*|spłowiał\p{L}*|wyblakł\p{L}*|zblakł\p{L}*|skurczył\p{L}*|pękł\p{L}*|pęka|przestał\p{L}* działać|zardzewiał\p{L}*|mechaci się|zmechacił\p{L}*)(?!\p{L})/u,
  fr: /(?:s'est (?:détaché|décollé|décousu|déchiré|cassé|effiloché|troué)e?s?|se (?:décolle|détache|découd|déchire)|a (?:déteint|rétréci|bouloché|rouillé|lâché)|ont (?:déteint|rétréci|bouloché|lâché)|ne (?:fonctionne|marche) plus|est tombée? en panne)(?!\p{L})/u,
  it: /(?:si (?:è|sono) (?:staccat|scollat|scucit|rott|strappat|bucat|ristrett|scolorit)\p{L}*|si (?:stacca|scolla|scuce|rompe)|(?:ha|hanno) (?:stinto|scolorito|smesso di funzionare)|(?:è|sono) (?:stinto|stinti|scolorit\p{L}*|ristrett\p{L}*)|non funziona più)(?!\p{L})/u,
  es: /(?:se (?:despegó|descosió|descosieron|desprendió|soltó|rompió|rajó|encogió|destiñó|decoloró|oxidó|abrieron|agrietó|rasgó|quemó|estropeó)|(?:perdió|perdieron) (?:una|un|el|la|los|las)|(?:dejó|dejaron) de funcionar|(?:destiñó|encogió|desteñid[oa]s?|encogid[oa]s?))(?!\p{L})/u,
};

/** A negation just before the change: "hasn't faded", "nicht eingelaufen", "nie sprała się", "no se ha desteñido". */
const NOT: Record<string, RegExp> = {
  en: /\b(?:not|never|no|hasn't|haven't|didn't|doesn't|won't|hasnt|havent|didnt|without)\s+(?:\w+\s+){0,2}$/u,
  de: /(?:nicht|nie|kein\p{L}*|ohne)\s+(?:\p{L}+\s+){0,2}$/u,
  pl: /(?:nie|nic|ani)\s+(?:\p{L}+\s+){0,2}$/u,
  fr: /(?:ne|n'|pas|jamais|sans)\s*(?:\p{L}+\s+){0,2}$/u,
  it: /(?:non|mai|senza)\s+(?:\p{L}+\s+){0,2}$/u,
  es: /(?:no|nunca|sin)\s+(?:\p{L}+\s+){0,2}$/u,
};

/** Whether a sentence of `text` tells that the product gave way after little use. */
export function woreOut(text: string, code: string): boolean {
  const span = SPAN[code];
  const change = CHANGE[code] as RegExp;
  const not = NOT[code] as RegExp;
  if (!span) return false;
  const lower = text.toLowerCase();
  // Most texts tell no span of use: one test of the whole text before the sentences.
  if (!span.test(lower)) return false;
  for (const sentence of lower.split(/[.!?…]+(?:\s|$)|\n/u)) {
    if (!span.test(sentence)) continue;
    const m = change.exec(sentence);
    if (m && !not.test(sentence.slice(0, m.index))) return true;
  }
  return false;
}
