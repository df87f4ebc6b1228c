/**
 * Questions put to other people, not reports (social-mention pass, not-own-problem.ts): "anyone know if
 * X delivers to …?", "Weiß jemand, ob …?", "Quelqu'un connaît X ?", "Qualcuno ha provato X?", "¿Alguien
 * ha pedido en X?", "ktoś zamawiał z X?"; and "is X down or is it just me?" ("¿X está caído o es mi
 * wifi?", "czy X leży czy tylko u mnie?"). Not a question of how to do a thing ("Ktoś wie, jak się dobić
 * do ich działu reklamacji?", "Qualcuno mi spiega come si fa il reso…?"): that asks help with the author's
 * own trouble. Nor whether anyone at the shop reads or answers ("Does anyone there actually read emails?",
 * "czy ktoś w końcu odpisze?", "¿Alguien lee de verdad los correos ahí?"): the "anyone" is the shop's
 * staff and the question a complaint about its silence. Nor "anyone else …?" ("Anyone else waiting 3 weeks
 * for a refund?", "ktoś jeszcze?", "¿a alguien más…?"): "else" counts the asker in. The caller reads `rest` (the text without the questions) for a fault of the author's own
 * ("is the site down? I've been charged twice") and `own` (without the "down or just me" sentence, whose
 * "me" is only the asker checking) for I / my.
 */
const ASKS: Record<string, string> = {
  en: String.raw`\b(?:anyone|anybody|any1|has anyone|does anyone|did anyone|is anyone)\b`,
  de: String.raw`(?:weiß|hat|kennt|ist|war) (?:hier )?(?:schon )?(?:mal )?jemand(?!\p{L})|(?<!\p{L})jemand (?:hier )?(?:erfahrung|schon)`,
  fr: String.raw`(?<!\p{L})quelqu'un|(?<!\p{L})quelqu’un|(?<!\p{L})qqn(?!\p{L})`,
  it: String.raw`(?<!\p{L})qualcuno(?!\p{L})`,
  es: String.raw`(?<!\p{L})alguien(?!\p{L})`,
  pl: String.raw`(?<!\p{L})(?:czy )?ktoś(?!\p{L})`,
};
/** "X down or just me / my wifi?": the asker checks whether a fault is theirs before calling it one. */
const DOWN_OR_ME: Record<string, string> = {
  en: String.raw`\b(?:down|broken|not working|offline)\s+or\s+(?:is it\s+)?(?:just\s+)?(?:me|my|the|it's)\b`,
  de: String.raw`(?:down|offline|kaputt|tot)\s+oder\s+(?:liegt(?:'s| es)\s+an\s+mir|nur\s+bei\s+mir|bin ich)`,
  fr: String.raw`(?:en panne|down|hs|planté)\s+ou\s+(?:c'est|c’est)\s+(?:moi|mon|ma|juste)`,
  it: String.raw`(?:giù|down|bloccat\p{L}|in crash)\s+o\s+(?:sono\s+io|è\s+(?:il\s+)?mio|solo\s+(?:a\s+)?me)`,
  es: String.raw`(?:caíd[oa]|down|colgad[oa])\s+o\s+(?:es\s+(?:mi|cosa\s+mía|solo\s+a\s+mí)|soy\s+yo)`,
  pl: String.raw`(?:leży|nie działa|padł\p{L}*)\s+czy\s+(?:tylko\s+)?(?:u\s+mnie|to\s+ja)`,
};

/** "How" in a question to others: a request for help, not for news. */
const HOW: Record<string, string> = {
  en: String.raw`\bhow\b`,
  de: String.raw`(?<!\p{L})wie(?!\p{L})`,
  fr: String.raw`(?<!\p{L})(?:comment|où)(?!\p{L})`,
  it: String.raw`(?<!\p{L})(?:come|dove)(?!\p{L})`,
  es: String.raw`(?<!\p{L})(?:cómo|como|dónde)(?!\p{L})`,
  pl: String.raw`(?<!\p{L})(?:jak|gdzie)(?!\p{L})`,
};

