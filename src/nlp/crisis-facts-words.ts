/**
 * The words of crisis facts told plainly (crisis-facts.ts), per language. Patterns read the text in lower
 * case without marks ("contrasena", "wyciekly", "geandert"), so JS's ASCII `\b` holds at their edges.
 * Written for Firebreak (thirty-second pass).
 */
export interface CrisisWords {
  /**
   * Stems one of which every fault below holds, read on the text as typed, any case, before its marks are taken
   * off (a marked letter is a class): most texts try nothing more.
   */
  key: RegExp;
  /** The author's account taken over, or an order placed with it by a stranger: fraud. */
  takenOver: RegExp;
  /** A copy of the shop's site (`lookalike`), money paid (`paid`) and nothing that came (`nothingCame`): fraud. */
  lookalike: RegExp;
  paid: RegExp;
  nothingCame: RegExp;
  /** The author's own data leaked ("my data ended up online"), or "my address is in it" beside a leak. */
  ownLeak: RegExp;
  inIt?: RegExp;
  leak?: RegExp;
  /** A discount code accepted, and the full price charged all the same: price. */
  fullPrice: RegExp;
  /** An amount shown (its word), and the amount charged (its word): price when the charge is higher. */
  shown: RegExp;
  charged: RegExp;
  /** A day promised and the later day it came or it is now (`days`: the week's stems, Monday first). */
  promisedDay: RegExp;
  cameDay: RegExp;
  /** A day or slot promised for yesterday, and nobody who came. */
  promisedYesterday: RegExp;
  nobodyCame: RegExp;
  days: readonly string[];
}

/** A sum with its currency sign or word, before or after: "£64", "49€", "49 zl", "64 euro". */
export const AMOUNT = String.raw`(?:[£$€]\s?(\d+(?:[.,]\d{1,2})?)|(\d+(?:[.,]\d{1,2})?)\s?(?:[£$€]|eur\b|euro\b|euros\b|zl\b|pln\b|chf\b))`;

const EN_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const en: CrisisWords = {
  key: /someone|somebody|hacker|scammer|\bmy (?:password|account|login|email|data|details|personal|info|address|card|phone|name)|\bi.?m (?:in|on) the|\bi am (?:in|on) the|look(?:ed|s)? (?:exactly |just )?like|identical|fake |copy of|full price|full amount|no discount|without the discount|charged|debited|billed|yesterday|\b(?:mon|tues?|wed|thur?s?|fri|sat|sun)(?:day|nesday|rsday|urday)?\b/i,
  takenOver:
    /\b(?:someone|somebody|hackers?|scammers?)\b(?: \w+){0,3} (?:changed|reset|got into|logged into|logged in to|hacked|took over|accessed|used|broke into|emptied)(?: \w+){0,2} my (?:password|account|login|card|email)\b|\bmy (?:password|account|login|email) (?:was|has been|had been|got) (?:changed|reset|hacked|taken over|compromised)\b|\b(?:someone|somebody|scammers?)\b(?: \w+){0,4} ordered (?:\w+ ){0,4}(?:with|on|from|using) my (?:account|card)\b|\bchanged my password and ordered\b/,
  lookalike:
    /\b(?:look(?:ed|s)|was) (?:exactly |just |identical )?(?:like|to) (?:\S+ ){0,2}(?:site|website|shop|store|page)\b|\bfake (?:copy of )?(?:\S+ )?(?:site|website|shop|store)\b|\bcopy of (?:\S+ ){0,2}(?:site|website|shop)\b/,
  paid: /\b(?:paid|payed|ordered|bought)\b/,
  nothingCame:
    /\bnothing (?:came|arrived|ever came)\b|\bnever (?:came|arrived|got (?:it|anything))\b|\bsite ?s gone\b|\bsite is gone\b/,
  ownLeak:
    /\bmy (?:data|details|personal (?:data|details|info)|info|information|address|email(?: address)?|card details|phone number|name and address)(?: (?!not\b|never\b|wasn\b|weren\b|hasn\b|haven\b)\w+){0,2} (?:(?:has|have|had) )?(?:been |got |was |were |is |are )?(?:leaked|exposed|stolen|ended up (?:online|on the internet|on the dark web|in the leak)|(?:in|on) the (?:leak|leaked list|dark web|leaked file))\b|\bi (?:am|m) (?:in|on) the (?:leak|leaked list|list)\b/,
  fullPrice:
    /\b(?:code|coupon|voucher|discount)\b(?: \S+){0,6} (?:accepted|applied|went through|worked|was accepted)\S*(?: \S+){0,4} (?:but|yet|still)\b(?: \S+){0,6} (?:full price|full amount|without the discount|no discount)\b/,
  shown: /\b(?:said|showed|shown|listed|advertised|displayed|says|price was|was)\b/,
  charged: /\b(?:charged|debited|billed)\b/,
  promisedDay:
    /\b(?:due|supposed to (?:come|arrive|be delivered)|meant to (?:come|arrive)|booked|promised|scheduled|expected) (?:for |on |by )?(?:\w+ ){0,1}?(mon|tue|wed|thu|fri|sat|sun)\w*\b/,
  cameDay:
    /^(?:\S+ ){0,10}?(?:it ?s now|it ?s|it is now|now it ?s|came on|arrived on|arrived|came|turned up on|turned up|delivered on|showed up on) (?:\w+ )?(mon|tue|wed|thu|fri|sat|sun)\w*\b/,
  promisedYesterday:
    /\b(?:due|booked|scheduled|expected|promised|supposed to (?:come|arrive)|delivery) (?:\S+ ){0,2}yesterday\b/,
  nobodyCame:
    /\b(?:nobody|no one|nothing) (?:\w+ )?(?:came|showed|turned up|arrived)\b|\bnever (?:came|showed|arrived)\b/,
  days: EN_DAYS,
};

