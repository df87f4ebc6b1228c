/**
 * A middling verdict (product reviews, fourth writer's dev set): three stars, or a reviewer's own word
 * that the thing is middling ("Durchschnittlich.", "Mittelmäßig.", "Moyen. … sans plus", "Ni fu ni fa",
 * "qualità nella media", "Średnio … szału nie ma", "nothing special"), says neutral whatever the praise
 * or the fault around it: a review stream rates 3 stars neutral, and a 3-star review that tells a fault
 * is still a complaint about it. Only the sentiment moves; complaint and topics are read as before.
 * Not "nic więcej", "rien de plus", "sin más", "niente di più" or "comme les autres" alone: they close
 * praise as often ("nic więcej nie trzeba", "Perfecto, sin más", "niente di più da aggiungere").
 */
import { NEGATIVE_AT, POSITIVE_AT } from "./reading.js";

/** Just below the negative threshold: a verdict of one or two stars, never a strong one. */
export const JUST_NEGATIVE = NEGATIVE_AT - 0.05;

/** The score of a middling text: inside the neutral band, nearer its edge than its middle. */
export function toNeutral(score: number): number {
  return Math.min(POSITIVE_AT - 0.05, Math.max(NEGATIVE_AT + 0.05, score));
}

/** A verdict standing as a sentence of its own: "Durchschnittlich.", "Moyen.", "Średnio." */
const ALONE: Record<string, string> = {
  en: "average|so-so|meh|middling",
  de: "durchschnittlich|mittelmäßig|mittelmässig|geht so",
  fr: "moyen|moyenne|mitigé|mitigée|bof|sans plus",
  it: "nella media|così così|cosi cosi",
  es: "regular|normalito|normalita|ni fu ni fa",
  pl: "średnio|przeciętnie|tak sobie|ujdzie",
};
/** The same said inside a sentence. */
const SAID: Record<string, string> = {
  en: "nothing special|nothing more,? nothing less|nothing to write home about|middle of the road",
  de: "nichts besonderes|nicht mehr und nicht weniger|nichts weltbewegendes|durchschnittliche[rsn]? qualität",
  fr: "mais sans plus|correct sans plus|rien d'exceptionnel|ni bon ni mauvais|c'est déjà ça|comme un autre",
  it: "nella media|niente di speciale|niente di che|niente di più,? niente di meno|né meglio né peggio|ne meglio ne peggio|né bello né brutto",
  es: "ni fu ni fa|ni bueno ni malo|nada del otro mundo|(?:correct[oa]|normal|aceptable|cumple) sin más|del montón|ni muy \\p{L}+ ni muy",
  pl: "szału nie ma|nic specjalnego|ani dobr\\p{L}+,? ani zł\\p{L}+|jakość przeciętna|przeciętnej jakości",
};

const PATTERNS = new Map<string, RegExp>(
  Object.keys(ALONE).map((code) => [
    code,
    new RegExp(
      `(?:^|[.!?…:—–-]\\s*)(?:${ALONE[code]})\\s*(?:[.!…—–-]|$)|(?<!\\p{L})(?:${SAID[code]})(?!\\p{L})`,
      "iu",
    ),
  ]),
);

/** Whether the text gives a middling verdict in its language. */
export function saysMiddling(text: string, code: string): boolean {
  return PATTERNS.get(code)?.test(text) ?? false;
}
