import { sentenceSpans } from "./sentence-spans.js";
import type { Token } from "./text.js";

/**
 * A wrong or short item said as what was ordered and what came ("I ordered a size L but received an
 * S", "Blau bestellt, rot geliefert", "Zamówiłam dwie sztuki, a przyszła tylko jedna", "Pedí azul y me
 * enviaron rojo"): no word of blame, so nothing read it (data19: 0 of 48 on main). A sentence (a comma
 * does not end one) with a verb of ordering, then a verb or place of receiving, is read as `order_error`
 * unless what follows the ordering tells a time ("on Monday", "today", "late": delivery, not the item),
 * the same thing ("exactly", "both", "it"), a negation (nothing came: delivery), damage (its own topics) or
 * an answer or a refund that came. The verbs are verbs: "my order arrived" names no ordering ("order",
 * "pedido", "Bestellung" are nouns; French "commande" is read, as "commandé" is often typed bare).
 */
interface WrongItem {
  order: RegExp;
  received: RegExp;
  /** A verb of receiving too common alone: counts in a short sentence or beside `contrast`. */
  weak?: RegExp;
  contrast?: RegExp;
  /** Time, sameness, negation or a pronoun object after the ordering: not a wrong item. */
  not: RegExp;
}

/** Alternatives as whole words (letters with marks count as letters); `~` is any further letters. */
const words = (alts: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alts
      .trim()
      .split(/\s*\|\s*/)
      .join("|")
      .replaceAll("~", "\\p{L}*")})(?![\\p{L}\\p{N}])`,
    "u",
  );

const WRONG_ITEM: Record<string, WrongItem> = {
  en: {
    order: words(
      `ordered | bought | purchased | paid for | asked for | requested | (?:order|order confirmation|invoice) (?:says|said|shows|showed)`,
    ),
    // "got" alone is too common ("and got so many compliments"): read only beside a contrast (below).
    received: words(
      "received | arrived | came | sent | shipped | delivered | in the box | in the parcel | the delivery had",
    ),
    weak: words("got"),
    contrast: words("but | instead | only"),
    not: words(`monday | tuesday | wednesday | thursday | friday | saturday | sunday | today | tomorrow | yesterday |
      late | delayed | days? | weeks? | hours? | quick~ | fast | soon | on time | exactly | as expected |
      what i wanted | what i expected | what i ordered | both | all | it | them | never | not | didn't | hasn't |
      haven't | nothing | love | great | perfect~ | damaged | broken | torn | tear | cracked | smashed | answer | reply | response | email | refund`),
  },
  pl: {
    order: words(
      "zam[oó]wi[lł]~ | zamawia[lł]~ | zam[oó]wion~ | kupi[lł]~ | zap[lł]aci[lł]~ | prosi[lł]~ o | w zam[oó]wieniu (?:mia[lł]~|by[lł]~)",
    ),
    received: words(
      "dosta[lł]~ | przysz[lł]~ | przyszed[lł] | przys[lł]ali~ | otrzyma[lł]~ | przyjecha[lł]~ | w paczce | w pude[lł]ku",
    ),
    not: words(`poniedzia[lł]~ | wtor~ | [sś]rod~ | czwart~ | pi[aą]t~ | sobot~ | niedziel~ | dzi[sś] | jutro |
      wczoraj | szybko | na czas | dni | dzie[nń] | tygodni~ | op[oó][zź]ni~ | dok[lł]adnie | obie | oba |
      wszystk~ | nie | nic | super | idealn~ | uszkodz~ | zniszcz~ | p[eę]kni[eę]t~ | rozbit~ | odpowied~ | zwrot~`),
  },
  de: {
    order: words(
      "bestellt | gekauft | bezahlt | (?:auf|in) (?:meiner|der) bestellung (?:stand|steht) | ich wollte (?:den|die|das|einen|eine|ein)",
    ),
    received: words(
      "bekommen | erhalten | geliefert | angekommen | geschickt | kam | kamen | im karton | im paket | bekommen habe ich",
    ),
    not: words(`montag | dienstag | mittwoch | donnerstag | freitag | samstag | sonntag | heute | morgen | gestern |
      schnell | p[uü]nktlich | tagen? | tage | wochen? | versp[aä]t~ | sp[aä]t | genau | beide | alle | nicht |
      nie | nichts | kein~ | super | perfekt | kaputt~ | besch[aä]digt~ | zerbrochen | defekt~ | antwort~ | r[uü]ckerstattung`),
  },
  fr: {
    order: words(
      "command[ée]e?s? | (?:ai|avons|avais|avait) command~ | achet[ée]e?s? | pay[ée]e?s? | (?:ai|avais) demand[ée] | bon de commande",
    ),
    received: words("re[çc]u~ | arriv[ée]~ | envoy[ée]~ | livr[ée]~ | dans le colis | dans le carton"),
    not: words(`lundi | mardi | mercredi | jeudi | vendredi | samedi | dimanche | aujourd'hui | demain | hier | vite |
      rapide~ | [àa] temps | jours? | semaines? | retard | exactement | les deux | tous | toutes | pas | jamais |
      rien | parfait~ | super | cass[ée]~ | ab[iî]m[ée]~ | endommag[ée]~ | r[ée]ponse~ | remboursement`),
  },
  es: {
    order: words(
      "ped[ií] | pedimos | hab[ií]a pedido | compr[ée] | pagu[ée] | orden[ée] | solicit[ée] | en el pedido (?:pon[ií]a|dec[ií]a)",
    ),
    received: words(
      "lleg[oó] | llegaron | han llegado | ha llegado | recib[ií]~ | enviaron | mandaron | me mand~ | me envi~ | en la caja | en el paquete",
    ),
    not: words(`lunes | martes | mi[ée]rcoles | jueves | viernes | s[aá]bado | domingo | hoy | ma[nñ]ana | ayer |
      r[aá]pido | a tiempo | d[ií]as? | semanas? | tarde | retraso | justo | exactamente | las dos | los dos |
      todo | todos | nunca | nada | perfect~ | genial | rot[oa]s? | da[nñ]ad~ | respuestas? | reembolso`),
  },
  it: {
    order: words(
      "ordinat~ | comprat~ | pagat~ | chiest[oa] | richiest[oa] | nella conferma d ordine c era | nell ordine c era",
    ),
    received: words("arrivat~ | ricevut~ | mandat~ | spedit~ | nella scatola | nel pacco"),
    not: words(`luned[iì] | marted[iì] | mercoled[iì] | gioved[iì] | venerd[iì] | sabato | domenica | oggi | domani |
      ieri | in fretta | veloce~ | presto | in tempo | giorni | settimane? | ritardo | esattamente | entrambi |
      entrambe | tutti | tutte | non | mai | niente | perfett~ | rott[oiae] | danneggiat~ | rispost[ae] | rimborso`),
  },
};

/** Words from the ordering on, at most, for "got" to count without a contrast ("Ordered blue, got red."). */
const SHORT = 6;

/** Whether a sentence of the text says an item other than the one ordered came (see above). */
export function saysWrongItem(tokens: Token[], lang: string): boolean {
  const w = WRONG_ITEM[lang];
  if (!w) return false;
  for (const { words } of sentenceSpans(tokens)) {
    const s = words.join(" ");
    const o = w.order.exec(s);
    if (!o) continue;
    const after = s.slice(o.index);
    const rest = after.slice(o[0].length);
    const came =
      w.received.test(rest) ||
      (w.weak?.test(rest) === true && (w.contrast?.test(after) === true || after.split(" ").length <= SHORT));
    if (came && !w.not.test(after)) return true;
  }
  return false;
}
