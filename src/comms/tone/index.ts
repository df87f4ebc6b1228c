import { LANGUAGES } from "../../core/lang.js";
import { LEXICONS, type ToneLanguage } from "./lexicon.js";

export type { ToneLanguage } from "./lexicon.js";

export type ToneRemarkKind =
  | "defensive"
  | "blaming"
  | "jargon"
  | "undated_promise"
  | "missing_apology"
  | "missing_next_step";

export interface ToneRemark {
  kind: ToneRemarkKind;
  /** The matched words; empty for something missing. */
  text: string;
  /** Where the match starts in the text; -1 for something missing. */
  index: number;
  /** Why it matters, in English, shown beside the draft. */
  why: string;
}

export interface ToneResult {
  ok: boolean;
  remarks: ToneRemark[];
}

export interface ToneOptions {
  expectApology?: boolean;
  expectNextStep?: boolean;
}

export const TONE_LANGUAGES: readonly ToneLanguage[] = LANGUAGES;

export const WHY: Record<ToneRemarkKind, string> = {
  defensive:
    "Defensive wording sounds like the shop protects itself instead of the customer; state what happened and what you do.",
  blaming:
    "Blaming a courier, partner or the customer reads as dodging responsibility; customers bought from you, so own the problem.",
  jargon: "Technical jargon the customer does not need; say what it means for their order or payment.",
  undated_promise:
    "A promise without a date or time cannot be checked and breeds follow-up questions; give a time or say when the next update comes.",
  missing_apology: "This kind of message calls for a plain apology and there is none.",
  missing_next_step:
    "The reader is not told what happens next or what they can do; add the next update time or an action.",
};

// Boundaries that work for every script (\b is ASCII-only in JS).
const compile = (sources: string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join("|")})(?![\\p{L}\\p{N}])`, "giu");

interface Compiled {
  defensive: RegExp;
  blaming: RegExp;
  jargon: RegExp;
  promise: RegExp;
  dated: RegExp;
  apology: RegExp;
  nextStep: RegExp;
}

const cache = new Map<ToneLanguage, Compiled>();

function compiled(language: ToneLanguage): Compiled {
  let c = cache.get(language);
  if (!c) {
    const l = LEXICONS[language];
    c = {
      defensive: compile(l.defensive),
      blaming: compile(l.blaming),
      jargon: compile(l.jargon),
      promise: compile(l.promise),
      dated: compile(l.dated),
      apology: compile(l.apology),
      nextStep: compile(l.nextStep),
    };
    cache.set(language, c);
  }
  return c;
}

function* matches(re: RegExp, text: string): Generator<{ text: string; index: number }> {
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) yield { text: m[0], index: m.index ?? 0 };
}

/** The sentence around a position, so a date elsewhere in the text does not excuse a vague promise. */
function sentenceAt(text: string, index: number): string {
  const before = text.slice(0, index);
  const start =
    Math.max(
      before.lastIndexOf(". "),
      before.lastIndexOf("! "),
      before.lastIndexOf("? "),
      before.lastIndexOf("\n"),
    ) + 1;
  const rest = text.slice(index);
  const endRel = rest.search(/[.!?](?:\s|$)|\n/);
  return text.slice(start, endRel < 0 ? text.length : index + endRel + 1);
}

const has = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0;
  return re.test(text);
};

/**
 * Flags wording that hurts trust in a crisis message: defensive or blaming phrases, jargon, promises
 * without a date, and (when the message type calls for them) a missing apology or next step.
 */
export function checkTone(text: string, language: ToneLanguage, opts: ToneOptions = {}): ToneResult {
  const c = compiled(LEXICONS[language] ? language : "en");
  const remarks: ToneRemark[] = [];
  for (const kind of ["defensive", "blaming", "jargon"] as const) {
    for (const m of matches(c[kind], text))
      remarks.push({ kind, text: m.text, index: m.index, why: WHY[kind] });
  }
  for (const m of matches(c.promise, text)) {
    if (!has(c.dated, sentenceAt(text, m.index))) {
      remarks.push({ kind: "undated_promise", text: m.text, index: m.index, why: WHY.undated_promise });
    }
  }
  if (opts.expectApology && !has(c.apology, text)) {
    remarks.push({ kind: "missing_apology", text: "", index: -1, why: WHY.missing_apology });
  }
  if (opts.expectNextStep && !has(c.nextStep, text)) {
    remarks.push({ kind: "missing_next_step", text: "", index: -1, why: WHY.missing_next_step });
  }
  remarks.sort((a, b) => a.index - b.index);
  return { ok: remarks.length === 0, remarks };
}
