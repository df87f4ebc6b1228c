import { Liquid } from "liquidjs";
import { invalid } from "../../core/errors.js";
import {
  CRISIS_TYPE_IDS,
  type CrisisTypeId,
  LANGS,
  type Lang,
  MESSAGE_KINDS,
  type MessageKind,
} from "../../plan/default-plan/index.js";
import { de } from "./lang/de.js";
import { en } from "./lang/en.js";
import { es } from "./lang/es.js";
import { fr } from "./lang/fr.js";
import { it } from "./lang/it.js";
import { pl } from "./lang/pl.js";
import type { PhraseTables } from "./phrases.js";

export const PHRASES: PhraseTables = { en, pl, it, fr, de, es };

export interface TemplateText {
  subject: string;
  body: string;
}

/** The shipped template for one kind, crisis type and language, built from the phrase table. */
export function defaultTemplate(kind: MessageKind, type: CrisisTypeId, lang: Lang): TemplateText {
  const t = PHRASES[lang];
  const advice = t.advice[type];
  return {
    subject: t.kinds[kind].subject,
    body: t.kinds[kind].body.replaceAll("%ADVICE%", advice),
  };
}

/** Every shipped template: 7 kinds × 12 crisis types × 6 languages. */
export function* allDefaultTemplates(): Generator<{
  kind: MessageKind;
  crisis_type: CrisisTypeId;
  language: Lang;
  template: TemplateText;
}> {
  for (const kind of MESSAGE_KINDS)
    for (const crisis_type of CRISIS_TYPE_IDS)
      for (const language of LANGS)
        yield { kind, crisis_type, language, template: defaultTemplate(kind, crisis_type, language) };
}

/**
 * Templates are written by shop staff and may hold anything: no file system (no include/render from
 * disk), own properties only, and limits so a template cannot stall the server. Output is plain text;
 * whoever shows it as HTML escapes it.
 */
const engine = new Liquid({
  ownPropertyOnly: true,
  strictFilters: true,
  relativeReference: false,
  parseLimit: 100_000,
  renderLimit: 1_000,
  memoryLimit: 10_000_000,
  greedy: false,
});
// Nothing from disk: a template naming a partial fails instead of reading a file.
engine.options.fs = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async () => "",
  readFileSync: () => "",
  resolve: (_root: string, file: string) => file,
  sep: "/",
} as unknown as typeof engine.options.fs;

/** Parses a template; a syntax error becomes a 400 naming the field. */
export function checkTemplate(source: string, field: string) {
  try {
    return engine.parse(source);
  } catch (err) {
    throw invalid(`template does not parse: ${(err as Error).message.split("\n")[0]}`, field);
  }
}

export async function renderTemplate(source: string, vars: Record<string, unknown>, field = "body") {
  const tpl = checkTemplate(source, field);
  try {
    return (await engine.render(tpl, vars)) as string;
  } catch (err) {
    throw invalid(`template does not render: ${(err as Error).message.split("\n")[0]}`, field);
  }
}
