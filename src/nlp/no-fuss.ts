import { valenceAt } from "./redress.js";
import { sentenceAround } from "./sentence-spans.js";
import { type Lookups, mayHave } from "./sentiment.js";
import { type Token, WORD } from "./text.js";
import { anchorWords, NO_FUSS_WORDS } from "./tone-words.js";

/**
 * A service done without fuss: "refunded, no questions asked", "remboursé sans discuter", "Umtausch …
 * ohne Diskussion", "bez dyskusji", "rimborsato subito, senza storie", "sin rechistar". The first two
 * writers' dev sets praise with it ("… vous m'en avez renvoyé un sans discuter. Merci beaucoup !", "Umtausch
 * … ohne Diskussion, obwohl online bestellt.") and the fifth writer's ("GiocaStore mi ha rimborsato subito
 * il gioco richiamato, senza storie."). Word by word the idiom reads as a fault denied at best ("no",
 * "questions", "fuss" score below zero; "senza storie" nothing), and a refund named beside it then made a
 * complaint. The idiom's words count nothing; the idiom counts as one word of praise. Idioms the lexicons
 * already read as praise ("bez problemu", "sans problème", "problemlos", "hassle-free") are left to them.
 * Only a service the writer wanted is praised so: a refund, a return, an exchange, a replacement or a
 * repair named in the idiom's sentence, and no word of blame beside it. "They cancelled my order, no
 * questions asked", "Anulowali zamówienie bez dyskusji" and "Remboursé sans discuter, mais trois semaines
 * plus tard, inadmissible" are read as before.
 */

/** The idiom's praise: as strong as "great", so that a refund named beside it ("Refunded, no fuss.") reads praise. */
export const NO_FUSS_VALENCE = 2;

const IDIOMS: readonly (readonly string[])[] = `
  no questions asked | without a fuss | without any fuss | without fuss | no fuss | without any hassle |
  without a hassle | no hassle
  sans discuter | sans discussion | sans chichis | sans histoire | sans histoires | sans broncher |
  sans poser de questions
  ohne diskussion | ohne diskussionen | anstandslos | ohne wenn und aber | ohne murren | ohne nachfragen
  bez dyskusji | bez zbędnych pytań | bez zbednych pytan | bez pytań | bez pytan | bez gadania
  senza storie | senza discutere | senza fare domande | senza battere ciglio | senza problemi
  sin rechistar | sin poner pegas | sin pegas | sin preguntas | sin problemas | sin discutir`
  .split(/[|\n]/)
  .map((p) => p.trim().split(/\s+/))
  .filter((p) => p[0] !== "");

// Any idiom holds its last word ("asked", "discuter", "anstandslos"): lookupAll notes them per text, so a
// text without one is not walked word by word.
anchorWords(new Set(IDIOMS.map((p) => p[p.length - 1] as string)), NO_FUSS_WORDS);

/** The idioms by their first word: a word opens few of them ("no": three, "sans": six). */
const BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = IDIOMS.reduce((m, p) => {
  const first = p[0] as string;
  m.set(first, [...(m.get(first) ?? []), p]);
  return m;
}, new Map<string, (readonly string[])[]>());

/** Word beginnings of a service wanted: refund, return, exchange, replacement, repair, in six languages. */
const SERVICE =
  /^(?:refund|reimburs|replac|exchang|return|swap|repair|rembours|rempla|[ée]chang|retour|r[ée]par|renvoy|erstatt|zur[uü]ckerstatt|r[uü]ckerstatt|ersetz|getauscht|umtausch|austausch|tausch|r[uü]ckgabe|r[uü]cksend|zwrot|zwr[oó]c|wymian|wymieni|napraw|rimbors|sostitu|cambi|reso|resi|ripar|restitu|reembols|devol|sustitu|reemplaz)/;
/** A word this strong in the idiom's sentence blames: "cancelled", "annulé", "storniert". */
const BLAME = -1;

/** Tokens of one of `idioms` (those opened by the word at i) starting at i, or 0. */
function idiomAt(tokens: Token[], i: number, idioms: readonly (readonly string[])[]): number {
  let best = 0;
  for (const p of idioms) {
    if (p.length <= best) continue;
    let k = 1;
    while (k < p.length && tokens[i + k]?.kind === WORD && tokens[i + k]?.w === p[k]) k++;
    if (k === p.length) best = k;
  }
  return best;
}

/** Whether the idiom [from, to)'s sentence names a service wanted and no word outside it blames. */
function praisesService(tokens: Token[], look: Lookups, from: number, to: number): boolean {
  const [a, end] = sentenceAround(tokens, from, to);
  let service = false;
  for (let k = a; k < end; k++) {
    if (k >= from && k < to) continue;
    const t = tokens[k] as Token;
    if (t.kind === WORD && SERVICE.test(t.alt ?? t.w)) service = true;
    if (t.kind === WORD && SERVICE.test(t.w)) service = true;
    if (valenceAt(look, tokens, k) <= BLAME) return false;
  }
  return service;
}

/** Each idiom that praises (see above) marked by its length at its first word, or null when the text holds none. */
export function noFussAt(tokens: Token[], look: Lookups): Uint8Array | null {
  if (!mayHave(look, NO_FUSS_WORDS)) return null;
  let mask: Uint8Array | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const idioms = t.kind === WORD ? BY_FIRST.get(t.w) : undefined;
    if (idioms === undefined) continue;
    const len = idiomAt(tokens, i, idioms);
    if (len === 0 || !praisesService(tokens, look, i, i + len)) continue;
    mask ??= new Uint8Array(tokens.length);
    mask[i] = len;
    i += len - 1;
  }
  return mask;
}

/** The idiom starting at i as sentiment.ts reads a word: one praise across its words. */
export function noFussWord(mask: Uint8Array | null, i: number) {
  const len = mask?.[i] ?? 0;
  return len > 0
    ? { v: NO_FUSS_VALENCE as number | undefined, len, contrast: false, modifier: 0 }
    : undefined;
}
