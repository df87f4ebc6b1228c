import { colon } from "../core/lang.js";
import { localeOf } from "../core/zoned-time.js";
import type { Lang } from "../plan/default-plan/index.js";

/**
 * What the page's script puts beside a maintenance window or an update's time in the visitor's own
 * zone, when that zone's clock differs from the shop's: the page itself writes every time in the shop's
 * zone with its abbreviation ("02:00–03:00 CET"), true but a sum to do for a visitor in Tokyo.
 */
export const YOUR_TIME: Record<Lang, string> = {
  en: "your time",
  pl: "Twój czas",
  de: "Ihre Zeit",
  fr: "votre heure",
  it: "ora locale",
  es: "tu hora",
};

/** The `<main>` attributes the script reads: the shop's zone, the page's locale and the label. */
export const localTimeAttrs = (timeZone: string, lang: Lang) => ({
  zone: timeZone,
  locale: localeOf(lang),
  label: `${YOUR_TIME[lang]}${colon(lang)}`,
});
