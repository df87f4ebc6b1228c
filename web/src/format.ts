import type { Locale } from "./i18n/locales.js";

/**
 * Dates and numbers in the interface language (set by the I18nProvider before anything renders) and in
 * the member's own time zone where they set one (Settings → Account, from `/auth/me`), else the
 * browser's; a time is followed by its zone's name ("GMT+9", "UTC") where that zone's clock differs from
 * the shop's then, so nobody takes a Tokyo time for a Warsaw one (set by the SessionProvider).
 */
let locale: Locale = "en";
let timeZone: string | undefined;
let shopZone: string | undefined;

const NEVER: Record<Locale, string> = {
  en: "never",
  pl: "nigdy",
  de: "nie",
  fr: "jamais",
  it: "mai",
  es: "nunca",
};

export function setFormatLocale(next: Locale) {
  locale = next;
}

/** An IANA zone ("Europe/Warsaw"); undefined uses the browser's. */
export function setFormatTimeZone(next: string | undefined) {
  timeZone = next;
}

/** The shop's IANA zone (workspace settings); undefined (not known yet) names no zone. */
export function setFormatShopZone(next: string | undefined) {
  shopZone = next;
}

export const formatLocale = () => locale;

/**
 * The zone the dashboard's times are on: the member's own where they set one, else the browser's. The
 * date-time fields (components/DateTimeInput) read and write their wall times on it too.
 */
export const formatTimeZone = (): string =>
  timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");

/**
 * The colon after a label ("Role: admin"): French sets a narrow no-break space before it ("Rôle : admin"),
 * as the catalogue's own messages and the server's texts do (core/lang.ts `colon`).
 */
export const colon = (): string => (locale === "fr" ? "\u202f:" : ":");

/** Each interface language's own quotation marks; French sets a narrow no-break space inside its guillemets. */
const QUOTES: Record<Locale, readonly [string, string]> = {
  en: ["\u201c", "\u201d"],
  fr: ["\u00ab\u202f", "\u202f\u00bb"],
  de: ["\u201e", "\u201c"],
  pl: ["\u201e", "\u201d"],
  it: ["\u00ab", "\u00bb"],
  es: ["\u00ab", "\u00bb"],
};

/** A quoted text as the interface language quotes: “late”, « en retard », „spät“, „późno”, «tardi». */
export const quoted = (text: string): string => {
  const [open, close] = QUOTES[locale];
  return `${open}${text}${close}`;
};

const zone = () => (timeZone ? { timeZone } : {});

/** "GMT+09:00" of `tz` (undefined: the browser's) at `d`. */
const offsetAt = (d: Date, tz: string | undefined) =>
  new Intl.DateTimeFormat("en", { timeZone: tz, timeZoneName: "longOffset" })
    .formatToParts(d)
    .find((p) => p.type === "timeZoneName")?.value;

/**
 * " GMT+9" (the zone's short name in the interface language) after a time shown on another clock than
 * the shop's at that moment; "" on the shop's clock or while the shop's zone is not known.
 */
function zoneNamed(d: Date): string {
  if (!shopZone) return "";
  try {
    if (offsetAt(d, timeZone) === offsetAt(d, shopZone)) return "";
  } catch {
    return "";
  }
  const name = new Intl.DateTimeFormat(locale, { timeZoneName: "short", ...zone() })
    .formatToParts(d)
    .find((p) => p.type === "timeZoneName")?.value;
  return name ? ` ${name}` : "";
}

/** "12 Mar 2026, 14:05" in the interface language; "never" (in that language) for null. */
export function formatTime(iso: string | null | undefined, never = NEVER[locale]): string {
  if (!iso) return never;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toLocaleString(locale, { dateStyle: "medium", timeStyle: "short", ...zone() })}${zoneNamed(d)}`;
}

/** "12 Mar 2026" */
export function formatDate(iso: string | number | Date | null | undefined, never = NEVER[locale]): string {
  if (iso === null || iso === undefined) return never;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return d.toLocaleDateString(locale, { dateStyle: "medium", ...zone() });
}

/** A calendar day ("2026-12-02", no time of day) as the reader writes dates: the same day in every zone. */
export function formatDay(ymd: string | null | undefined, never = NEVER[locale]): string {
  if (!ymd) return never;
  const d = new Date(`${ymd.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return ymd;
  return d.toLocaleDateString(locale, { dateStyle: "medium", timeZone: "UTC" });
}

/** "14:05" */
export function formatClock(iso: string | number | Date): string {
  const d = new Date(iso);
  return `${d.toLocaleTimeString(locale, { timeStyle: "short", ...zone() })}${zoneNamed(d)}`;
}

/** "5 min ago", "in 2 h", for recent times; falls back to formatTime beyond a week. */
export function formatRelative(
  iso: string | null | undefined,
  now = Date.now(),
  never = NEVER[locale],
): string {
  if (!iso) return never;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const diff = t - now;
  const abs = Math.abs(diff);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto", style: "short" });
  if (abs < 60_000) return rtf.format(Math.round(diff / 1000), "second");
  if (abs < 3_600_000) return rtf.format(Math.round(diff / 60_000), "minute");
  if (abs < 86_400_000) return rtf.format(Math.round(diff / 3_600_000), "hour");
  if (abs < 7 * 86_400_000) return rtf.format(Math.round(diff / 86_400_000), "day");
  return formatTime(iso, never);
}

/** 12 345 / 12,345 / 12.345 as the language writes it. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(n);
}

/** 0.123 → "12.3%" ("12,3 %" in Polish). */
export function formatPercent(share: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits }).format(share);
}

/** Minor units (cents) with their currency: 12345, "EUR" → "€123.45" / "123,45 €". */
export function formatMoney(minor: number, currency: string): string {
  const digits =
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(minor / 10 ** digits);
}
