import { type Token, WORD } from "./text.js";
import type { Topic } from "./topics-list.js";

/**
 * "Leak" is a product's fault and a data breach in one word ("the bottle leaked", "our customer list
 * leaked"; "wyciek", "Leck", "fuite"), and the lexicons gave every leak both topics: a shop selling
 * shampoo saw `security` on its leaking bottles, and a breach was filed under product quality too. The
 * word's sense comes from the nouns beside it in the text: data, details, a list, an address, a
 * password, an account say a breach; anything else a thing that leaks. Italian and Spanish name a data
 * leak with its own words ("fuga di dati", "filtración"), so they need no sense.
 */
const SENSES: Record<string, { leak: RegExp; data: RegExp }> = {
  en: {
    leak: /^leak(?:s|ed|ing|age)?$/u,
    data: /^(?:data|details|information|info|lists?|address(?:es)?|e-?mails?|passwords?|accounts?|cards?|personal|database|records|customers?|db|logins?|credentials|numbers?)$/u,
  },
  pl: {
    leak: /^wyciek\p{L}*$/u,
    data: /^(?:dan(?:e|ych|ymi)|adres\p{L}*|has(?:l|ł)\p{L}*|kont\p{L}*|list\p{L}*|informacj\p{L}*|kart\p{L}*|baz\p{L}*|klient\p{L}*)$/u,
  },
  de: {
    leak: /^leck\p{L}*$/u,
    data: /^(?:\p{L}*daten\p{L}*|adresse\p{L}*|passw(?:o|ö)rt\p{L}*|\p{L}*konto\p{L}*|\p{L}*liste\p{L}*|informationen|kunden\p{L}*)$/u,
  },
  fr: {
    leak: /^fui(?:t|te|tes|tent)$/u,
    data: /^(?:donn(?:e|é)es?|adresses?|passe|comptes?|listes?|informations?|fichiers?|cartes?|clients?)$/u,
  },
};

/** The sense of the text's leak words: data where a data noun stands anywhere in it, else a thing. */
function senseOf(tokens: readonly Token[], data: RegExp): "data" | "thing" {
  for (const t of tokens) if (t.kind === WORD && data.test(t.w)) return "data";
  return "thing";
}

/**
 * For one text: whether a lexicon entry headed by the word `head` and giving `topic` counts. A leak of a
 * thing is no security matter, a leak of data no product fault. The text is read for its sense only
 * once an entry is headed by a leak word, so most texts cost nothing.
 */
export function leakJudge(tokens: readonly Token[], code: string): (head: string, topic: Topic) => boolean {
  const s = SENSES[code];
  if (!s) return () => true;
  let sense: "data" | "thing" | undefined;
  return (head, topic) => {
    if ((topic !== "security" && topic !== "product_quality") || !s.leak.test(head)) return true;
    sense ??= senseOf(tokens, s.data);
    return sense === "data" ? topic === "security" : topic === "product_quality";
  };
}
