/** The languages the dashboard speaks: the same six the product writes to customers in. */
export const LOCALES = ["en", "pl", "de", "fr", "it", "es"] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language in its own words, for the language picker. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  pl: "Polski",
  de: "Deutsch",
  fr: "Français",
  it: "Italiano",
  es: "Español",
};

export const isLocale = (v: unknown): v is Locale => typeof v === "string" && LOCALES.includes(v as Locale);

/** The first of the browser's languages we speak ("pl-PL" counts as "pl"); English otherwise. */
export function browserLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLocale(base)) return base;
  }
  return "en";
}

/** The person's own choice wins; without one, the browser's language. */
export function pickLocale(chosen: string | null | undefined, languages: readonly string[]): Locale {
  return isLocale(chosen) ? chosen : browserLocale(languages);
}
