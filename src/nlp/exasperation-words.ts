/**
 * Words of complaint questions and exasperated complaints said without a negative word, per language
 * (eighteenth pass, docs/classification.md): "How many more times do I have to ask?", "third time I'm
 * writing", "day 12 and counting", "how hard is it to…?", "who do I have to call to get…?", "do you
 * even read…?", "zero answers". Written for Firebreak. The patterns read a sentence's words joined by
 * single spaces, in lower case and without marks ("cuantas veces mas"), so the marked and the bare
 * spelling both match; word stems stand for their inflected forms ("pis" for "pisać", "piszę").
 */

export interface Exasperation {
  /** Words a sentence must hold one of before the patterns are tried (as typed, marked and bare). */
  anchors: ReadonlySet<string>;
  /** Each alone says the sentence complains, whatever closes it. */
  always: RegExp[];
  /** Say it only in a question (closed by "?", or by the end of the text without a mark). */
  asked: RegExp[];
  /** "How many times" (count) or "how long" (wait): a complaint with a "more" word or an obligation. */
  howMany: RegExp;
  howLong: RegExp;
  more: RegExp;
  /** "have to", "muszę", "soll", "dois", "devo", "tengo que". */
  must: RegExp;
  /** Verbs of writing, asking, calling, chasing and waiting (stems). */
  contact: RegExp;
  wait: RegExp;
  /** "third", "czwarty", "dritte", "troisième", "terza", "cuarto", then a message, or a time with a contact verb. */
  ordinal: RegExp;
  /** "Who" + obligation + contact verb + a purpose ("to get", "żeby", "damit", "pour que"). */
  who: RegExp;
  purpose: RegExp;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Ordinals from the third to the tenth, and "nth", folded, per language. */
const EN_ORD =
  "(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|3rd|4th|5th|6th|7th|8th|9th|10th|umpteenth|nth)";
const PL_ORD = "(?:trzec|czwart|piat|szost|siodm|osm|dziewiat|dziesiat)\\w*";
const DE_ORD = "(?:dritt|viert|funft|fuenft|sechst|siebt|acht|neunt|zehnt)e[nmrs]?";
const FR_ORD =
  "(?:troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|\\d+e|\\d+eme|enieme|nieme)";
const IT_ORD = "(?:terz|quart|quint|sest|settim|ottav|non|decim|ennesim)[oa]";
const ES_ORD =
  "(?:tercer|tercera|cuart[oa]|quint[oa]|sext[oa]|septim[oa]|octav[oa]|noven[oa]|decim[oa]|enesim[oa])";

/** "Which time is this", "for the umpteenth time": said or asked. */
const NTH: Record<string, RegExp> = {
  en: /\b(?:for the|how many times) (?:umpteenth|nth|hundredth) time\b/,
  pl: /\bktor(?:y|ym) (?:to )?(?:juz )?raz\w*\b/,
  de: /\bzum (?:wievielten|x-ten|xten|hundertsten|zigsten) mal\b/,
  fr: /\bpour la (?:combientieme|enieme|nieme|centieme) fois\b/,
  it: /\bper l ennesima volta\b/,
  es: /\bpor (?:enesima|centesima) vez\b/,
};

export const EXASPERATION: Record<string, Exasperation> = {
  en: {
    // Ordinals, not message nouns: "time", "call" and "email" are in one airline tweet of ten.
    anchors: set(`how who whom much take even ever zero counting umpteenth nth
      third fourth fifth sixth seventh eighth ninth tenth 3rd 4th 5th 6th 7th 8th 9th 10th`),
    always: [
      new RegExp(
        `\\b${EN_ORD} (?:\\w+ )?(?:e-?mails?|mails?|messages?|calls?|tickets?|complaints?|chats?|reminders?)\\b`,
      ),
      NTH["en"] as RegExp,
      /\b(?:day|week) \d+ and counting\b/,
      /\b(?:zero|0) (?:answers?|repl(?:y|ies)|responses?|feedback)\b/,
    ],
    asked: [
      NTH["en"] as RegExp,
      /\bhow (?:hard|difficult|complicated) (?:is it|can it be|could it be|can it possibly be)\b/,
      /\bis it (?:\w+ )?(?:so|that|really) (?:hard|difficult|complicated)\b/,
      /\b(?:is it )?(?:too much|asking too much) to ask\b/,
      /\bhow is (?:it|this|that) (?:even )?possible\b/,
      /\bwhat does it take to\b/,
      /\bdo(?:es)? (?:you|anyone|anybody) (?:even|ever|actually) (?:read|answer|reply|respond|check|look)\b/,
      /\bhow long (?:does it take|do) you (?:\w+ )?to (?:answer|reply|respond|get back)\b/,
    ],
    howMany: /\bhow (?:many (?:more |other )?times|often)\b/,
    howLong: /\bhow (?:long|much longer|many more (?:days|weeks|months|hours))\b/,
    more: /\b(?:many more|many other|longer|still)\b/,
    must: /\b(?:have to|need to|got to|gotta|must|supposed to|has to|will i have)\b/,
    contact:
      /\b(?:ask|writ|e-?mail|mail|call|phon|ring|tell|explain|send|chas|contact|remind|repeat|complain|messag|wait|chat|talk|speak)/,
    wait: /\b(?:wait|until|till|before)/,
    ordinal: new RegExp(`\\b${EN_ORD} times?\\b`),
    who: /\bwho(?:m)? (?:\w+ )?(?:do|must|should|will) (?:i|we) (?:\w+ )?(?:have to |need to |got to )?(?:call|phone|ring|email|write|talk|speak|contact|ask)/,
    purpose: /\b(?:to (?:\w+ )?(?:get|have|make|finally)|so (?:that|someone)|finally|once and for all)\b/,
  },
  pl: {
    anchors:
      set(`ile kogo kim komu tak mozliwe możliwe ogóle ogole zero raz razy mail maila maile wiadomość wiadomosc
      telefon zgłoszenie zgloszenie dzień dzien dalej nadal wciąż wciaz ciągle ciagle który ktory którym ktorym`),
    always: [
      new RegExp(
        `\\b${PL_ORD} (?:\\w+ )?(?:mail\\w*|e-mail\\w*|wiadomos\\w*|telefon\\w*|zgloszeni\\w*|reklamacj\\w*|monit\\w*)\\b`,
      ),
      NTH["pl"] as RegExp,
      /\b(?:dzien|dnia) \d+\b.*\b(?:czeka|dalej|nadal|wciaz)/,
      new RegExp(`\\b${PL_ORD} dzien\\b.*\\b(?:czeka|dalej|nadal|wciaz)`),
      /\b(?:dalej|nadal|wciaz|ciagle) (?:\w+ )?czekam\w*\b/,
      /\bzero (?:odpowiedzi|odzewu|reakcji)\b/,
    ],
    asked: [
      NTH["pl"] as RegExp,
      /\b(?:az |naprawde |czy )?tak (?:trudno|ciezko|skomplikowane|trudne)\b/,
      /\b(?:za|tak) (?:duzo|wiele) (?:prosic|wymagac|oczekiwac|chciec)\b/,
      /\bjak to (?:jest )?(?:mozliwe|mozna)\b/,
      /\bczy (?:to )?(?:w ogole )?(?:jest )?mozliwe ze\b.*\bnikt\b/,
      /\bw ogole (?:\w+ )?(?:czytacie|odpowiadacie|odpisujecie|sprawdzacie|czyta|odpowiada)\b/,
      /\b(?:czytacie|odpowiadacie|odpisujecie) (?:\w+ )?w ogole\b/,
      /\b(?:ile|jak dlugo) (?:wam|panstwu) (?:zajmuje|trwa) (?:odpowiedz|odpisanie)\w*/,
    ],
    howMany: /\bile (?:jeszcze )?razy\b/,
    howLong: /\b(?:ile|jak dlugo)\b/,
    more: /\b(?:jeszcze)\b/,
    must: /\b(?:mam|musze|trzeba|mamy|musimy|nalezy|bede musial\w*)\b/,
    contact:
      /\b(?:pis|napis|prosi|prosz|dzwoni|zadzwoni|pyta|zapyta|tlumacz|wysyl|przypomin|powtarz|reklam|czeka|kontakt|mail|monit)/,
    wait: /\bczeka/,
    ordinal: new RegExp(`\\b${PL_ORD} raz\\b`),
    who: /\b(?:do kogo|z kim|komu|kogo) (?:\w+ )?(?:mam|musze|trzeba|mamy) (?:\w+ )?(?:dzwoni|zadzwoni|pisa|napisa|zglosi|kontakt|rozmawia|porozmawia)/,
    purpose: /\b(?:zeby|aby|by|w koncu|wreszcie)\b/,
  },
  de: {
    anchors:
      set(`wie wen wem überhaupt uberhaupt ueberhaupt null verlangt mal mail e-mail nachricht anruf anfrage mahnung
      tag wievielten wievielte ist muss`),
    always: [
      new RegExp(
        `\\b${DE_ORD} (?:\\w+ )?(?:e-?mail|mail|nachricht|anruf|anfrage|beschwerde|mahnung|erinnerung|ticket)\\w*\\b`,
      ),
      NTH["de"] as RegExp,
      /\btag \d+\b.*\b(?:wart|immer noch|noch immer)/,
      /\b(?:immer noch|noch immer) (?:\w+ )?(?:wart\w*)\b|\bwarte (?:\w+ )?(?:immer noch|noch immer)\b/,
      /\b(?:null|0) (?:antwort\w*|reaktion\w*|ruckmeldung\w*|rueckmeldung\w*)\b/,
    ],
    asked: [
      NTH["de"] as RegExp,
      /\b(?:ist|war) (?:es|das) (?:\w+ )?(?:\w+ )?so (?:schwer|schwierig|kompliziert)\b/,
      /\bzu viel verlangt\b/,
      /\bwie kann (?:es|das) (?:\w+ )?sein\b/,
      /\bwie ist (?:es|das) (?:\w+ )?moglich\b/,
      /\bwas muss man (?:bei euch|eigentlich|denn|noch alles)\b/,
      /\b(?:lest|liest|lesen|beantwortet|antwortet) (?:ihr|sie|man|jemand) (?:\w+ )?(?:\w+ )?uberhaupt\b/,
      /\bwie lange (?:braucht|brauchen) (?:ihr|sie)\b.*\b(?:beantworten|antworten|zuruckzuschreiben|melden)\b/,
    ],
    howMany: /\bwie oft\b/,
    howLong: /\bwie lange\b/,
    more: /\bnoch\b/,
    must: /\b(?:muss|mussen|soll|sollen|darf)\b/,
    contact:
      /\b(?:schreib|frag|nachfrag|anruf|anrufen|rufe|bitte|erklar|schick|send|erinner|wiederhol|mahn|beschwer|wart|meld|mail)/,
    wait: /\bwart/,
    ordinal: new RegExp(`\\bzum ${DE_ORD} mal\\b`),
    who: /\b(?:wen|wem|an wen|mit wem|bei wem) (?:muss|soll|mussen|sollen) (?:ich|man|wir) (?:\w+ )?(?:\w+ )?(?:anrufen|schreiben|anschreiben|kontaktieren|fragen|sprechen|wenden)/,
    purpose: /\b(?:damit|um|endlich)\b/,
  },
  fr: {
    anchors:
      set(`combien qui si aussi tellement demander comment parfois jamais zéro zero fois mail email message appel
      relance courriel jour combientième combientieme personne`),
    always: [
      new RegExp(
        `\\b${FR_ORD} (?:\\w+ )?(?:e-?mail|mail|message|appel|relance|courriel|courrier|ticket|reclamation)s?\\b`,
      ),
      NTH["fr"] as RegExp,
      new RegExp(`\\b(?:${FR_ORD}|\\d+) jours? d attente\\b`),
      /\b(?:zero|0) (?:reponse|retour|nouvelle)s?\b/,
    ],
    asked: [
      NTH["fr"] as RegExp,
      /\b(?:c est|est ce|est il|c etait) (?:\w+ )?(?:si|aussi|tellement) (?:difficile|complique|dur|sorcier)\b/,
      /\btrop demander\b/,
      /\bcomment (?:est ce|c est|se fait il|ca se fait|cela est il) (?:\w+ )?(?:possible|qu)\b/,
      /\best (?:il|ce) (?:vraiment )?possible que\b.*\bpersonne\b/,
      /\b(?:lisez|repondez|consultez) (?:\w+ )?(?:\w+ )?(?:parfois|jamais|seulement|au moins)\b/,
      /\bvous mettez combien de temps (?:pour|a) (?:repondre|rappeler|traiter)\b/,
      /\bcombien de temps (?:vous )?(?:faut il|mettez vous) (?:pour|a) (?:repondre|rappeler)\b/,
    ],
    howMany: /\bcombien de fois\b/,
    howLong: /\bcombien de (?:temps|jours|semaines)\b/,
    more: /\bencore\b/,
    must: /\b(?:faut|dois|doit|devons|devrai|devrais|devrons)\b/,
    contact:
      /\b(?:ecri|demand|appel|relanc|expliqu|envoy|renvoy|rappel|repet|reclam|contact|attend|telephon|insist)/,
    wait: /\battend/,
    ordinal: new RegExp(`\\b${FR_ORD} fois\\b`),
    who: /\bqui (?:\w+ )?(?:faut il|dois je|doit on|devons nous) (?:\w+ )?(?:appeler|contacter|ecrire|joindre|parler|relancer)/,
    purpose: /\b(?:pour (?:que|qu|avoir|obtenir|etre|enfin)|afin|enfin)\b/,
  },
  it: {
    anchors:
      set(`quante quanto chi così cosi troppo com come ma zero volta mail email messaggio chiamata sollecito
      giorno ennesima ennesimo ancora nessuno`),
    always: [
      new RegExp(
        `\\b${IT_ORD} (?:\\w+ )?(?:e-?mail|mail|messaggi\\w*|chiamat\\w*|telefonat\\w*|sollecit\\w*|ticket|reclam\\w*)\\b`,
      ),
      NTH["it"] as RegExp,
      /\bgiorno \d+\b.*\b(?:aspett|attesa|ancora)/,
      /\b(?:sto|stiamo|sono|siamo) ancora (?:ad |qui ad )?aspett\w*\b|\bancora (?:sto |stiamo )?aspettando\b/,
      /\b(?:zero|0) (?:rispost\w*|riscontr\w*)\b/,
    ],
    asked: [
      NTH["it"] as RegExp,
      /\b(?:cosi|tanto) (?:difficile|complicato|complesso)\b/,
      /\bchiedere troppo\b/,
      /\bcom e possibile\b|\bcome (?:e|sia) possibile\b/,
      /\be (?:mai )?possibile che\b.*\bnessuno\b/,
      /^ma (?:le |li |la |lo )?(?:leggete|rispondete|controllate)\b/,
      /\b(?:leggete|rispondete) (?:\w+ )?(?:\w+ )?(?:mai|almeno|ogni tanto)\b/,
      /\bquanto (?:tempo )?ci mettete (?:a|per) (?:rispondere|richiamare)\b/,
    ],
    howMany: /\bquante (?:altre )?volte\b/,
    howLong: /\bquanto\b/,
    more: /\b(?:ancora|altre|altri)\b/,
    must: /\b(?:devo|dobbiamo|dovro|dovrei|bisogna|tocca)\b/,
    contact:
      /\b(?:scriv|chied|chiam|sollecit|spieg|mand|invi|ricord|ripet|reclam|contatt|aspett|telefon|insist)/,
    wait: /\baspett/,
    ordinal: new RegExp(`\\b${IT_ORD} volta\\b`),
    who: /\b(?:a )?chi (?:\w+ )?(?:devo|dobbiamo|bisogna) (?:\w+ )?(?:chiamare|contattare|scrivere|telefonare|parlare|sollecitare)/,
    purpose: /\b(?:per (?:avere|ottenere|essere|far)|perche|affinche|finalmente)\b/,
  },
  es: {
    anchors:
      set(`cuántas cuantas cuánto cuanto quién quien tan mucho cómo como leéis leeis contestáis contestais cero
      vez correo email mensaje llamada día dia enésima enesima seguimos sigo nadie`),
    always: [
      new RegExp(`\\b${ES_ORD} (?:\\w+ )?(?:e-?mail|mail|correo|mensaje|llamada|ticket|reclamacion)s?\\b`),
      NTH["es"] as RegExp,
      /\bdia \d+\b.*\b(?:esper|seguimos|sigo)/,
      /\b(?:seguimos|sigo|continuo|continuamos) esperando\b/,
      /\b(?:cero|0) (?:respuestas?|contestacion\w*)\b/,
    ],
    asked: [
      NTH["es"] as RegExp,
      /\btan (?:dificil|complicado|complejo)\b/,
      /\b(?:mucho|demasiado) pedir\b/,
      /\bcomo (?:es|puede ser) (?:posible|que)\b/,
      /\bes (?:realmente )?posible que\b.*\bnadie\b/,
      /\b(?:leeis|leen|contestais|contestan|respondeis|responden) (?:\w+ )?(?:\w+ )?(?:alguna vez|siquiera|nunca)\b/,
      /\bcuanto (?:tiempo )?(?:tardais|tardan) en (?:contestar|responder)\b/,
    ],
    howMany: /\bcuantas (?:otras )?veces\b/,
    howLong: /\bcuanto(?: tiempo)?\b/,
    more: /\b(?:mas|otra)\b/,
    must: /\b(?:tengo que|tenemos que|hay que|debo|debemos|tendre que)\b/,
    contact: /\b(?:escrib|pregunt|pid|llam|reclam|explic|mand|envi|record|repet|contact|esper|insist)/,
    wait: /\besper/,
    ordinal: new RegExp(`\\b${ES_ORD} vez\\b`),
    who: /\b(?:a |con )?quien (?:\w+ )?(?:tengo que|hay que|debo) (?:\w+ )?(?:llamar|escribir|contactar|hablar|reclamar)/,
    purpose: /\b(?:para (?:que|tener|conseguir|obtener)|de una vez|por fin|finalmente)\b/,
  },
};
