import type { Topic } from "./topics-list.js";

/**
 * A language's hand-written resources. Word lists are space-separated strings so they stay compact and
 * readable; `*` ends a stem (prefix match), `_` joins the words of a phrase (token sequence).
 * Sentiment entries are `word:weight` with weights on VADER's −4…+4 scale (bare word: ±2 by list).
 */
export interface LanguagePack {
  code: string;
  /** Frequent function words that identify the language (short texts). */
  functionWords: string;
  /**
   * Words that are also another word typed without its marks, and mean themselves: German "tauschen"
   * (exchange) is no "täuschen" (deceive), "wurden" no "würden". Never read as a spelling without marks.
   */
  plainWords?: string;
  negators: string;
  intensifiers: string;
  diminishers: string;
  /** "but"-like words: what follows outweighs what precedes. */
  contrast: string;
  positive: string;
  negative: string;
  /** Words that raise the chance the author reports a problem, without a topic. */
  complaint: string;
  /** Per topic: `subject` names the thing (parcel, refund), `problem` says something went wrong with it. */
  topics: Record<Topic, { subject: string; problem: string }>;
  /**
   * Verbs of what a customer waits for. Negated ("never arrived", "nie dotarła", "n'est pas arrivé")
   * they report that it did not happen: a problem of the topic they are listed under. `receive` and
   * `work` ("not received", "doesn't work") take the topic of the nearest thing named (refund, app,
   * coupon), else delivery and product_quality.
   */
  expected: Partial<Record<Topic, string>> & { receive: string; work: string };
  /**
   * Asking or waiting after something the customer is owed ("where is my", "gdzie jest moja", "wo
   * bleibt", "j'attends", "llevo esperando"): the topic of the thing named, else delivery.
   */
  asks: string;
  /**
   * Words that report a problem only beside a thing of the topic, in any word order: going up beside
   * prices ("podnieśli ceny", "les prix ont augmenté"), "twice" beside a payment, "refused" beside a
   * refund or return.
   */
  beside: Partial<Record<Topic, string>>;
  /** Crisis signal id → words/phrases. */
  crisis: Record<string, string>;
  /** Inflection endings, longest first is not required; used to fold word forms onto one key. */
  suffixes: string;
  /**
   * Words the generated (translated) lexicon gives a valence they do not carry in this language: modal
   * verbs, particles and prepositions that share a spelling with a sentiment word ("würde", "falls",
   * "laut", "halt"). Read as sentiment words of weight 0, so no lexicon scores them.
   */
  neutral?: string;
  /**
   * Words of "little" that deny the adjective right after them ("mało pomocny", "poco serio", "wenig
   * hilfreich"): a diminisher would leave them positive. Not after an article ("un poco", "ein wenig").
   */
  lows?: string;
  /**
   * Words and phrases that open a question asking how to do something or whether it can be done ("how",
   * "can I", "do you", "jak", "czy", "wie kann ich", "est-ce que", "posso", "¿puedo"): such a question is
   * a request, not a complaint, when nothing in it reports a problem (see requests.ts). Never "why".
   */
  requests?: string;
  /**
   * Words that press in such a question ("finally", "wreszcie", "endlich", "enfin", "por fin"): "When
   * will I finally get my money back?" asks after something owed, a complaint.
   */
  impatience?: string;
  /**
   * Words that open a request stated, not asked ("i'd like to", "please", "chcę", "ich möchte", "je
   * voudrais", "vorrei", "quiero"): read like `requests` (requests.ts), and also when typed without "?".
   */
  wishes?: string;
  /** Sign-offs ("thanks", "cheers", "best regards", "pozdrawiam", "liebe grüße"): see closings.ts. */
  closings?: string;
  /** Verbs of buying or using that "never … again" denies (churn.ts): "never *order* from you again". */
  churnVerbs?: string;
  /** Words that close "never … again" (churn.ts). */
  again?: string;
  /** "thanks for", "danke für", "merci pour": thanks whose object, when it is a failure, is irony (irony.ts). */
  thanksFor?: string;
  /** Nouns a lone praise of a failure may end with: "Great job.", "Nice work." (irony.ts). */
  praiseTails?: string;
  /**
   * Reasons that are the customer's own ("by mistake", "changed my mind", "not my style", "pomyliłam",
   * "anders überlegt", "ho sbagliato"): in a request, the clause holding one reports no problem of the shop.
   */
  ownReasons?: string;
  /**
   * Words that open a question asking why ("why", "dlaczego", "warum", "pourquoi", "perché", "por qué"):
   * about a thing of a topic (an order, a parcel, a charge) such a question complains (requests.ts).
   */
  whys?: string;
  /** "Not only" phrases ("nie_tylko", "nicht_nur"): a negator in them denies nothing, and they carry no valence. */
  notOnly?: string;
}
