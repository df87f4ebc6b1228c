/**
 * The words of complaints told as facts (told-faults.ts), per language. Patterns read a sentence's words
 * joined by single spaces, lower case, without marks ("zniknal", "hiess", "cense"); an apostrophe is a
 * space ("aren t", "quelqu un"), so "aren ?t" reads the word typed with and without it. Written for
 * Firebreak (twenty-first pass).
 */
export const RULES = [
  "hours",
  "window",
  "someone",
  "missing",
  "discount",
  "promised",
  "howMeant",
  "apart",
] as const;
export type Rule = (typeof RULES)[number];

export interface Fault {
  /**
   * Per rule, the words a sentence must hold one of before the rule's patterns are tried (as typed,
   * marked and bare): most sentences try none.
   */
  anchors: Partial<Record<Rule, string>>;
  /** A wait counted in hours in a queue, a chat, on hold. */
  hours: RegExp;
  /** A delivery window promised ("time slot 8-12"), and the hour now ("it's now 6pm"). */
  window: RegExp;
  now: RegExp;
  /** "someone", and an account touched ("logged into my account", "changed my password"): security. */
  someone: RegExp;
  account: RegExp;
  intrude: RegExp;
  /** An order placed by someone else ("someone placed an order", "an order I didn't make"): fraud. */
  ordered: RegExp;
  /** Something missing from a parcel or an order: order_error. */
  missing: RegExp;
  parcel: RegExp;
  /** A discount or code that vanished or "does not apply" at checkout: price. */
  discount: RegExp;
  vanished: RegExp;
  /** In a question: a promise asked back with a negation ("Aren't these supposed to…?"). */
  promised: RegExp;
  /**
   * In a question: a process that cannot be followed, asked with an "if" clause (`cond`, its words the
   * regex's first group): "How am I meant to … if …" (`howMeant`) complains as it is; "Can someone
   * explain … if …", "Wie soll ich …, wenn …" (`explain`) only when the clause tells a failure
   * (`failure`: a negation, "empty", "broken"), as "Wie soll ich die Größe wählen, wenn ich zwischen
   * zwei Größen liege?" asks for advice.
   */
  howMeant: RegExp;
  explain: RegExp;
  cond: RegExp;
  failure: RegExp;
  /**
   * In the "if" clause: the asker lacking a thing of their own ("if I don't have an account", "wenn ich
   * kein Konto habe"): a how-to question about their case, not a process that failed.
   */
  ownLack: RegExp;
  /**
   * A promise of when (a sale, a shop's opening, a start "today" or "at 9"): "Isn't the sale supposed to
   * start today?" asks the date, it reports no fault. Read only where the promise names no thing of a
   * topic ("Isn't my parcel supposed to arrive today?" stays a delivery question that complains).
   */
  schedule: RegExp;
  /** "nothing missing", "fehlt nichts", "il ne manque rien": no item missing. */
  nothing: RegExp;
  /**
   * German only: a separable verb of coming apart with its particle at the sentence's end ("löst sich
   * nach dem zweiten Ausflug die Sohle ab", "färbt beim Waschen ab"); the other languages say it in one
   * piece (lang/defects.ts).
   */
  apart?: RegExp;
}

/** Two numbers of a range of hours, joined ("8 12", "8h 12h") or with a word ("8 to 12", "zwischen 8 und 12"). */
const RANGE = String.raw`\b\d{1,2}(?:h|am|pm|uhr)? (?:(?:to|and|bis|und|a|e|y|i|do|et) )?\d{1,2}(?:h|am|pm|uhr)?\b`;

