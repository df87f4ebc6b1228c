/**
 * Whether a text speaks of its author or to someone by handle (social-mention pass, not-own-problem.ts):
 * first-person pronouns and possessives in every language, and the first-person verb forms that carry the
 * person alone where the pronoun is dropped ("Tengo un reclamo abierto", "ho ordinato", "zamówiłem").
 * Only forms that are first person and nothing else: not Polish present forms in -ę (nouns end so too),
 * not Italian "sono" (also "they are"), not Spanish preterites in -é/-í beyond a list.
 * An @handle outside a retweet's header addresses the shop or a friend: what follows is no bystander's news.
 */
const FIRST: Record<string, RegExp> = {
  en: /(?<![\p{L}'])(?:i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself|we|we're|we've|our|ours|us)(?![\p{L}'])/u,
  de: /(?<!\p{L})(?:ich|mich|mir|mein\p{L}*|wir|uns|unser\p{L}*|bin|hab|habe)(?!\p{L})/u,
  fr: /(?<!\p{L})(?:je|j'|j’|moi|mon|ma|mes|me|m'|m’|nous|notre|nos)(?!\p{L})/u,
  it: /(?<!\p{L})(?:io|mio|mia|miei|mie|mi|me|noi|nostr\p{L}|ho|avevo|abbiamo|m'|m’)(?!\p{L})/u,
  es: /(?<!\p{L})(?:yo|mi|mis|me|mío|mía|nos|nosotr\p{L}s|nuestr\p{L}+|he|tengo|estoy|llevo|sigo|pedí|compré|recibí|pagué|hice|quiero|necesito|espero)(?!\p{L})/u,
  pl: /(?<!\p{L})(?:ja|mnie|mi|mój|moja|moje|moj\p{L}+|nas|nasz\p{L}*|my|mam|jestem|czekam|rozumiem|wiem|myślę|uważam|sądzę|widzę|liczę|piszę|dzwonię|chcę|mogę|proszę|zamawiam|płacę|\p{L}+łem|\p{L}+łam|\p{L}+łbym|\p{L}+łabym)(?!\p{L})/u,
};

/** An @handle that is not a retweet's header ("RT @shop:"). */
const HANDLE = /(?<![\p{L}\d])(?<!\brt\s?)@[\p{L}\d_]/u;

/** Whether the lower-cased `text` addresses someone by @handle. */
export const addressesByHandle = (lower: string) => HANDLE.test(lower);

/** Whether the lower-cased `text` says I / my / we in `code`, or addresses someone by @handle. */
export function speaksOfSelf(lower: string, code: string): boolean {
  return (FIRST[code]?.test(lower) ?? false) || HANDLE.test(lower);
}
