import type { CrisesTable } from "./tables.js";

/** Texts per language as stored (JSON {"de": "…"}; {} when none or unreadable). */
export function languageTexts(column: string | null): Record<string, string> {
  if (!column) return {};
  try {
    const v = JSON.parse(column) as unknown;
    return v && typeof v === "object" ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** The summary in other languages than the plan's, as stored ({} when none). */
export function summariesOf(row: Pick<CrisesTable, "summaries">): Record<string, string> {
  return languageTexts(row.summaries);
}

/** The stored form: each language's text kept as written, empty ones left out; null when none is left. */
export function storedSummaries(map: Partial<Record<string, string>>): string | null {
  const kept = Object.entries(map).filter((e): e is [string, string] => Boolean(e[1]?.trim()));
  return kept.length ? JSON.stringify(Object.fromEntries(kept.sort(([a], [b]) => a.localeCompare(b)))) : null;
}

/**
 * A patch's texts merged into the stored ones: a language given replaces its text, an empty text removes
 * it, a language not given stays. Null when nothing changes; else the column and the languages changed.
 */
export function languageTextsChange(
  column: string | null,
  patch: Partial<Record<string, string>> | undefined,
): { column: string | null; languages: string[] } | null {
  if (!patch) return null;
  const before = languageTexts(column);
  const after: Record<string, string> = { ...before };
  for (const [lang, text] of Object.entries(patch)) {
    if (text?.trim()) after[lang] = text;
    else delete after[lang];
  }
  const languages = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((l) => before[l] !== after[l])
    .sort();
  return languages.length ? { column: storedSummaries(after), languages } : null;
}

/** The summaries of a patch merged into the row's (see `languageTextsChange`). */
export function summariesChange(
  row: Pick<CrisesTable, "summaries">,
  patch: Partial<Record<string, string>> | undefined,
): { summaries: string | null; languages: string[] } | null {
  const c = languageTextsChange(row.summaries, patch);
  return c ? { summaries: c.column, languages: c.languages } : null;
}
