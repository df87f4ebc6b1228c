import { firstOf, NEG, SENT } from "./packs.js";
import { anyIs, type Lookups, mayHave } from "./sentiment.js";
import { endsFullSentence, QUESTION, type Token, WORD } from "./text.js";
import { anchorWords, foldedText, REDRESS_WORDS, tokenAtOffset, wordSet } from "./tone-words.js";

/**
 * A problem put right and praised (twenty-first pass, docs/classification.md): "Got double charged but
 * … it was refunded the same afternoon with an apology. Happy customer.", "Przyszedł uszkodzony blender,
 * napisałam maila i w dwa dni miałam nowy. Bardzo dziękuję!", "Mon colis s'était perdu mais vous m'en
 * avez renvoyé un sans discuter. Merci beaucoup !", "Falsche Farbe bekommen, aber … der Austausch war
 * schon unterwegs. Klasse gelöst!", "… ma mi hanno rimborsato subito scusandosi. Ottimo servizio.", "El
 * paquete se perdió pero me mandaron otro sin preguntas." A redress told as done (refunded, replaced, a
 * new one sent or had, sorted, resolved), not negated, not asked, not promised ("would be refunded"),
 * with praise after it: the story before it is the past the praise is about. sentiment.ts weighs the
 * words before it as before a "but" and lets a closing thanks count; reading.ts drops the problems when
 * the text reads positive, so it is no complaint.
 */

/** A praise this strong after the redress: "thanks" (+1.9), "happy" (+2.7); "ok" is no praise. */
const PRAISE = 1;
/** A word this strong after the redress is a new failure ("refunded, but only after a month. Awful."). */
const BLAME = -1.5;

const DONE = new RegExp(
  `\\b(?:${[
    // English: past forms only ("refund" names a thing, "will refund" promises).
    "refunded|reimbursed|replaced|exchanged|resolved|sorted(?: it)?(?: out)?|fixed it",
    "(?:sent|shipped|posted) (?:me |us |out )?(?:a |an )?(?:new|replacement|another|second)",
    "had (?:a )?(?:new|replacement)",
    "replacement (?:arrived|came|was sent|was on its way)",
    // Polish: done verbs of giving back, exchanging, sending a new one, having it.
    // "zwrócić" alone is also "zwróciła uwagę" (drew attention), "zwrócili się" (turned to): money after it.
    "(?:zwrocil[aiy]?|zwrocono|oddali|oddano) (?:mi |nam )?(?:cal[aey] |cala )?(?:pieniadze|kase|kwote|srodki|naleznosc|nadplate)",
    "wymienil[aiy]? (?:mi |nam )?(?:go|ja|je|na nowy|na nowa|na nowe)|wymieniono|rozwiazal[aiy]?|rozwiazano|zalatwil[aiy]?",
    "(?:przyslal[aiy]?|wyslal[aiy]?|dostal(?:am|em)|mial(?:am|em)|przyszedl|przyszla|przyszlo) (?:mi )?(?:juz )?(?:nowy|nowa|nowe|nowego|kolejny|kolejna|drugi|druga|zamiennik)",
    // German: erstattet, ersetzt, getauscht, der Austausch unterwegs, Ersatz geschickt, gelöst.
    "(?:zuruck|zurueck|ruck|rueck)?erstattet|ersetzt|ausgetauscht|umgetauscht|getauscht",
    "austausch (?:war |ist )?(?:schon |sofort |gleich |direkt )?unterwegs",
    "(?:ersatz|neue[nsr]?|ein neues|einen neuen|eine neue) (?:\\w+ )?(?:geschickt|zugeschickt|geliefert|bekommen|erhalten|kam)",
    "(?<!sich )(?:gelost|geloest|geklart|geklaert)",
    // French: remboursé, remplacé, échangé, renvoyé un, envoyé un autre, réglé, résolu.
    "(?:ai|a|avez|ont|ete|etais|etait) (?:\\w+ )?(?:rembourse|remboursee|remplace|remplacee|echange|echangee|regle|resolu|resolue)",
    "(?:m en|en|m) (?:\\w+ )?(?:renvoye|envoye|reexpedie) (?:un|une)",
    "(?:renvoye|envoye) (?:un|une) (?:autre|nouveau|nouvelle)",
    // Italian: rimborsato, sostituito, mandato un altro, risolto.
    "(?:rimborsat[oaie]|sostituit[oaie]|risolt[oaie])",
    "(?:mandato|inviato|spedito|rimandato|rispedito) (?:subito )?(?:un altro|un altra|una nuova|un nuovo|il nuovo|la nuova)",
    // Spanish: reembolsaron, me mandaron otro, solucionado, lo arreglaron.
    "reembolsaron|reembolsado|reembolsada|devolvieron (?:el dinero|el importe|todo)",
    "(?:mandaron|enviaron|mandado|enviado) (?:enseguida )?(?:otr[oa]s?|un[oa]s? nuev[oa]s?)",
    "sustituyeron|me lo cambiaron|me la cambiaron|solucionad[oa]|solucionaron|resuelto|resolvieron|arreglaron",
  ].join("|")})\\b`,
);

