import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { LANGS, type Lang } from "../plan/default-plan/index.js";
import { quotedIn } from "./summary.js";

/** A text the shop wrote in one language, which a message in another quotes after a note naming it. */
export interface Quote {
  text: string;
  language: string;
}

/** A piece of a text as written: `lang` set on a quoted text in another language than the reader's. */
export interface Piece {
  text: string;
  lang?: string;
}

const isLang = (l: string): l is Lang => (LANGS as readonly string[]).includes(l);

/**
 * What a message of a crisis may quote (`titleFor`, `summaryFor`): its title and summary in the plan's
 * language and in each other one the shop wrote, longest first, so a title that begins the summary does
 * not take the summary's place.
 */
export function crisisQuotes(
  c: { title: string; titles: Record<string, string>; summary: string; summaries: Record<string, string> },
  planLang: string,
): Quote[] {
  const all = [
    { text: c.title, language: planLang },
    { text: c.summary, language: planLang },
    ...Object.entries(c.titles).map(([language, text]) => ({ text, language })),
    ...Object.entries(c.summaries).map(([language, text]) => ({ text, language })),
  ];
  return all.filter((q) => q.text.trim() && isLang(q.language)).sort((a, b) => b.text.length - a.text.length);
}

/**
 * `text` (read in `reader`'s language) cut where it quotes one of `quotes` after its note, "(po
 * angielsku) Card payments failing": the quoted text its own piece with its language, the note and
 * everything else as they were. Joined, the pieces are `text` exactly. A quote with no note before it
 * (or edited since the text was written) is not marked: only the note says where a quote begins.
 */
export function quotedPieces(text: string, reader: string, quotes: readonly Quote[]): Piece[] {
  if (!isLang(reader)) return [{ text }];
  const notes = quotes
    .filter((q) => q.language !== reader)
    .map((q) => ({ q, head: `${quotedIn(reader, q.language as Lang)} ` }));
  const out: Piece[] = [];
  let rest = text;
  for (;;) {
    let best: { at: number; head: string; q: Quote } | null = null;
    for (const { q, head } of notes) {
      const at = rest.indexOf(head + q.text);
      if (at >= 0 && (!best || at < best.at)) best = { at, head, q };
    }
    if (!best) break;
    const before = rest.slice(0, best.at + best.head.length);
    out.push({ text: before }, { text: best.q.text, lang: best.q.language });
    rest = rest.slice(best.at + best.head.length + best.q.text.length);
  }
  if (rest || !out.length) out.push({ text: rest });
  return out;
}

/**
 * The mail passages (mail/compose.ts) of the quotes a text read as `reader` may hold: each after its
 * note, so the HTML part marks it where the text quotes it and nowhere else.
 */
export function quotedPassages(
  reader: string,
  quotes: readonly Quote[],
): { text: string; language: string; after: string }[] {
  if (!isLang(reader)) return [];
  return quotes
    .filter((q) => q.language !== reader)
    .map((q) => ({ text: q.text, language: q.language, after: quotedIn(reader, q.language as Lang) }));
}

/** `crisisQuotes` of the crisis `id` as it is now; none without one (or where it is gone). */
export async function crisisQuotesOf(ctx: AppContext, actor: Actor, id: string | null): Promise<Quote[]> {
  // The crises module is not set up in some tests of other modules alone.
  const crises = ctx.services.crises as AppContext["services"]["crises"] | undefined;
  if (!id || !crises) return [];
  const c = await crises.get(actor, id).catch(() => null);
  return c ? crisisQuotes(c, await ctx.services.plan.language(actor.workspaceId)) : [];
}
