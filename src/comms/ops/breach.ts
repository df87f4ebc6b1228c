import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { invalid } from "../../core/errors.js";
import type { CommsMessagesTable } from "../tables.js";

type Breach = Record<string, string | undefined>;
const said = (v: string | undefined) => Boolean(v?.trim());

/**
 * A breach notice must say what GDPR Art. 34(2) asks (with Art. 33(3)(b)-(d)), in clear and plain
 * language: the data, the likely consequences, the measures and whom to contact, and what happened,
 * which the shipped templates take from the crisis's summary when the notice says nothing of its own
 * (without either, customers read "What happened:" and nothing after it). A translation whose text
 * uses a part needs that part in its own language, the contact excepted (the shop's address serves).
 */
export async function checkBreachParts(ctx: AppContext, actor: Actor, row: CommsMessagesTable) {
  if (row.kind !== "breach_notice") return;
  const vars = JSON.parse(row.vars) as {
    breach?: Breach;
    translations?: Record<string, { body?: string; breach?: Breach }>;
  };
  const breach = vars.breach ?? {};
  for (const part of ["data", "consequences", "measures", "contact"])
    if (!said(breach[part]))
      throw invalid(`a breach notice must say ${part} (GDPR Art. 34)`, `vars.breach.${part}`);
  if (!said(breach["what_happened"])) {
    const summary = row.crisis_id ? (await ctx.services.crises.get(actor, row.crisis_id)).summary : "";
    if (!said(summary))
      throw invalid(
        "a breach notice must say what happened (GDPR Art. 34): write it here or in the crisis's summary",
        "vars.breach.what_happened",
      );
  }
  for (const [lang, t] of Object.entries(vars.translations ?? {}))
    for (const part of ["what_happened", "data", "consequences", "measures"])
      if (new RegExp(`\\bbreach\\.${part}\\b`).test(t?.body ?? "") && !said(t?.breach?.[part]))
        throw invalid(
          `the ${lang} translation shows the breach's ${part}: give it in ${lang} too, or write the text without it`,
          `vars.translations.${lang}.breach.${part}`,
        );
}