export const TOLD_FAULTS: Record<string, Fault> = {
  en: {
    anchors: {
      hours: "hours hrs hour",
      window: "slot window between",
      someone: "someone somebody",
      missing: "missing",
      discount: "discount code coupon voucher promo",
      promised: "supposed meant shouldn't shouldnt",
      howMeant: "meant supposed expected expect",
    },
    hours:
      /\b(?:\d+|two|three|four|five|six) (?:hours?|hrs) (?:\w+ ){0,2}(?:in|on|of) (?:\w+ ){0,3}(?:queue|hold|line|chat|phone)\b|\b(?:on hold|queue) (?:for )?(?:\d+|two|three|four|five|six) (?:hours?|hrs)\b/,
    window: new RegExp(`\\b(?:slot|window|between)\\b.*${RANGE}`),
    now: /\b(?:it ?s|it is) (?:now|already) (?:\d|past|gone)|\bnow it ?s\b|\bit ?s (?:gone|past) \d/,
    someone: /\b(?:someone|somebody)\b/,
    account: /\b(?:account|password|details|login|email address)\b/,
    intrude: /\b(?:logged|log|hacked|accessed|changed|used|use|got into|broke into)\b/,
    ordered:
      /\b(?:someone|somebody) (?:\w+ ){0,3}(?:ordered|placed (?:an? |\d+ )?orders?|made (?:an? |\d+ )?orders?)\b/,
    missing: /\bmissing\b/,
    parcel: /\b(?:parcel|package|box|delivery|order)\b/,
    discount: /\b(?:discount|coupon|voucher|promo|code)\b/,
    vanished:
      /\b(?:disappeared|vanished|isn ?t valid|not valid|invalid|didn ?t apply|wasn ?t applied|not applied|doesn ?t apply|won ?t apply)\b/,
    promised:
      /\b(?:aren ?t|isn ?t|wasn ?t|weren ?t|(?:is|are|was|were) (?:\w+ ){1,4}not)\b.*\b(?:supposed|meant) to\b|\bshouldn ?t (?:a|an|the|my|this|these|those|it|they) (?:\w+ ){0,4}(?:last|work|hold|keep|be)\b/,
    howMeant:
      /\bhow (?:am i|are we|is one|is anyone) (?:meant|supposed|expected) to\b|\bhow do you expect (?:me|us) to\b/,
    explain: /\b(?:can|could) (?:someone|anyone|somebody|you) explain\b/,
    cond: /\b(?:if|when|without)\b(.*)$/,
    failure:
      /\b(?:not|no|never|don ?t|doesn ?t|didn ?t|isn ?t|won ?t|can ?t|cannot|empty|blank|broken|dead)\b/,
    ownLack: /\bif i (?:do not|don t|dont) have\b|\bwithout (?:an? |my )?(?:account|login|printer|card)\b/,
    schedule:
      /\b(?:sale|sales|black friday|cyber monday|promotion|store|shop|opening|launch|release|event)\b|\b(?:start|starts|begin|begins|open|opens|launch|end|ends)\b (?:\w+ ){0,3}(?:today|tomorrow|tonight|next week|this week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at \d)/,
    nothing: /\bnothing (?:is |was |\w+ )?missing\b|\bnot missing\b/,
  },
  pl: {
    anchors: {
      hours: "godziny godzin godzinę godzine",
      window: "okno oknie przedział przedzial przedziale między miedzy godzinach",
      someone: "ktoś ktos",
      missing: "brakuje brakowało brakowalo brak",
      discount: "rabat rabatu kod kodu kupon zniżka znizka",
      promised: "przecież przeciez miał miała miało miały mial miala mialo mialy",
      howMeant: "mam mamy niby wyjaśni wyjasni wytłumaczy wytlumaczy",
    },
    hours:
      /\b(?:\d+|dwie|trzy|cztery|piec) godzin\w* (?:\w+ ){0,3}(?:w kolejce|na czacie|na infolinii|na linii|przy telefonie|na sluchawce|na chacie)\b/,
    window: new RegExp(`\\b(?:okno|oknie|przedzial\\w*|miedzy|w godzinach)\\b.*${RANGE}`),
    now: /\b(?:jest juz|a jest|teraz jest|juz jest|mamy juz) (?:\d|godzin\w* \d|po \d)/,
    someone: /\bktos\b/,
    account: /\b(?:kon(?:to|cie|ta)|hasl\w*|dane|danych|numer\w*|adres\w*|e-?mail\w*)\b/,
    intrude: /\b(?:zmienil\w*|zalogowal\w*|wlamal\w*|uzyl\w*|wszedl|weszla|dostal\w* sie)\b/,
    ordered: /\bktos (?:\w+ ){0,8}(?:zlozyl\w* (?:\w+ ){0,2}zamowieni\w*|zamowil\w*)/,
    missing: /\b(?:brakuje|brakowalo|brakowac|brak)\b/,
    parcel: /\b(?:paczce|paczki|przesylce|zamowieniu|kartonie|pudelku|dostawie)\b/,
    discount: /\b(?:rabat\w*|kod\w*|kupon\w*|znizk\w*)\b/,
    vanished:
      /\b(?:znikn\w*|znika\w*|nie (?:zostal\w* )?nalicz\w*|nie dziala\w*|nie zadzialal\w*|niewazn\w*|nieaktywn\w*)/,
    promised:
      /\b(?:czy (?:\w+ ){0,4}nie mial[aoy]? |przeciez (?:\w+ ){0,3}mial[aoy]? |nie mial[aoy]? )(?:byc|dzialac|wytrzymac|trzymac)\b/,
    howMeant: /\bjak niby (?:mam|mamy)\b/,
    explain: /\bczy ktos (?:mi )?(?:wyjasni|wytlumaczy)\b|\bjak (?:mam|mamy)\b/,
    cond: /\b(?:skoro|jesli|jezeli|gdy|kiedy|bez)\b(.*)$/,
    failure: /\b(?:nie|nic|brak\w*|pust\w*|zepsut\w*)\b/,
    ownLack: /\b(?:jesli|jezeli|gdy|skoro) nie mam\b|\bbez (?:konta|logowania|drukarki|karty)\b/,
    schedule:
      /\b(?:wyprzedaz\w*|promocj\w*|black friday|sklep\w*|otwarci\w*|premier\w*)\b|\b(?:zacz\w*|rozpocz\w*|otworz\w*|otwier\w*|skoncz\w*) (?:\w+ ){0,3}(?:dzis|dzisiaj|jutro|wieczorem|w przyszlym tygodniu|o \d)/,
    nothing: /\b(?:nic|niczego) nie brak\w*|\bnie brak\w*/,
  },
  de: {
    anchors: {
      hours: "stunden stunde",
      window: "zeitfenster lieferfenster zeitraum zwischen",
      someone: "jemand",
      missing: "fehlt fehlen fehlte fehlten",
      discount: "rabatt code gutschein gutscheincode rabattcode",
      promised: "sollte sollten hieß hiess",
      howMeant: "soll sollen erklären erklaren",
      apart:
        "löst lösen löste lost losen loste fällt fallt fiel fielen färbt farbt färben farben färbte farbte reißt reisst riss",
    },
    hours:
      /\b(?:\d+|zwei|drei|vier|funf|fuenf) stunden? (?:\w+ ){0,4}(?:warteschleife|im chat|am telefon|in der hotline|in der schlange)\b|\b(?:warteschleife|im chat) (?:\w+ ){0,3}(?:\d+|zwei|drei|vier|funf) stunden?\b/,
    window: new RegExp(`\\b(?:zeitfenster|lieferfenster|zeitraum|zwischen)\\b.*${RANGE}`),
    now: /\b(?:jetzt|inzwischen|mittlerweile|nun) ist es\b|\bes ist (?:jetzt|schon|bereits|inzwischen)\b/,
    someone: /\bjemand\b/,
    account: /\b(?:\w*konto|passwort|daten|adresse|e-?mail\w*)\b/,
    intrude: /\b(?:eingeloggt|angemeldet|geandert|geaendert|benutzt|zugegriffen|gehackt)\b/,
    ordered: /\bjemand (?:\w+ ){0,6}(?:bestellt|bestellung\w*)\b/,
    missing: /\b(?:fehlt|fehlen|fehlte|fehlten)\b/,
    parcel: /\b(?:lieferung|paket|karton|bestellung|sendung)\b/,
    discount: /\b(?:rabatt\w*|\w*code|gutschein\w*)\b/,
    vanished:
      /\b(?:verschwunden|ungultig|gilt (?:\w+ ){0,4}nicht|nicht (?:angewendet|abgezogen|berucksichtigt|eingelost))\b/,
    promised: /\bsollten? (?!ich |wir |man )(?:\w+ ){1,8}nicht\b|\bhie(?:ss|ß) es nicht\b/,
    apart:
      /\b(?:lost|losen|loste|losten) sich (?:\w+ ){0,10}ab$|\b(?:fallt|fiel|fielen|farbt|farben|farbte) (?:\w+ ){0,8}ab$|\b(?:rei(?:ss|ß)t|riss) (?:\w+ ){0,8}(?:ab|aus)$/,
    howMeant: /\bwie soll(?:en)? (?:ich|man|wir) (?:denn|bitte|bitteschon|eigentlich)\b/,
    explain: /\bwie soll(?:en)? (?:ich|man|wir)\b|\bkann mir (?:\w+ )?jemand erklaren\b/,
    cond: /\b(?:wenn|falls|obwohl|ohne)\b(.*)$/,
    failure: /\b(?:nicht|kein\w*|nie|nichts|leer\w*|kaputt\w*)\b/,
    ownLack:
      /\b(?:wenn|falls) ich (?:\w+ )?kein\w* (?:\w+ ){0,2}(?:habe|hab|besitze)\b|\bohne (?:ein\w* )?(?:konto|login|drucker|karte)\b/,
    schedule:
      /\b(?:sale|ausverkauf|schlussverkauf|aktion|black friday|laden|geschaft|geschaeft|eroffnung|eroeffnung|start)\b|\b(?:beginnen|anfangen|starten|offnen|oeffnen|aufmachen|losgehen|enden) (?:\w+ ){0,3}(?:heute|morgen|nachste woche|naechste woche|um \d)|\b(?:heute|morgen|nachste woche|naechste woche|um \d+) (?:\w+ ){0,3}(?:beginnen|anfangen|starten|offnen|oeffnen|aufmachen|losgehen|enden)\b/,
    nothing:
      /\b(?:fehlt|fehlen|fehlte|fehlten) (?:\w+ )?(?:nichts|nix|kein\w*)\b|\bnichts (?:\w+ )?(?:fehlt|gefehlt)\b/,
  },
  fr: {
    anchors: {
      hours: "heures heure",
      window: "créneau creneau entre",
      someone: "quelqu'un quelqu’un",
      missing: "manque manquait manquent manquaient",
      discount: "réduction reduction remise code promo coupon",
      promised:
        "censé cense censée censee censés censes devrait devraient devait devaient était etait étaient etaient",
      howMeant: "censé cense censée censee expliquer voulez",
    },
    hours:
      /\b(?:\d+|deux|trois|quatre|cinq) ?(?:h|heures?) (?:\w+ ){0,3}(?:d attente|au telephone|sur le chat|dans le chat|en ligne|file d attente)\b/,
    window: new RegExp(`\\b(?:creneau|entre)\\b.*${RANGE}`),
    now: /\bil est (?:deja |maintenant )?\d/,
    someone: /\bquelqu un\b/,
    account: /\b(?:compte|mot de passe|donnees|adresse|e-?mail)\b/,
    intrude: /\b(?:connecte\w*|change\w*|modifie\w*|utilise\w*|pirate\w*|accede\w*)\b/,
    ordered: /\bquelqu un (?:\w+ ){0,5}command\w*/,
    missing: /\b(?:manque|manquait|manquent|manquaient)\b/,
    parcel: /\b(?:colis|commande|carton|livraison|paquet)\b/,
    discount: /\b(?:reduction|remise|code|coupon|promo)\b/,
    vanished:
      /\b(?:disparu\w*|dispara\w*|invalide|pas valable|non valable|(?:marche|fonctionne|s applique) pas|pas (?:ete )?applique\w*)\b/,
    promised:
      /\bpas cense\w*\b|\b(?:devrai(?:t|ent)|devai(?:t|ent)) (?:\w+ )?pas\b|\bn etai(?:t|ent) (?:il|elle|ils|elles|ce) pas\b/,
    howMeant:
      /\bcomment (?:je suis|suis je|on est|sommes nous) cense\w*\b|\bcomment (?:voulez vous|vous voulez) (?:que|qu)\b/,
    explain: /\bquelqu un (?:peut|pourrait) (?:m |nous )?expliquer\b/,
    cond: /\b(?:quand|si|alors que|lorsque|sans)\b(.*)$/,
    failure: /\b(?:pas|rien|jamais|aucun\w*|vide\w*|casse\w*)\b/,
    ownLack: /\bsi je n ai pas\b|\bsans (?:compte|imprimante|carte)\b/,
    schedule:
      /\b(?:soldes|promo\w*|black friday|magasin|boutique|ouverture|lancement)\b|\b(?:commencer|debuter|ouvrir|demarrer|finir) (?:\w+ ){0,3}(?:aujourd hui|demain|ce soir|la semaine prochaine|a \d)/,
    nothing: /\bmanqu\w* rien\b|\brien ne manqu\w*/,
  },
  it: {
    anchors: {
      hours: "ore",
      window: "fascia finestra",
      someone: "qualcuno",
      missing: "manca mancava mancano mancavano",
      discount: "sconto codice coupon promo",
      promised: "doveva dovevano dovrebbe dovrebbero era erano",
      howMeant: "dovrei dovremmo potrei spiega spiegarmi spiegare",
    },
    hours:
      /\b(?:\d+|due|tre|quattro|cinque) ore (?:\w+ ){0,3}(?:in attesa|al telefono|in chat|in coda|in linea)\b/,
    window: new RegExp(`\\b(?:fascia|finestra|tra le)\\b.*${RANGE}`),
    now: /\bsono (?:gia |ormai )?le \d|\bora sono le\b|\be (?:gia |ormai )?l una\b/,
    someone: /\bqualcuno\b/,
    account: /\b(?:account|password|dati|profilo|indirizzo|e-?mail)\b/,
    intrude: /\b(?:entrat\w*|cambiat\w*|modificat\w*|usat\w*|accedut\w*|hackerat\w*)\b/,
    ordered: /\bqualcuno (?:\w+ ){0,5}ordin\w*/,
    missing: /\b(?:manca|mancava|mancano|mancavano)\b/,
    parcel: /\b(?:pacco|ordine|scatola|consegna|collo)\b/,
    discount: /\b(?:sconto|codice|coupon|promo)\b/,
    vanished:
      /\b(?:sparisc\w*|sparit\w*|scompars\w*|scompar\w*|non (?:\w+ )?(?:funziona|e valido|vale|applicato|viene applicato))\b/,
    // "Era"/"erano" of a thing named with its article ("Ma la pentola non era…?"), not of a person ("Ma non era Steve Jobs?").
    promised:
      /\bnon (?:doveva|dovevano|dovrebbe|dovrebbero)\b|\b(?:il|lo|la|i|gli|le|l) \w+ (?:\w+ )?non (?:era|erano)\b|\bnon (?:era|erano) (?:un|una|uno)\b/,
    howMeant: /\bcome (?:dovrei|dovremmo|potrei) mai\b/,
    explain: /\bqualcuno (?:mi )?(?:spiega|puo spiegarmi|sa spiegarmi|mi sa spiegare)\b|\bcome dovrei\b/,
    cond: /\b(?:se|quando|visto che|senza)\b(.*)$/,
    failure: /\b(?:non|niente|nulla|mai|vuot\w*|rott\w*)\b/,
    ownLack: /\bse non ho\b|\bsenza (?:account|stampante|carta)\b/,
    schedule:
      /\b(?:saldi|promozion\w*|black friday|negozio|apertura|lancio)\b|\b(?:iniziare|cominciare|aprire|partire|finire) (?:\w+ ){0,3}(?:oggi|domani|stasera|settimana prossima|la prossima settimana|alle \d)/,
    nothing: /\bnon manca\w* (?:niente|nulla)\b|\bnon manca\w*/,
  },
  es: {
    anchors: {
      hours: "horas",
      window: "franja entre",
      someone: "alguien",
      missing: "falta faltaba faltan faltaban",
      discount: "descuento código codigo cupón cupon promo",
      promised:
        "era eran iba iban debería deberia deberían deberian tenía tenia tenían tenian suponía suponia",
      howMeant: "supone explica explicar explicarme",
    },
    hours:
      /\b(?:\d+|dos|tres|cuatro|cinco) horas (?:\w+ ){0,3}(?:en espera|al telefono|en el chat|en la cola|en linea)\b/,
    window: new RegExp(`\\b(?:franja|entre las)\\b.*${RANGE}`),
    now: /\bson (?:ya )?las \d|\bya son las\b|\bes (?:ya )?la una\b/,
    someone: /\balguien\b/,
    account: /\b(?:cuenta|contrasena|datos|tarjeta|direccion|e-?mail)\b/,
    intrude: /\b(?:entrado|cambiado|usado|hecho|accedido|hackeado)\b/,
    ordered:
      /\balguien (?:\w+ ){0,3}(?:hecho|realizado) (?:\w+ ){0,2}pedido\b|\balguien (?:\w+ ){0,2}(?:ha )?(?:pedido|comprado)\b/,
    missing: /\b(?:falta|faltaba|faltan|faltaban)\b/,
    parcel: /\b(?:paquete|pedido|caja|envio)\b/,
    discount: /\b(?:descuento|codigo|cupon|promo)\b/,
    vanished: /\b(?:desaparec\w*|invalido|no (?:\w+ )?(?:funciona|vale|es valido|se aplica|se aplico))\b/,
    promised:
      /\bno (?:deberia|deberian|tenia que|tenian que|se suponia)\b|\b(?:el|la|los|las) \w+ (?:\w+ )?no (?:era|eran|iba|iban)\b|\bno (?:era|eran) (?:un|una|de)\b/,
    howMeant: /\bcomo se supone que\b/,
    explain: /\b(?:alguien|alguno) (?:me )?(?:explica|puede explicar(?:me)?)\b/,
    cond: /\b(?:si|cuando|sin)\b(.*)$/,
    failure: /\b(?:no|nada|nunca|ningun\w*|vaci\w*|rot[oa]s?)\b/,
    ownLack: /\bsi no tengo\b|\bsin (?:cuenta|impresora|tarjeta)\b/,
    schedule:
      /\b(?:rebajas|ofertas|promocion\w*|black friday|tienda|apertura|lanzamiento)\b|\b(?:empezar|empezaban|empezaba|comenzar|abrir|abria|terminar) (?:\w+ ){0,3}(?:hoy|manana|esta noche|la semana que viene|la proxima semana|a las \d)|\b(?:empezaban|empezaba|abria) hoy\b/,
    nothing: /\bno (?:me )?falta\w* nada\b|\bno (?:me )?falta\w*/,
  },
};
