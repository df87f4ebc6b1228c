import { localeOf, moneyLocaleOf } from "./zoned-time.js";

/**
 * An amount in hundredths as a reader of `language` writes it: "1 234,50 zł", "15,00 €", "$15.00" (the
 * currency's own English for English, see `moneyLocaleOf`), never "1234.50 PLN" inside a Polish text.
 */
export const formatMoney = (minor: number, currency: string, language: string): string =>
  new Intl.NumberFormat(moneyLocaleOf(language, currency), { style: "currency", currency }).format(
    minor / 100,
  );

/** A share (0.125) as a percentage in the reader's locale, one decimal at most: "12,5%", "12,5 %". */
export const formatShare = (share: number, language: string): string =>
  new Intl.NumberFormat(localeOf(language), { style: "percent", maximumFractionDigits: 1 }).format(share);