const de: CrisisWords = {
  key: /passwort|konto|account|jemand|hack|sah |sieht|fake|gef[aä]lscht|daten|adresse|mail|nummer|iban|drin|dabei|betroffen|gutschein|code|rabatt|abgebucht|berechnet|belastet|verlangt|kassiert|abgezogen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern/i,
  takenOver:
    /\b(?:jemand|fremde|hacker|betruger)\b(?: \S+){0,4} (?:mein(?:e|en|em)?|mit meinem|uber mein(?:en)?|in mein(?:en)?) (?:\w*konto|account|passwort|karte)\b(?: \S+){0,3} (?:geandert|eingeloggt|angemeldet|bestellt|gehackt|ubernommen|benutzt|genutzt|zugegriffen)\b|\bmein (?:passwort|\w*konto|account) (?:wurde|ist) (?:\S+ ){0,2}(?:geandert|gehackt|ubernommen|geknackt)\b/,
  lookalike:
    /\b(?:sah|sieht) (?:genau |exakt )?(?:so )?aus wie (?:die |der )?(?:\S+ ){0,2}(?:seite|webseite|website|shop)\b|\b(?:fake|gefalscht\w*)[- ]?(?:shop|seite|webseite|website)\b/,
  paid: /\b(?:bezahlt|gezahlt|uberwiesen|bestellt)\b/,
  nothingCame:
    /\b(?:nie|nichts) (?:\S+ ){0,2}(?:gekommen|angekommen|geliefert)\b|\bnichts kam\b|\bkam nie\b|\bseite (?:ist )?weg\b/,
  ownLeak:
    /\bmeine (?:daten|adresse|e-?mail(?:-?adresse)?|telefonnummer|kontodaten|iban|nummer|kreditkartendaten) (?:ist|sind|wurde|wurden) (?:\S+ ){0,3}?(?:geleakt|gestohlen|veroffentlicht|im netz|im internet|online|im darknet|abgeflossen)\b/,
  inIt: /\bmeine (?:daten|adresse|e-?mail(?:-?adresse)?|telefonnummer|nummer) (?:ist|sind) (?:auch |ebenfalls |naturlich )?(?:drin|dabei|betroffen)\b|\bich bin (?:auch |ebenfalls )?(?:drin|dabei|betroffen)\b/,
  leak: /\b(?:\w*leak\w*|datenleck\w*|datenpanne\w*|\w*liste|im netz|gehackt|hack\w*)\b/,
  fullPrice:
    /\b(?:\w*gutschein\w*|\w*code|rabatt\w*)\b(?: \S+){0,5} (?:angenommen|akzeptiert|eingelost|angewendet|angerechnet)\S*(?: \S+){0,4} aber\b(?: \S+){0,6} (?:voll(?:e|en|er)?|ganzen?) (?:preis|betrag)\b/,
  shown: /\b(?:stand|standen|steht|stehen|angezeigt|hiess|hieß|war|waren|ausgeschrieben)\b/,
  charged: /\b(?:abgebucht|berechnet|belastet|verlangt|kassiert|abgezogen)\b/,
  promisedDay:
    /\b(?:sollte|sollten|hatte|hatten|war|waren|angekundigt|zugesagt|geplant|versprochen|termin)\b(?: \S+){0,3}? (?:am |fur |fur den )?(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\w*\b/,
  cameDay:
    /^(?:\S+ ){0,10}?(?:kam|kamen|gekommen|geliefert|angekommen|jetzt ist|inzwischen ist|es ist)(?: \S+){0,2} (?:am |erst am )?(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\w*\b/,
  promisedYesterday:
    /\b(?:sollte|sollten|angekundigt|zugesagt|geplant|termin|lieferung)\b(?: \S+){0,3} gestern\b/,
  nobodyCame: /\b(?:niemand|keiner|nichts)\b(?: \S+){0,2} (?:gekommen|kam|erschienen|aufgetaucht|da)\b/,
  days: ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
};

const fr: CrisisWords = {
  key: /passe|compte|quelqu|pirat|ressembl|faux site|copie du site|donn[eé]es|coordonn|infos|informations|adresse|fuite|fichier|code|promo|r[eé]duction|coupon|bon |d[eé]bit|pr[eé]lev|factur|encaiss|pr[eé]vu|promis|annonc|devait|cens|hier/i,
  takenOver:
    /\bmon (?:mot de passe|compte|identifiant) (?:a ete |a |est )(?:change|modifie|pirate|utilise|vole)e?\b|\b(?:quelqu un|des pirates)\b(?: \S+){0,2} (?:connecte|change|modifie|utilise|pirate|vide|commande|accede)\w*(?: \S+){0,2} (?:mon compte|mon mot de passe|ma carte)\b|\bpirate mon compte\b|\b(?:quelqu un|on) a (?:\S+ ){0,2}commande (?:\S+ ){0,3}(?:avec|sur|depuis) (?:mon compte|ma carte)\b/,
  lookalike:
    /\b(?:ressemblait|ressemble) (?:exactement |trait pour trait )?(?:au|a un) (?:vrai )?site\b|\bfaux site\b|\bcopie du site\b/,
  paid: /\b(?:paye|regle|commande|verse)e?s?\b/,
  nothingCame:
    /\b(?:rien|jamais rien) (?:recu|arrive|eu)\b|\bjamais (?:rien )?(?:recu|arrive|livre)\b|\brien n est (?:jamais )?arrive\b|\bsite a disparu\b/,
  ownLeak:
    /\bmes (?:donnees|infos|informations|coordonnees|adresse)(?: personnelles| bancaires)? (?:ont (?:\S+ )?(?:fuite|ete (?:volees|divulguees|piratees|exposees|publiees|diffusees))|sont (?:\S+ )?(?:dans la nature|dans la fuite|en ligne|sur internet|sur le dark ?web|dans le fichier))\b|\bje suis (?:aussi |moi aussi )?dans (?:la fuite|le fichier|la liste)\b/,
  fullPrice:
    /\b(?:code|promo|reduction|coupon|bon)\b(?: \S+){0,5} (?:accepte|applique|valide|pris en compte)e?s?\S*(?: \S+){0,4} (?:mais|pourtant)\b(?: \S+){0,6} (?:plein tarif|prix fort|prix plein|plein prix|prix normal|sans (?:la )?(?:reduction|remise))\b/,
  shown: /\b(?:affiche|affichait|indique|indiquait|marque|annonce|annoncait|etait|disait|panier)\b/,
  charged: /\b(?:debite|preleve|facture|encaisse|compte)e?s?\b/,
  promisedDay:
    /\b(?:prevue?s?|promise?s?|annoncee?s?|devait (?:arriver|etre livre\w*|venir)|censee? arriver)\b(?: \S+){0,2}? (?:pour |le |pour le )?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/,
  cameDay:
    /^(?:\S+ ){0,10}?(?:arrivee?s?|livree?s?|venue?s?|recue?s?|on est|nous sommes|il est)(?: \S+){0,2} (?:le |seulement le |que le )?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/,
  promisedYesterday: /\b(?:prevue?s?|promise?s?|annoncee?s?|livraison|devait)\b(?: \S+){0,2} hier\b/,
  nobodyCame:
    /\b(?:personne|rien) n est (?:\S+ )?(?:venu|passe|arrive)\b|\bpersonne n a sonne\b|\btoujours (?:rien|personne)\b/,
  days: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
};

const it: CrisisWords = {
  key: /password|account|profilo|qualcuno|hacker|sembrava|identic|uguale|sito|dati|indirizzo|codice|sconto|coupon|buono|addebit|prelevat|fatturat|scalat|ordin|dovev|previst|promess|programmat|ieri/i,
  takenOver:
    /\bqualcuno\b(?: \S+){0,2} (?:entrat|accedut|cambiat|usat|utilizzat|ordinat|fatto|hackerat)\w*(?: \S+){0,2} (?:nel |il |al |dal |con il |con la )?(?:mio account|mio profilo|mia password|mia carta)\b|\bmi hanno (?:cambiato|modificato|rubato|hackerato|violato) (?:la |il )?(?:mia |mio )?(?:password|account|profilo)\b|\b(?:la mia password|il mio account|il mio profilo) (?:e stat[oa]|e) (?:cambiat|modificat|hackerat|violat|rubat)\w*\b|\bhanno (?:\S+ ){0,3}(?:ordinato|fatto (?:un|degli) ordin\w*) (?:\S+ ){0,2}(?:con|dal) (?:il )?(?:mio|mia)\b/,
  lookalike:
    /\b(?:sembrava|era) (?:identic[oa]|uguale|tale e quale) (?:al|a) (?:\S+ ){0,2}sito\b|\bsito (?:falso|clone|fake)\b/,
  paid: /\b(?:pagat[oi]|ordinat[oi]|versat[oi])\b/,
  nothingCame:
    /\bmai arrivat\w*\b|\bnon (?:e )?(?:mai )?arrivat\w* (?:niente|nulla)\b|\bnon e arrivato (?:niente|nulla)\b|\bsito e sparito\b/,
  ownLeak:
    /\bi miei dati(?: personali| bancari)? (?:sono (?:finiti|stati (?:rubati|diffusi|pubblicati|esposti)|nel leak|online|in rete)|(?:e|sono) trapelat\w*)\b|\bci sono anche i miei (?:dati|indirizzo)\b/,
  fullPrice:
    /\b(?:codice|sconto|coupon|buono)\b(?: \S+){0,5} (?:accettat|applicat|validat)\w*\S*(?: \S+){0,4} (?:ma|pero|eppure)\b(?: \S+){0,6} (?:prezzo pieno|prezzo intero|senza (?:lo )?sconto)\b/,
  shown: /\b(?:diceva|indicava|mostrava|segnava|scritto|era|carrello|sito)\b/,
  charged: /\b(?:addebitat\w*|prelevat\w*|fatturat\w*|scalat\w*)\b/,
  promisedDay:
    /\b(?:doveva|dovevano|prevista|previsto|promess[oa]|programmat[oa])\b(?: \S+){0,2}? (?:per )?(lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\b/,
  cameDay:
    /^(?:\S+ ){0,10}?(?:arrivat[oiae]|consegnat[oiae]|venut[oi]|siamo a|oggi e)(?: \S+){0,2} (?:solo )?(lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\b/,
  promisedYesterday: /\b(?:doveva|prevista|previsto|promess[oa]|consegna)\b(?: \S+){0,2} ieri\b/,
  nobodyCame:
    /\bnon (?:e |si e )?(?:venuto|passato|arrivato|visto) nessuno\b|\bnessuno (?:e |si e )?(?:venuto|passato|arrivato)\b|\bancora niente\b/,
  days: ["lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica"],
};

const es: CrisisWords = {
  key: /contrase|cuenta|alguien|hacke|pedido|parec|id[eé]ntic|igual|falsa|datos|filtr|c[oó]digo|cup[oó]n|descuento|cobr|carg|factur|descontaron|ten[ií]a|deb[ií]a|iba a|previst|promet|programad|ayer/i,
  takenOver:
    /\bme (?:han|habian) (?:cambiado|hackeado|robado) (?:la |mi )?(?:contrasena|cuenta)\b|\bme (?:cambiaron|hackearon|robaron) (?:la |mi )?(?:contrasena|cuenta)\b|\balguien\b(?: \S+){0,2} (?:entro|entrado|accedio|accedido|cambio|cambiado|uso|usado|hackeo|hackeado|compro|comprado|hizo|hecho)(?: \S+){0,3} (?:en |a |con )?(?:mi cuenta|mi contrasena|mi tarjeta)\b|\bmi (?:cuenta|contrasena) (?:ha sido|fue) (?:hackead|cambiad|robad)\w*\b|\b(?:han|hicieron) (?:hecho )?(?:un |varios |dos )?pedidos? (?:\S+ ){0,2}con mi (?:cuenta|tarjeta)\b/,
  lookalike:
    /\b(?:parecia|era) (?:identica|igual|identico|clavada) (?:a|que) (?:la )?(?:web|pagina|tienda)\b|\b(?:web|pagina|tienda) falsa\b/,
  paid: /\b(?:pague|pagado|pedi|compre|transferi)\b/,
  nothingCame:
    /\bnunca (?:me )?(?:llego|ha llegado) nada\b|\bno (?:me )?(?:ha )?llegado nada\b|\bno me llego nada\b|\bnunca llego\b|\bla web (?:ha )?desaparec\w*\b/,
  ownLeak:
    /\bmis datos(?: personales| bancarios)? (?:se han filtrado|se filtraron|han sido (?:filtrados|robados|expuestos)|fueron (?:filtrados|robados)|estan (?:en internet|en la filtracion|en la red|circulando))\b|\b(?:se han filtrado|se filtraron|han filtrado|filtraron) mis datos\b/,
  fullPrice:
    /\b(?:codigo|cupon|descuento)\b(?: \S+){0,5} (?:aceptad|aplicad|validad)\w*\S*(?: \S+){0,4} (?:pero|y aun asi)\b(?: \S+){0,6} (?:precio completo|precio entero|precio total|precio normal|sin (?:el )?descuento)\b/,
  shown: /\b(?:ponia|pone|decia|indicaba|mostraba|marcaba|salia|era|anunciaba)\b/,
  charged: /\b(?:cobraron|cobrado|cobran|cargaron|cargado|facturaron|descontaron)\b/,
  promisedDay:
    /\b(?:tenia que|tenian que|debia|debian|iba a|estaba previst[oa]|prometieron|prometido|programad[oa])\b(?: \S+){0,3}? (?:el |para el )?(lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b/,
  cameDay:
    /^(?:\S+ ){0,10}?(?:llego|llegaron|vino|vinieron|entregaron|lo trajeron|ya es|estamos a|hoy es)(?: \S+){0,2} (?:el )?(lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b/,
  promisedYesterday: /\b(?:tenia que|debia|previst[oa]|prometid[oa]|entrega)\b(?: \S+){0,3} ayer\b/,
  nobodyCame:
    /\b(?:no vino|no ha venido|no aparecio|no llego) (?:nadie|nada)\b|\bnadie (?:vino|ha venido|aparecio)\b/,
  days: ["lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"],
};

const pl: CrisisWords = {
  key: /has[lł]|kont|kto[sś]|w[lł]ama|zhakow|zmieniono|przej[eę]t|wygl[aą]da|fa[lł]szyw|dane|wyciek|kod|rabat|kupon|zni[zż]k|pobra|obci[aą][zż]y|zesz[lł]|policzy|naliczy|skasowa|mia[lł]|zaplanowan|obiecan|wczoraj/i,
  takenOver:
    /\bktos\b(?: \S+){0,3} (?:zalogowal|zmienil|zamowil|wlamal|przejal|uzyl|wszedl)\w*(?: \S+){0,3} (?:moje|mojego|moim|moja|moja|na moje|z mojego|do mojego) (?:konto|konta|koncie|haslo|karta|karty)\b|\b(?:moje konto|moje haslo) (?:zostalo|jest|bylo) (?:zhakowane|przejete|zmienione)\b|\b(?:zmieniono|zhakowano|przejeto|wlamano) mi\b|\bwlamal\w* (?:mi )?sie (?:na|do) (?:moje(?:go)? )?kont\w*\b/,
  lookalike:
    /\bwyglada\w* (?:dokladnie |identycznie )?jak (?:\S+ ){0,2}stron\w*\b|\bfalszyw\w* (?:sklep|stron)\w*\b/,
  paid: /\b(?:zaplacil\w*|zamowil\w*|przelal\w*)\b/,
  nothingCame:
    /\bnic nie (?:przyszlo|doszlo|dotarlo)\b|\bnigdy nie (?:przyszl|doszl|dotarl)\w*\b|\bstrona zniknela\b/,
  ownLeak:
    /\bmoje dane(?: osobowe)? (?:wyciekly|sa w (?:sieci|internecie|wycieku)|zostaly (?:ujawnione|skradzione|wykradzione|upublicznione)|trafily do sieci)\b|\bwyciekly (?:tez |rowniez )?moje dane\b/,
  fullPrice:
    /\b(?:kod|rabat|kupon|znizk)\w*\b(?: \S+){0,5} (?:przyjet|zaakceptowan|naliczon|zadzialal|przeszedl)\w*\S*(?: \S+){0,4} (?:ale|a)\b(?: \S+){0,6} (?:peln\w* (?:cen|kwot)\w*|bez (?:rabatu|znizki))\b/,
  shown: /\b(?:bylo|byla|pokazywal\w*|wyswietlal\w*|stalo|napisane|koszyku)\b/,
  charged: /\b(?:pobrano|pobrali|pobral\w*|obciazyl\w*|zeszlo|policzyl\w*|naliczyl\w*|skasowal\w*)\b/,
  promisedDay:
    /\b(?:mial\w* (?:byc|przyjsc|przyjechac|dotrzec|dojsc)|zaplanowan\w*|obiecan\w*)\b(?: \S+){0,2}? (?:w |we |na )?(poniedzial|wtor|srod|czwart|piat|sobot|niedziel)\w*\b/,
  cameDay:
    /^(?:\S+ ){0,10}?(?:przyjechal\w*|przyszl\w*|przyszedl|dotarl\w*|dostarczon\w*|doszl\w*|przywiezl\w*|a jest|jest juz|mamy)(?: \S+){0,2} (?:w |we |dopiero w )?(poniedzial|wtor|srod|czwart|piat|sobot|niedziel)\w*\b/,
  promisedYesterday:
    /\b(?:mial\w* (?:byc|przyjsc|przyjechac)|zaplanowan\w*|obiecan\w*|dostawa)\b(?: \S+){0,2} wczoraj\b/,
  nobodyCame: /\bnikt nie (?:przyjechal|przyszedl|dzwonil)\b|\bnic nie (?:przyszlo|przyjechalo)\b/,
  days: ["poniedzial", "wtor", "srod", "czwart", "piat", "sobot", "niedziel"],
};

export const CRISIS_WORDS: Record<string, CrisisWords> = { en, de, fr, it, es, pl };
