import type { Lang } from "../plan/default-plan/index.js";
import { LANGUAGE_IN } from "../statuspage/i18n.js";

/**
 * "(in Polish)", "(po angielsku)", "(auf Englisch)", "(en anglais)", "(in inglese)", "(en inglés)": said
 * before a text the shop wrote in another language than the message's, so a reader knows it is quoted
 * as written and not our translation.
 */
const QUOTED_IN: Record<Lang, (shown: Lang) => string> = {
  en: (l) => `(in ${LANGUAGE_IN.en[l]})`,
  pl: (l) => `(${LANGUAGE_IN.pl[l]})`,
  de: (l) => `(auf ${LANGUAGE_IN.de[l]})`,
  fr: (l) => `(en ${LANGUAGE_IN.fr[l]})`,
  it: (l) => `(in ${LANGUAGE_IN.it[l]})`,
  es: (l) => `(en ${LANGUAGE_IN.es[l]})`,
};

export const quotedIn = (reader: Lang, shown: Lang): string => QUOTED_IN[reader](shown);

/**
 * The crisis's summary for a message in `lang`: the shop's text in that language where it wrote one,
 * else its English one, else the plan's summary (written in `planLang`), else any other it wrote; one in another language
 * than the message's comes after a note naming its language, "(po angielsku) The carrier's hub…".
 * "" when the crisis has no summary at all (the templates then fall back to the type's description).
 */
export function summaryFor(
  c: { summary: string; summaries: Record<string, string> },
  lang: Lang,
  planLang: Lang,
): string {
  return textFor(c.summary, c.summaries, lang, planLang);
}

/**
 * The crisis's title for a message in `lang`, chosen as its summary is: "(po angielsku) Card payments
 * failing" in a Polish notice of a shop that titled it only in English.
 */
export function titleFor(
  c: { title: string; titles: Record<string, string> },
  lang: Lang,
  planLang: Lang,
): string {
  return textFor(c.title, c.titles, lang, planLang);
}

/** `main` (in `planLang`) and the texts per language the shop wrote, for a reader of `lang`. */
function textFor(main: string, texts: Record<string, string>, lang: Lang, planLang: Lang): string {
  const own = texts[lang]?.trim() ? texts[lang] : lang === planLang ? main : "";
  if (own?.trim()) return own;
  // English first, as the status page falls back (a German reader of a Polish shop more likely reads it).
  const written: [string, string][] = [
    ["en", planLang === "en" ? main : (texts["en"] ?? "")],
    [planLang, main],
    ...Object.entries(texts),
  ];
  const other = written.find(([, text]) => text.trim());
  return other ? `${quotedIn(lang, other[0] as Lang)} ${other[1]}` : "";
}