/** "Else", "too": the asker is one of those asked about. */
const ELSE: Record<string, string> = {
  en: String.raw`\b(?:anyone|anybody|someone|somebody) else\b`,
  de: String.raw`(?<!\p{L})(?:(?:noch|sonst|auch) jemand|jemand (?:anderes|sonst|auch|noch))(?!\p{L})`,
  fr: "quelqu'un d'autre|quelqu’un d’autre|quelqu'un aussi",
  it: String.raw`(?<!\p{L})(?:qualcun altro|qualcun'altro|anche qualcuno|qualcuno anche)(?!\p{L})`,
  es: String.raw`(?<!\p{L})(?:alguien más|alguien mas|alguien también)(?!\p{L})`,
  pl: String.raw`(?<!\p{L})(?:ktoś (?:jeszcze|też|także|również)|jeszcze ktoś|kto jeszcze)(?!\p{L})`,
};
/** Reading or answering: the "anyone" asked about works at the shop. */
const STAFF: Record<string, string> = {
  en: String.raw`\b(?:reads?|answers?|repl(?:y|ies)|responds?|picks? up|calls? back|works? there)\b`,
  de: String.raw`(?<!\p{L})(?:liest|antwortet|meldet|ruft|erreichbar|zurück)(?!\p{L})`,
  fr: String.raw`(?<!\p{L})(?:lit|répond|rappelle|décroche)(?!\p{L})`,
  it: String.raw`(?<!\p{L})(?:legge|risponde|richiama)(?!\p{L})`,
  es: String.raw`(?<!\p{L})(?:lee|responde|contesta|devuelve la llamada)(?!\p{L})`,
  pl: String.raw`(?<!\p{L})(?:czyta|odpisze|odpisuje|odpowie|odpowiada|odbierze|odbiera|oddzwoni)(?!\p{L})`,
};

/**
 * What any question to others holds: an asking word of ASKS, with no space in it (ASKS is tried on a
 * clause's first words re-joined by single spaces), or the fault and "or" of DOWN_OR_ME (Italian, Spanish
 * and Polish: the "or" alone). A text without one asks nothing, and is not split into sentences.
 */
const KEY: Record<string, RegExp> = {
  en: /anyone|anybody|any1|(?:down|broken|working|offline)\s+or\s/,
  de: /jemand|(?:down|offline|kaputt|tot)\s+oder\s/,
  fr: /quelqu|qqn|(?:panne|down|hs|planté)\s+ou\s/,
  it: /qualcuno|\so\s/,
  es: /alguien|\so\s/,
  pl: /ktoś|\sczy\s/,
};

const COMPILED = new Map<
  string,
  { key: RegExp; asks: RegExp; down: RegExp; how: RegExp; staff: RegExp; also: RegExp }
>(
  Object.keys(ASKS).map((code) => [
    code,
    {
      key: KEY[code] as RegExp,
      asks: new RegExp(ASKS[code] as string, "u"),
      down: new RegExp(DOWN_OR_ME[code] as string, "u"),
      how: new RegExp(HOW[code] as string, "u"),
      staff: new RegExp(STAFF[code] as string, "u"),
      also: new RegExp(ELSE[code] as string, "u"),
    },
  ]),
);

/**
 * Whether `asks` stands in the first words of the sentence or of a clause after a colon or dash: the one
 * asked is addressed ("Weiß jemand…", "has anyone's order…"), not told of ("… e qualcuno deve metterci…").
 */
function opensWith(sentence: string, asks: RegExp): boolean {
  return sentence
    .split(/[:—–]|\s-\s/u)
    .some((clause) => asks.test(clause.trim().split(/\s+/u).slice(0, 3).join(" ")));
}

/** The lower-cased `text` without its questions to others, and without its "down or me" question; or null. */
export function askedOthers(lower: string, code: string): { rest: string; own: string } | null {
  const c = COMPILED.get(code);
  // Most texts ask nothing: one look for a "?" before the sentences.
  if (!c || !lower.includes("?") || !c.key.test(lower)) return null;
  const sentences = lower.split(/(?<=[?!.…])\s+|\n+/u);
  let asked = false;
  const rest: string[] = [];
  const own: string[] = [];
  for (const s of sentences) {
    const question = s.includes("?");
    const asks = question && opensWith(s, c.asks);
    if (asks && (c.how.test(s) || c.staff.test(s) || c.also.test(s))) return null;
    const down = question && c.down.test(s);
    if (down || asks) asked = true;
    else rest.push(s);
    if (!down) own.push(s);
  }
  return asked ? { rest: rest.join(" "), own: own.join(" ") } : null;
}
