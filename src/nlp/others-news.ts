/**
 * News told in the third person (social-mention pass, not-own-problem.ts): a shop, named in a sentence's
 * first words, confirms, recalls, announces or warns ("Snapkit has recalled its SK-3 charger…",
 * "Gartenglück bestätigt Datenleck…", "Mediaspeicher ruft die Powerbank … zurück", "Sacs&Co confirme une
 * fuite…", "GiocaStore ritira un giocattolo…", "JugueMundo retira un peluche…", "Butomania potwierdza
 * wyciek…"); a price-error headline ("Preisfehler bei …", "Erreur de prix chez …", "Error de precio en …");
 * and a forecast of delays ("expect a couple of days' delay", "paczki mogą mieć opóźnienie", "i pacchi
 * potrebbero arrivare in ritardo", "los paquetes pueden retrasarse"; plural: the parcels, not "it"). A reporter tells them; the caller
 * lets them stand only where the author says nothing of themself. A denied verb ("Le SAV ne rappelle
 * jamais", "il corriere non ritira") is a fault, not news.
 */
/** One to three words opening a sentence, not a pronoun: "This confirms that…" is an opinion, not news. */
const NAME = String.raw`(?:^|[.!?…:\n]\s*)(?!(?:it|this|that|which|es|das|dies|ce|cela|ça|ceci|questo|ciò|esto|eso|lo|to|co|jak|niestety)\s)(?:[\p{L}\d&'’+_-]+\s+){1,3}?`;
const ANNOUNCES: Record<string, string> = {
  en: "(?:confirms|has confirmed|announces|has announced|recalls|is recalling|has recalled|warns|has warned|admits|has admitted)",
  de: String.raw`(?:bestätigt|warnt|ruft\s[^.!?\n]*?\szurück|kündigt\s[^.!?\n]*?\san)`,
  fr: "(?:confirme|rappelle|annonce|avertit|met en garde|reconnaît|a confirmé|a annoncé)",
  it: "(?:conferma|ritira|richiama|annuncia|avverte|ammette|ha confermato|ha annunciato|ha ritirato)",
  es: "(?:confirma|retira|anuncia|advierte|reconoce|ha confirmado|ha anunciado|ha retirado)",
  pl: "(?:potwierdza|wycofuje|ogłasza|ostrzega|przyznaje)",
};
const PRICE_ERROR: Record<string, string> = {
  en: "(?:price|pricing) (?:error|glitch|mistake) (?:at|on)",
  de: "preisfehler (?:bei|im|auf)",
  fr: "erreur de prix (?:chez|sur)",
  it: "errore di prezzo (?:su|da|di)",
  es: "error de precio (?:en|de)",
  pl: String.raw`błąd cenow\p{L}+ (?:w|na)`,
};
const FORECAST: Record<string, string> = {
  en: String.raw`\bexpect (?:[\p{L}'’]+\s+){0,4}?delays?\b|\b(?:may|might|could|can) (?:be delayed|see delays|face delays)\b`,
  de: String.raw`stellt euch [^.!?\n]*?auf [^.!?\n]*?(?:verspätung|verzögerung)\p{L}* ein|(?:kann|können|könnte|könnten) es zu (?:verspätung|verzögerung)\p{L}* kommen|(?:können|könnten) sich (?:\p{L}+\s+)?verzögern`,
  fr: "attendez-vous à (?:des|du|quelques) retards?|(?:peuvent|pourraient|risquent d') (?:avoir|subir|connaître|prendre) (?:du|des|un peu de) retards?",
  it: "(?:potrebbero|possono) (?:arrivare in ritardo|subire ritardi|ritardare|avere ritardi)",
  es: "(?:pueden|podrían) (?:retrasarse|llegar con retraso|sufrir retrasos|tener retrasos)",
  pl: String.raw`mogą (?:mieć|być|się) (?:opóźnien\p{L}*|opóźnion\p{L}*|opóźnić)`,
};
const NOT =
  /(?<!\p{L})(?:not|never|no longer|doesn't|didn't|won't|nicht|nie|niemals|kein\p{L}*|ne|n'|pas|jamais|non|mai|no|nunca|jamás|nobody|no one|niemand|personne|nessuno|nadie|nikt)(?!\p{L})/u;

/**
 * Stems any piece of news holds, one at least: of each announcing verb, of the price error's first words,
 * of each forecast's delay. Few texts hold one, and the three patterns (NAME's word runs are dear) are
 * tried on those only.
 */
const KEY: Record<string, RegExp> = {
  en: /confirm|announc|recall|warn|admit|pric|delay/,
  de: /bestätigt|warnt|ruft|kündigt|preisfehler|verspätung|verzöger/,
  fr: /confirm|rappelle|annonc|avertit|met en garde|reconnaît|erreur de prix|retard/,
  it: /conferm|ritira|richiama|annunci|avverte|ammette|errore di prezzo|ritard/,
  es: /confirm|retira|anunci|advierte|reconoce|error de precio|retras/,
  pl: /potwierdza|wycofuje|ogłasza|ostrzega|przyznaje|błąd cenow|opóźni/,
};

const COMPILED = new Map<string, { key: RegExp; announces: RegExp; headline: RegExp; forecast: RegExp }>(
  Object.keys(ANNOUNCES).map((code) => [
    code,
    {
      key: KEY[code] as RegExp,
      announces: new RegExp(`${NAME}(${ANNOUNCES[code]})(?!\\p{L})`, "u"),
      headline: new RegExp(`(?:^|[.!?…\\n]\\s*)${PRICE_ERROR[code]}(?!\\p{L})`, "u"),
      forecast: new RegExp(`(?:${FORECAST[code]})`, "u"),
    },
  ]),
);

/** Whether the lower-cased `text` tells news in the third person: an announcement, a price error, a forecast. */
export function tellsNews(lower: string, code: string): boolean {
  const c = COMPILED.get(code);
  if (!c?.key.test(lower)) return false;
  if (c.headline.test(lower) || c.forecast.test(lower)) return true;
  const m = c.announces.exec(lower);
  if (!m) return false;
  // A denial in the verb's clause ("Le SAV ne rappelle jamais", "niemand ruft zurück", "il corriere non
  // ritira") is a fault told, not news; "…, Kunden sollen sie nicht mehr laden" is the news's advice.
  const end = lower.slice(m.index + m[0].length).search(/[,;.!?…\n]/u);
  return !NOT.test(end < 0 ? lower.slice(m.index) : lower.slice(m.index, m.index + m[0].length + end));
}