/** "would be refunded", "to be replaced", "will be sorted", "help me get this resolved": promised or asked. */
const PROMISED =
  /\b(?:would|will|should|to|supposed to|going to|get|getting|need|needs|want|please|pls) (?:be |have )?(?:\w+ )?$/;

const ANCHORS = wordSet(`refunded reimbursed replaced exchanged resolved sorted fixed sent shipped posted had
  replacement
  zwrócił zwróciła zwrócili zwróciły zwrócono oddali oddano wymienił wymieniła wymienili wymieniono
  rozwiązał rozwiązali rozwiązano załatwił załatwili przysłali przysłał przysłała wysłali wysłał wysłała
  dostałam dostałem miałam miałem przyszedł przyszła przyszło wymieniła
  erstattet zurückerstattet rückerstattet ersetzt ausgetauscht umgetauscht getauscht austausch ersatz
  geschickt zugeschickt gelöst geklärt
  remboursé remboursée remplacé remplacée échangé échangée réglé résolu résolue renvoyé envoyé réexpédié
  rimborsato rimborsata rimborsati rimborsate sostituito sostituita sostituiti risolto
  risolta mandato inviato spedito rimandato rispedito
  reembolsaron reembolsado reembolsada devolvieron mandaron enviaron mandado enviado sustituyeron
  cambiaron solucionado solucionada solucionaron resuelto resolvieron arreglaron`);

/** The valence of the word at i in the first language read that has one, or 0. */
export function valenceAt(look: Lookups, tokens: Token[], i: number): number {
  for (const row of look) {
    const e = firstOf(row[i] ?? null, SENT, tokens, i);
    if (e) return e.value.weight;
  }
  return 0;
}

/** Whether a negator stands within three words before k ("not refunded", "pas encore été remboursée"). */
function negatedBefore(tokens: Token[], look: Lookups, k: number): boolean {
  for (let j = k - 1, seen = 0; j >= 0 && seen < 3; j--) {
    const t = tokens[j] as Token;
    if (t.kind !== WORD) return false;
    seen++;
    if (anyIs(look, j, NEG)) return true;
  }
  return false;
}

/** Whether the sentence holding k is a question. */
function asked(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (endsFullSentence(t)) return t.kind === QUESTION;
  }
  return false;
}

/** Whether praise follows `from` and no new failure does. */
function praisedAfter(tokens: Token[], look: Lookups, from: number): boolean {
  let praise = false;
  for (let k = from + 1; k < tokens.length; k++) {
    if ((tokens[k] as Token).kind !== WORD) continue;
    const v = valenceAt(look, tokens, k);
    if (v <= BLAME && !negatedBefore(tokens, look, k)) return false;
    if (v >= PRAISE && !negatedBefore(tokens, look, k)) praise = true;
  }
  return praise;
}

/** The token position where a problem is told put right, with praise after it (see above), or -1. */
export function redressAt(tokens: Token[], look: Lookups): number {
  if (!mayHave(look, REDRESS_WORDS)) return -1;
  const f = foldedText(tokens);
  const m = DONE.exec(f.s);
  if (!m) return -1;
  const at = tokenAtOffset(f, m.index);
  if (PROMISED.test(f.s.slice(0, m.index)) || negatedBefore(tokens, look, at) || asked(tokens, at)) return -1;
  return praisedAfter(tokens, look, at) ? at : -1;
}

anchorWords(ANCHORS, REDRESS_WORDS);
