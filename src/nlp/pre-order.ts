import { IN_IF, IN_REQUEST } from "./requests.js";
import { BANG, BREAK, QUESTION, type Token, WORD } from "./text.js";

/**
 * A question asked before ordering (nineteenth pass, docs/classification.md): "If I order today, when will
 * it arrive?", "Jeśli zamówię dzisiaj, kiedy przyjdzie paczka?", "Se ordino oggi, quando arriva?", "Si pido
 * hoy, ¿cuándo llega?". Its "if" clause has the customer order or buy, so nothing has been bought and the
 * "when will it arrive" of a chase (the `asks` phrases) is a case asked about: the whole sentence the "?"
 * closes, from the clause that holds the "if", is marked IN_IF, over a request's marks (topics.ts and sentiment.ts read no problem there). Per language: the "if" words,
 * then a verb of ordering in the first person within two words ("if we order", "wenn ich heute bestelle").
 */
const IFS: Record<string, string> = {
  en: "if",
  pl: "jeśli jeżeli jesli jezeli gdy",
  de: "wenn falls",
  fr: "si",
  it: "se",
  es: "si",
};
const ORDER: Record<string, string> = {
  en: "order buy purchase",
  pl: "zamówię zamowie zamówimy zamowimy kupię kupie kupimy zamawiam",
  de: "bestelle bestellen kaufe",
  fr: "commande commandons achète achete achetons",
  it: "ordino ordiniamo compro compriamo acquisto",
  es: "pido pedimos compro compramos encargo",
};
const sets = (m: Record<string, string>) =>
  new Map(Object.entries(m).map(([k, v]) => [k, new Set(v.split(" "))] as const));
const IF_SETS = sets(IFS);
const ORDER_SETS = sets(ORDER);

/** "?", "!" or a full stop ends a sentence; a comma and Spanish "¿" do not. */
const ends = (t: Token): boolean =>
  (t.kind === QUESTION && t.w !== "¿") || t.kind === BANG || (t.kind === BREAK && t.w !== ",");

/** Whether an "if" word at j has a verb of ordering within the two words after it. */
function ordersAt(tokens: Token[], j: number, to: number, order: ReadonlySet<string>): boolean {
  for (let k = j + 1, seen = 0; k < to && seen < 3; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== WORD) return false;
    if (order.has(t.w)) return true;
    seen++;
  }
  return false;
}

/** Adds IN_IF over questions asked before ordering to a request mask (null when it has nothing). */
export function beforeOrder(tokens: Token[], lang: string, mask: Uint8Array | null): Uint8Array | null {
  const ifs = IF_SETS.get(lang);
  const order = ORDER_SETS.get(lang);
  if (!ifs || !order) return mask;
  let out = mask;
  let start = 0;
  for (let q = 0; q < tokens.length; q++) {
    const t = tokens[q] as Token;
    if (!ends(t)) continue;
    const from = start;
    start = q + 1;
    if (t.kind !== QUESTION) continue;
    // From the clause (to a comma) that holds the "if": "The parcel never arrived, what happens if I
    // order again?" still reports what came before.
    let clause = from;
    let at = -1;
    for (let j = from; j < q && at < 0; j++) {
      const w = tokens[j] as Token;
      if (w.kind === BREAK) clause = j + 1;
      else if (w.kind === WORD && ifs.has(w.w) && ordersAt(tokens, j, q, order)) at = j;
    }
    if (at < 0) continue;
    out ??= new Uint8Array(tokens.length);
    // The main clause was read as a request (clauses.ts); a chase in it is a case asked about too.
    for (let j = clause; j < q; j++) if (out[j] === 0 || out[j] === IN_REQUEST) out[j] = IN_IF;
  }
  return out;
}
