/**
 * The words of the French, Italian and Spanish complaints told by numbers, dates and facts
 * (sentences-fr-it-es.ts, twenty-third pass). Patterns read a sentence's words joined by single spaces, lower
 * case, without marks; an apostrophe is a space ("c etait", "un altra"). Written for Firebreak.
 */

/** A count: digits or a number word up to fifteen ("depuis huit jours", "da tre settimane", "hace un mes"). */
const N = String.raw`(\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|quindici|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince)`;
const UNIT = "(jours?|semaines?|mois|giorni|giorno|settimane?|settimana|mes[ei]|mes|meses|dias?|semanas?)";

export const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  [
    "un une uno una:1",
    "deux due dos:2",
    "trois tre tres:3",
    "quatre quattro cuatro:4",
    "cinq cinque cinco:5",
    "six sei seis:6",
    "sept sette siete:7",
    "huit otto ocho:8",
    "neuf nove nueve:9",
    "dix dieci diez:10",
    "onze undici once:11",
    "douze dodici doce:12",
    "quinze quindici quince:15",
  ].flatMap((line) => {
    const [words, n] = line.split(":") as [string, string];
    return words.split(" ").map((w) => [w, Number(n)] as const);
  }),
);

/** Groups of rules, each opened by its own anchor words (Told.anchors). */
export const GROUPS = ["wait", "dates", "again", "identity", "price", "instead", "stuck"] as const;
export type Group = (typeof GROUPS)[number];

export interface Told {
  /**
   * Per group of rules, the words one of which a text must hold before the group is tried (units, months,
   * "fois", fees, "autre" or a password, "au lieu", tracking verbs): most texts build no sentence.
   */
  anchors: Record<Group, string>;
  /**
   * A wait told by a count since ("depuis 8 jours", "da 3 settimane", "lleva 9 días", "ya son 10 días",
   * "hace un mes", "a mis 12 jours à"): group 1 the count, group 2 its unit.
   */
  since: RegExp;
  /** A contact made or tried: the wait is the service's ("j'écris", "scrivo", "llamé"). */
  contact: RegExp;
  /** Month names; a date is a day and one of them ("le 2 novembre", "il 3 novembre", "el 3 de junio"). */
  months: readonly string[];
  /** A span of dates asked or offered ("du 3 au 28 mars", "dal 3 al 10"), no wait. */
  range: RegExp;
  /** A promise with a time limit ("promis sous 24 h", "promesso una richiamata entro 24 ore"). */
  promise: RegExp;
  /** A sentence that dates what came before: "C'était le 3 novembre.", "Era il 3 novembre.", "Fue el 3 de mayo." */
  wasOn: RegExp;
  /** Contact repeated: "appelé 4 fois", "3 telefonate", "llamé 4 veces" (group 1 the count). */
  again: RegExp;
  /** Someone else's data sent to the customer: "le code … d'une autre personne", "a nombre de otra persona". */
  other: RegExp;
  data: RegExp;
  /** A reset or code not asked for: "une mail per reimpostare la password che non ho chiesto". */
  reset: RegExp;
  unasked: RegExp;
  /** A password shown: "mot de passe en clair", "password in chiaro", "contraseña en texto visible". */
  shown: RegExp;
  /** An order or a debt in the customer's name they did not make: fraud. */
  myName: RegExp;
  notMine: RegExp;
  /** Fees shown only at the last step: "les frais n'apparaissent qu'à la dernière étape". */
  fees: RegExp;
  late: RegExp;
  /** "au lieu de nature": another item than the one ordered; a number after it is an amount (price). */
  instead: RegExp;
  /** What came ("reçu", "mi è arrivata", "me mandaron"): an "instead" needs it or an order or parcel named. */
  came: RegExp;
  /**
   * A sale that is none: the price "has always been" the one now called reduced ("il a toujours été à 149 €
   * … soldé à 149 €"), or the shop's own site dearer than its shop ("cuesta 20 euros menos que en la web").
   */
  always: RegExp;
  sale: RegExp;
  dearerOnline: RegExp;
  /** Tracking that no longer moves ("ça bouge pus", "non si muove", "no avanza"): delivery, when a parcel is named. */
  stuck: RegExp;
}

