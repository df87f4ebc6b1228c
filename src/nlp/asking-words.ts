import { IN_ASKING, IN_IF, IN_REQUEST } from "./requests.js";
import { endsFullSentence, QUESTION, type Token, WORD } from "./text.js";

/**
 * Words that ask, not judge (nineteenth pass, docs/classification.md): in a question, a modal word ("il
 * faut", "hace falta", "is it possible", "is it necessary", "do I need"), a word of availability ("È
 * disponibile anche nella taglia L?", "do you accept PayPal?") or a property asked about ("Questa giacca è
 * impermeabile?", "Le tissu passe-t-il en machine ?", "does it run true to size?"), a fitness or a deal asked
 * about (twenty-first pass: "Is the moisturiser fragrance free?", "Ab welchem Alter ist das Spiel geeignet?",
 * "Da che età è consigliato?", "Ci saranno sconti?", "¿Vais a tener ofertas?") names what the customer
 * wants to know and says nothing of how it went; the lexicons gave them valences ("faut" −2.4, "falta" −2.4,
 * "possibile" +1.6, "disponibile" +1.6, "accept" +1.6). Per language; an entry ending in "*" is a stem
 * (inflection: "disponibili", "możliwa", "verfügbaren"); "a+b" is b only right after a ("hace falta": a
 * bare "¿Por qué falta una pieza?" still complains), "a>b" is a only right before b ("true to size"; "I heard
 * a rumor the flight was cancelled. Is this true?" keeps its "true", an airline tweet read negative without it). Read only in the sentence a "?" closes (a comma does
 * not end it), so "Il faut une semaine pour répondre." and "Falta una pieza." keep their valence.
 */
const ASKING: Record<string, string> = {
  en: `possible possibly available availability necessary need needs needed accept* allow* true>to waterproof
    water-resistant create register !suitable !suited free save discount* deals`,
  pl: `możliw* dostępn* potrzeb* trzeba musz* akcept* przyjmuj* wodoodporn* można !odpowiedni* !nadaj* rabat*
    promocj*`,
  de: `möglich* verfügbar* erhältlich* nötig* notwendig* brauch* akzeptier* wasserdicht* wasserabweisend*
    !geeignet* rabatt* angebot*`,
  fr: `faut falloir possible* disponible* nécessaire* accept* imperméable* passe passer passent besoin
    !adapté* !adapte* !convien* promo* réduction*`,
  it: `possibil* disponibil* necessari* bisogna accett* impermeabil* sfoderabil* !adatt* !consigliat* scont*
    offert*`,
  es: `posible* disponible* necesari* hace+falta hará+falta haga+falta acept* impermeable* !apt* !adecuad*
    !recomendad* oferta* descuento*`,
};

interface Words {
  /** Words marked "!": they ask only without a negator just before ("non era adatta?" complains). */
  unless: Set<string>;
  exact: Set<string>;
  stems: string[];
  /** word → the word that must stand right before it */
  after: Map<string, Set<string>>;
  /** word → the word that must stand right after it */
  before: Map<string, Set<string>>;
}

function pair(map: Map<string, Set<string>>, word: string, other: string): void {
  const set = map.get(word) ?? new Set<string>();
  set.add(other);
  map.set(word, set);
}

const compiled = new Map<string, Words>();
for (const [lang, list] of Object.entries(ASKING)) {
  const w: Words = { unless: new Set(), exact: new Set(), stems: [], after: new Map(), before: new Map() };
  for (const raw of list.split(/\s+/).filter(Boolean)) {
    const item = raw.startsWith("!") ? raw.slice(1) : raw;
    if (item !== raw) w.unless.add(item.endsWith("*") ? item.slice(0, -1) : item);
    const plus = item.indexOf("+");
    const gt = item.indexOf(">");
    if (plus > 0) pair(w.after, item.slice(plus + 1), item.slice(0, plus));
    else if (gt > 0) pair(w.before, item.slice(0, gt), item.slice(gt + 1));
    else if (item.endsWith("*")) w.stems.push(item.slice(0, -1));
    else w.exact.add(item);
  }
  compiled.set(lang, w);
}

/** Negators of the six languages, for the words marked "!". */
const NEGATORS: ReadonlySet<string> = new Set(
  "not isn't aren't wasn't no nie nicht kein keine pas non ne n no ni".split(" "),
);

/** Whether a negator stands in the two words before i. */
function negated(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    const t = tokens[j] as Token;
    if (t.kind !== WORD) return false;
    if (NEGATORS.has(t.w)) return true;
  }
  return false;
}

function asks(words: Words, tokens: Token[], i: number): boolean {
  const w = (tokens[i] as Token).w;
  if (words.unless.size > 0 && negated(tokens, i))
    for (const u of words.unless) if (w.startsWith(u)) return false;
  if (words.exact.has(w)) return true;
  const before = words.after.get(w);
  if (before) {
    const p = tokens[i - 1];
    return p !== undefined && p.kind === WORD && before.has(p.w);
  }
  const next = words.before.get(w);
  if (next) {
    const n = tokens[i + 1];
    return n !== undefined && n.kind === WORD && next.has(n.w);
  }
  for (const s of words.stems) if (w.startsWith(s)) return true;
  return false;
}

/**
 * Marks IN_ASKING, in a request mask (null when it has nothing), the words that ask in a sentence a "?"
 * closes, where the mask has nothing there or reads a plain request or a case; a "why" question or a
 * pressing one keeps its marks ("Pourquoi faut-il attendre trois semaines ?" complains).
 */
export function askingWords(tokens: Token[], lang: string, mask: Uint8Array | null): Uint8Array | null {
  const words = compiled.get(lang);
  if (!words) return mask;
  let out = mask;
  let start = 0;
  for (let q = 0; q < tokens.length; q++) {
    const t = tokens[q] as Token;
    if (!endsFullSentence(t)) continue;
    if (t.kind === QUESTION) {
      for (let i = start; i < q; i++) {
        if ((tokens[i] as Token).kind !== WORD || !asks(words, tokens, i)) continue;
        const m = out?.[i] ?? 0;
        if (m !== 0 && m !== IN_REQUEST && m !== IN_IF) continue;
        out ??= new Uint8Array(tokens.length);
        out[i] = IN_ASKING;
      }
    }
    start = q + 1;
  }
  return out;
}
