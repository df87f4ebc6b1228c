/**
 * The six languages Firebreak writes in: the dashboard, the plan, customer messages and the status page.
 * One list, so a seventh language is added here and the type checker finds every table that lacks it.
 */
export const LANGUAGES = ["en", "pl", "it", "fr", "de", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself (as a person choosing it looks for it). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  pl: "polski",
  it: "italiano",
  fr: "français",
  de: "Deutsch",
  es: "español",
};

export const isLanguage = (code: string): code is Language => (LANGUAGES as readonly string[]).includes(code);

/**
 * The colon after a label ("Updated: …"): French sets a narrow no-break space before it ("Mis à jour : …")
 * so a line never starts with the colon. One rule for every text we write (status page, notices, mails,
 * post-mortems and reports).
 */
export const colon = (lang: string): string => (lang === "fr" ? "\u202f:" : ":");