export const TOLD: Record<string, Told> = {
  fr: {
    anchors: {
      wait: "jours semaine semaines mois",
      dates: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
      again: "fois appels mails courriels relances",
      identity: "autre passe code réinitialisation réinitialiser nom",
      price: "frais toujours moins",
      instead: "lieu",
      stuck: "bouge avance",
    },
    since: new RegExp(String.raw`\b(?:depuis|ca fait|cela fait|voila|mis|pris|fallu) ${N} ${UNIT}\b`),
    contact: /\b(?:ecri[st]?|ecrit|appele|appelle|appels?|relance|relances|mails?|courriels?|messages?)\b/,
    months: "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split(" "),
    range: /\b(?:du|entre le) \d{1,2}(?: \w+)? (?:au|et le) \d{1,2}\b/,
    promise:
      /\b(?:promis|promise|assure|garanti)\b.*\b(?:sous|dans les|en|d ici) \d+ ?(?:h|heures?|jours?)\b/,
    wasOn: /^(?:c etait|ca c etait|c etait bien) (?:le|il y a)\b/,
    again: new RegExp(
      String.raw`\b(?:appele|ecrit|relance|envoye|contacte)\b.*\b${N} fois\b|\b${N} (?:appels|mails|courriels|relances)\b`,
    ),
    other: /\b(?:d une autre personne|de quelqu un d autre|au nom d (?:un|une) autre|d un autre client)\b/,
    data: /\b(?:code|facture|adresse|nom|prenom|sms|mail|courriel|commande|compte|donnees|numero)\b/,
    reset: /\b(?:reinitialis\w*|code de connexion|code de verification|mot de passe)\b/,
    unasked: /\b(?:(?:n ai|ai) (?:jamais|pas|rien) demande|sans (?:l )?avoir demande)\b/,
    shown: /\bmot de passe\b.*\ben clair\b/,
    myName: /\b(?:a mon nom|en mon nom)\b/,
    notMine: /\b(?:n ai (?:jamais|pas) (?:commande|signe|achete)|ne l ai (?:jamais|pas) commande)\b/,
    fees: /\bfrais\b/,
    late: /\b(?:qu a la (?:derniere|fin)|seulement a la (?:derniere|fin)|au dernier moment|a la toute fin)\b/,
    instead: /\bau lieu (?:de|d|du|des) (?!(?:me|m|nous|vous|les|le|la|l|se|s)\b)(\S+)/,
    came: /\b(?:recu\w*|arrive\w*|livre\w*|envoye\w*|eu)\b/,
    always: /\b(?:a toujours ete|etait toujours|toujours ete vendu) (?:a|au prix de) \d/,
    sale: /\b(?:solde|soldes|promo|promotion|prix barre|reduction)\b/,
    stuck: /\b(?:bouge (?:plus|pus)|a pas bouge|a pus bouge|avance (?:plus|pus)|n avance pas)\b/,
    dearerOnline:
      /\b(?:moins cher|\d+ ?(?:euros?|dollars?|\$)? de moins)\b.*\b(?:qu|que) (?:sur (?:le|votre) site|en ligne|sur l appli|sur internet)\b/,
  },
  it: {
    anchors: {
      wait: "giorni settimana settimane mese mesi",
      dates: "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
      again: "volte telefonate chiamate mail email solleciti",
      identity: "altra altro qualcun password codice reimpostare reimpostazione nome",
      price: "spese costi sempre meno",
      instead: "invece",
      stuck: "muove mosso aggiorna avanza fermo ferma",
    },
    since: new RegExp(
      String.raw`\b(?:da|ormai|sono passat[ie]|e passat[oa]|messo|impiegato|aspetto) ${N} ${UNIT}\b`,
    ),
    contact: /\b(?:scrivo|scritto|scriviamo|chiamato|chiamo|telefonat[aei]|telefono|mail|email|messaggi?)\b/,
    months:
      "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(
        " ",
      ),
    range: /\b(?:dal|tra il) \d{1,2}(?: \w+)? (?:al|e il) \d{1,2}\b/,
    promise:
      /\b(?:promess[oa]|promettono|garantit[oa]|assicurat[oa])\b.*\b(?:entro|in) \d+ ?(?:h|ore|giorni)\b/,
    wasOn: /^(?:era|e stato|questo era) (?:il|l)\b/,
    again: new RegExp(
      String.raw`\b(?:chiamato|scritto|sollecitato|mandato|inviato|contattato)\b.*\b${N} volte\b|\b${N} (?:telefonate|chiamate|mail|email|solleciti)\b`,
    ),
    other: /\b(?:di un altra persona|di qualcun altro|di un altro cliente|a nome di un altr[ao])\b/,
    data: /\b(?:codice|fattura|indirizzo|nome|cognome|sms|mail|email|ordine|account|dati|numero)\b/,
    reset: /\b(?:reimpostare|reimpostazione|resettare|reset|codice di accesso|codice di verifica)\b/,
    unasked: /\b(?:non ho (?:mai )?(?:chiesto|richiesto)|senza (?:averla |averlo )?(?:chiest|richiest)\w*)\b/,
    shown: /\bpassword\b.*\bin chiaro\b/,
    myName: /\b(?:a mio nome|a nome mio)\b/,
    notMine: /\b(?:non ho (?:mai )?|mai )(?:ordinato|firmato|comprato)\b/,
    fees: /\b(?:spese|costi)\b/,
    late: /\b(?:solo all ultimo|solo alla fine|all ultimo passaggio|solo al pagamento|solo in cassa)\b/,
    instead: /\binvece (?:di|del|della|dei|delle|degli|dello) (\S+)/,
    came: /\b(?:ricevut\w*|arrivat\w*|mandat\w*|spedit\w*|consegnat\w*)\b/,
    always: /\b(?:e sempre stat[oa]|costava sempre|era sempre) (?:a|di) \d/,
    sale: /\b(?:saldi|saldo|scontat[oa]|sconto|promo|prezzo barrato)\b/,
    stuck: /\b(?:non si (?:muove|e mosso|aggiorna)|non avanza|e fermo|e ferma)\b/,
    dearerOnline:
      /\b(?:costa|costano|costava) \d+ ?(?:euro|€)? (?:in )?meno\b.*\b(?:che|rispetto a)(?: sul| al| all| nel| in)? (?:sito|app|online)\b/,
  },
  es: {
    anchors: {
      wait: "días dias semana semanas mes meses",
      dates:
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre",
      again: "veces llamadas correos mails reclamos",
      identity: "otra otro alguien contraseña código restablecer resetear nombre",
      price: "gastos costos costes siempre menos",
      instead: "lugar vez",
      stuck: "mueve movido actualiza avanza parado detenido",
    },
    since: new RegExp(
      String.raw`\b(?:hace|desde hace|lleva|llevan|llevo|llevamos|ya son|ya van|van|tardaron|demoraron|demora de) ${N} ${UNIT}\b`,
    ),
    contact:
      /\b(?:llame|llamo|llamadas?|escribi|escribo|escrib\w+|mande|mensajes?|correos?|mails?|reclamo)\b/,
    months:
      "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre".split(
        " ",
      ),
    range: /\b(?:del|desde el|entre el) \d{1,2}(?: de \w+)? (?:al|hasta el|y el) \d{1,2}\b/,
    promise:
      /\b(?:prometieron|prometido|prometio|aseguraron|garantizaron)\b.*\b(?:en|dentro de) \d+ ?(?:h|horas|dias)\b/,
    wasOn: /^(?:eso fue|fue|era) (?:el)\b/,
    again: new RegExp(
      String.raw`\b(?:llame|escribi|reclame|mande|envie|contacte)\b.*\b${N} veces\b|\b${N} (?:llamadas|correos|mails|reclamos)\b`,
    ),
    other: /\b(?:de otra persona|a nombre de otr[ao]|de otro cliente|de alguien mas)\b/,
    data: /\b(?:codigo|factura|direccion|nombre|dni|sms|correo|mail|pedido|cuenta|datos|numero)\b/,
    reset:
      /\b(?:restablecer|restablecimiento|resetear|cambiar la contrasena|codigo de acceso|codigo de verificacion)\b/,
    unasked: /\b(?:no (?:la |lo )?(?:he )?(?:pedi|pedido|solicite|solicitado))\b/,
    shown: /\bcontrasena\b.*\b(?:en texto (?:visible|plano|claro)|a la vista)\b/,
    myName: /\b(?:a mi nombre)\b/,
    notMine: /\b(?:no|nunca) (?:he |lo he |lo )?(?:pedi|pedido|compre|comprado|firme|firmado)\b/,
    fees: /\b(?:gastos|costos|costes)\b/,
    late: /\b(?:solo al final|recien al final|al ultimo paso|en el ultimo paso|solo al pagar)\b/,
    instead: /\b(?:en lugar|en vez) del? (\S+)/,
    came: /\b(?:recibi|llego|llegaron|mandaron|enviaron|trajeron)\b/,
    always: /\b(?:siempre (?:estuvo|costo|ha costado|ha estado|valio)) (?:a |en )?\d/,
    sale: /\b(?:rebaja\w*|oferta|descuento|promo|precio tachado|rebajad[oa])\b/,
    stuck: /\b(?:no se (?:mueve|ha movido|actualiza)|no avanza|esta parado|esta detenido)\b/,
    dearerOnline:
      /\b(?:cuesta|cuestan|sale|salen|esta|estan) \d+ ?(?:euros?|pesos|dolares)? menos\b.*\bque en (?:la web|la pagina|la app|linea|internet|el sitio)\b/,
  },
};
