import { Liquid } from "liquidjs";
import { invalid } from "../../core/errors.js";
import { polishVocative } from "../../core/polish-vocative.js";
import {
  CRISIS_TYPE_IDS,
  type CrisisTypeId,
  LANGS,
  type Lang,
  MESSAGE_KINDS,
  type MessageKind,
} from "../../plan/default-plan/index.js";
import { BUDGET, loopCost } from "./budget.js";
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
  renderLimit: BUDGET.renderMs,
  memoryLimit: BUDGET.memory,
  greedy: false,
});
// A name or a summary stood before the next sentence ("We are sorry: Payment provider failure If you were
// charged…"): `sentence` ends it with a full stop unless it already ends a sentence.
// A right-to-left name comes as its own isolate ("⁨חנות.⁩"): its end is read inside the closers, and
// Arabic's question mark and full stop end a sentence too.
engine.registerFilter("sentence", (v: unknown) => {
  const s = String(v ?? "").trimEnd();
  return s && !/[.!?…:;؟۔][\u202A-\u202E\u2066-\u2069]*$/.test(s) ? `${s}.` : s;
});
// Polish greets a person in the vocative ("Dzień dobry, Anno"): the first name's vocative when it is known
// for sure, else nothing, so a template can leave the name out rather than write it in the wrong case.
engine.registerFilter("vocative", (v: unknown) => (typeof v === "string" ? (polishVocative(v) ?? "") : ""));
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
function parseTemplate(source: string, field: string) {
  try {
    return engine.parse(source);
  } catch (err) {
    throw invalid(`template does not parse: ${(err as Error).message.split("\n")[0]}`, field);
  }
}

const overBudget = (field: string, why: string) =>
  invalid(`template is over its rendering budget: ${why}; simplify it (fewer or shorter loops)`, field);

/** Parses a template and counts its loops against the budget, before anything runs. */
export function checkTemplate(source: string, field: string) {
  const tpl = parseTemplate(source, field);
  const loops = loopCost(tpl);
  if (loops > BUDGET.iterations)
    throw overBudget(
      field,
      Number.isFinite(loops)
        ? `its loops would run ${loops.toLocaleString("en")} times (at most ${BUDGET.iterations.toLocaleString("en")})`
        : "a loop over a computed range cannot be bounded (write the range with numbers)",
    );
  return tpl;
}

/**
 * What a template must pass to be saved: it parses, its loops stay within the budget, and a trial
 * render without data stays within time, memory and output.
 */
export async function vetTemplate(source: string, field: string) {
  checkTemplate(source, field);
  await renderTemplate(source, {}, field);
}

export async function renderTemplate(source: string, vars: Record<string, unknown>, field = "body") {
  // A template stored before the budget existed is held to it here: refused rather than run.
  const tpl = checkTemplate(source, field);
  let out: string;
  try {
    // Synchronous on purpose: the time limit then measures this render alone, not the renders it would
    // interleave with, and the loop budget above keeps one render short.
    out = engine.renderSync(tpl, vars) as string;
  } catch (err) {
    const message = (err as Error).message.split("\n")[0] ?? "";
    if (/limit exceeded/i.test(message)) throw overBudget(field, message);
    throw invalid(`template does not render: ${message}`, field);
  }
  if (out.length > BUDGET.output)
    throw overBudget(
      field,
      `it writes ${out.length.toLocaleString("en")} characters (at most ${BUDGET.output.toLocaleString("en")})`,
    );
  return out;
}
