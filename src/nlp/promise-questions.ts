/**
 * Twenty-fifth pass (docs/classification.md): a question that sets the promised property against the
 * fact, then the fact: "Is a "scratch resistant" phone case not supposed to resist scratches? Mine looks
 * like it's been through a blender." (English), "¿No era un colchón firme? Me hundo como en una piscina."
 * (Spanish); "Wasn't it meant to be waterproof? …", "War das nicht als wasserdicht beworben? …", "N'était-il
 * pas censé être étanche ? …", "Non doveva essere impermeabile? …", "Czy nie miał być wodoodporny? …". The
 * praise in it ("firme", "resistant") is the shop's promise, asked back; the answer is the fact told
 * after it. A question of the kind, then a sentence that is no question, in a text that tells a fault.
 */
const ASKED_BACK: Record<string, RegExp> = {
  en: /\b(?:(?:is|are|was|were)(?:n't|nt)?\b[^?.!]*\b(?:not\s+)?(?:supposed|meant)\s+to|(?:isn't|aren't|wasn't|weren't|isnt|arent|wasnt|werent)\b[^?.!]*\b(?:supposed|meant)\s+to)\b[^?.!]*\?/u,
  de: /(?:^|[\s¿])(?:sollte|sollten|soll|sollen|war|waren)\s+(?:\p{L}+\s+){0,3}?nicht(?!\p{L})[^?.!]*\?/u,
  pl: /(?:^|\s)(?:czy\s+)?nie\s+miał(?:a|o|y)?\s+(?:\p{L}+\s+)?być(?!\p{L})[^?.!]*\?|(?:^|\s)czy\s+to\s+nie\s+(?:miał\p{L}*|był\p{L}*)(?!\p{L})[^?.!]*\?/u,
  fr: /(?:^|\s)(?:n'(?:était|étaient|est|êtes)(?:-(?:il|elle|ce|ils|elles))?\s+pas|ce\s+n'était\s+pas)(?!\p{L})[^?.!]*\?|(?:^|\s)(?:pas\s+)?censée?s?\s+(?:être|\p{L}+er)(?!\p{L})[^?.!]*\?/u,
  it: /(?:^|\s)non\s+(?:era|erano|doveva|dovevano|dovrebbe|dovrebbero)(?!\p{L})[^?.!]*\?/u,
  es: /(?:^|[\s¿])no\s+(?:era|eran|iba\s+a\s+ser|se\s+supon[íi]a\s+que|deber[íi]a)(?!\p{L})[^?.!]*\?/u,
};

/** Whether the text asks a promised property back and then tells a sentence that is no question. */
export function asksPromiseBack(text: string, code: string): boolean {
  const asked = ASKED_BACK[code];
  if (!asked) return false;
  const lower = text.toLowerCase();
  const m = asked.exec(lower);
  if (!m) return false;
  const after = lower.slice(m.index + m[0].length);
  // The fact the question is set against: a sentence of words after it, itself no question.
  const next = after.split(/(?<=[.!?…])\s+|\n/u).find((s) => /\p{L}/u.test(s));
  return next !== undefined && !next.includes("?");
}
