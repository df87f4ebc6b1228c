import { wordString } from "./normalize.js";

/**
 * Brand queries as listening tools write them: a mention is kept when it matches one of the `any`
 * terms (if there are any), every `all` term and none of the `none` terms. A term is a word or a
 * phrase (quotes optional), compared on whole words, ignoring case and diacritics; a trailing `*`
 * matches any ending ("zamówie*").
 */
export interface BrandQuery {
  any: string[];
  all: string[];
  none: string[];
}

type Term = (words: string) => boolean;

function compileTerm(raw: string): Term | null {
  const unquoted = raw.trim().replace(/^"(.*)"$/s, "$1");
  const prefix = unquoted.endsWith("*");
  const body = wordString(prefix ? unquoted.slice(0, -1) : unquoted).trim();
  if (!body) return null;
  if (!prefix) {
    const needle = ` ${body} `;
    return (words) => words.includes(needle);
  }
  const needle = ` ${body}`;
  return (words) => words.includes(needle);
}

const compileAll = (terms: string[]) => terms.map(compileTerm).filter((t): t is Term => t !== null);

export type BrandMatcher = (text: string) => boolean;

/** One matcher for a workspace's queries: a mention is kept when any query matches it. */
export function compileQueries(queries: BrandQuery[]): BrandMatcher | null {
  const compiled = queries.map((q) => ({
    any: compileAll(q.any),
    all: compileAll(q.all),
    none: compileAll(q.none),
  }));
  const usable = compiled.filter((q) => q.any.length > 0 || q.all.length > 0);
  if (usable.length === 0) return null;
  return (text) => {
    const words = wordString(text);
    return usable.some(
      (q) =>
        (q.any.length === 0 || q.any.some((t) => t(words))) &&
        q.all.every((t) => t(words)) &&
        !q.none.some((t) => t(words)),
    );
  };
}
