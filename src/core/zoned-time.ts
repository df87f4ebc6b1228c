/**
 * Times as a customer reads them: in the shop's time zone, with the zone's abbreviation, in their
 * language. Stored times stay ISO 8601 UTC; only what is shown is converted.
 */

/** The canonical IANA name for a zone ("europe/warsaw" → "Europe/Warsaw"), or null when unknown. */
export function canonicalTimeZone(name: string): string | null {
  if (!name || name.length > 64) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const LOCALES: Record<string, string> = {
  en: "en-GB",
  pl: "pl-PL",
  de: "de-DE",
  fr: "fr-FR",
  it: "it-IT",
  es: "es-ES",
};

/** The locale a customer-facing text in `language` is formatted in (British English for "en"). */
export const localeOf = (language: string): string => LOCALES[language] ?? "en-GB";

/**
 * Each language as the currency's own country writes it: English dollars as "$" (en-GB writes "US$",
 * "A$"), Mexican Spanish "$1,234.50" (es-ES: "1234,50 MXN", a decimal comma Mexico does not use), Swiss
 * German and Italian "CHF 1'234.50" (de-DE: "1.234,50 CHF"), Swiss French "1 234.50 CHF".
 */
const LOCALE_OF_CURRENCY: Record<string, Record<string, string>> = {
  en: { USD: "en-US", AUD: "en-AU", CAD: "en-CA", NZD: "en-NZ", SGD: "en-SG" },
  es: { MXN: "es-MX", ARS: "es-AR", PEN: "es-PE", USD: "es-US" },
  de: { CHF: "de-CH" },
  fr: { CHF: "fr-CH", CAD: "fr-CA" },
  it: { CHF: "it-CH" },
};

/**
 * The locale an amount in `currency` is written in for `language`: the language as the currency's
 * country writes it where that differs ("$15.00" to a US shop's customers, "$150.00" to a Mexican one's),
 * dates staying in `localeOf`; otherwise `localeOf` (a Polish text writes "15,00 USD").
 */
export const moneyLocaleOf = (language: string, currency: string): string =>
  LOCALE_OF_CURRENCY[language]?.[currency.toUpperCase()] ?? localeOf(language);

export interface ZonedOptions {
  timeZone: string;
  language: string;
  /** "datetime" (default): date and time; "time": the time alone, for a line under a dated heading. */
  style?: "datetime" | "time";
  /**
   * "shop" (default): the shop's zone by its short name in the language ("21:00 EDT", "a las 17:30
   * CST", "21:00 CET", "21:00 MEZ", "21:00 UTC+1" in French, "21:00 GMT-5" for New York in Polish). "reader": the reader's own clock, named as their language names it ("21:00
   * czas: Nowy Jork", "21:00 hora de Nueva York", "21:00 New York Time", "02:00 MEZ"): an English
   * abbreviation means nothing to a Polish or Italian reader, and an offset does not say "your clock".
   */
  naming?: "shop" | "reader";
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(o: ZonedOptions): Intl.DateTimeFormat {
  const key = `${o.language}|${o.timeZone}|${o.style ?? "datetime"}|${o.naming ?? "shop"}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[o.language] ?? LOCALES["en"], {
      timeZone: canonicalTimeZone(o.timeZone) ?? "UTC",
      ...(o.style === "time" ? {} : { year: "numeric", month: "short", day: "numeric" }),
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "short",
    });
    cache.set(key, f);
  }
  return f;
}

const OFFSET_ONLY = /^(GMT|UTC)[+\-\u2212]/;

/**
 * Where British English and Castilian Spanish know only an offset for a zone ("GMT-4", "GMT-6") their
 * American forms write an abbreviation (EDT, CST), as readers of both languages there do. Polish,
 * German, Italian and French readers keep their own language's name: CET and MEZ are theirs, "UTC+1" is
 * how French writes every zone, but an English "EST" means nothing to most of them.
 */
const AMERICAN_FORMS: Record<string, string> = { en: "en-US", es: "es-US" };

/**
 * The zone's short name at that instant in the text's language, an offset where the language has no
 * name for it; an offset still tells the repeated hour of a clock change apart.
 */
function zoneName(d: Date, timeZone: string, local: string, locale: string, readerLocale?: string): string {
  if (!OFFSET_ONLY.test(local)) return local;
  if (readerLocale) return readerZoneName(d, timeZone, readerLocale) ?? local;
  const american = AMERICAN_FORMS[locale.slice(0, 2)];
  if (!american) return local;
  const key = `name|${american}|${timeZone}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(american, { timeZone, timeZoneName: "short" });
    cache.set(key, f);
  }
  const name = f.formatToParts(d).find((p) => p.type === "timeZoneName")?.value;
  return name && !OFFSET_ONLY.test(name) ? name : local;
}

/**
 * The zone as the reader's language names it where its short name is only an offset: its generic name
 * ("(czas: Nowy Jork)", "New York (Ortszeit)", "(heure : New York)", "(ora New York)", "hora de Nueva
 * York", "New York Time"), or null where the language has none either (then the offset stays: "GMT+5").
 */
function readerZoneName(d: Date, timeZone: string, locale: string): string | null {
  const key = `generic|${locale}|${timeZone}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "shortGeneric" });
    cache.set(key, f);
  }
  const name = f.formatToParts(d).find((p) => p.type === "timeZoneName")?.value;
  return name && !OFFSET_ONLY.test(name) ? inSentence(name, locale.slice(0, 2)) : null;
}

/**
 * CLDR's generic names in Polish, French and Italian are labels ("czas: Nowy Jork", "heure : New York",
 * "Ora New York"), which read as a broken sentence after a time ("o 21:00 czas: Nowy Jork"); in
 * parentheses, lower case as a word inside a sentence, they read as a native writes a clock's name
 * ("o 21:00 (czas: Nowy Jork)", "à 21:00 (heure : New York)", "alle 21:00 (ora New York)"). English,
 * German and Spanish names already read inside a sentence ("New York Time", "New York (Ortszeit)",
 * "hora de Nueva York").
 */
function inSentence(name: string, language: string): string {
  if (!["pl", "fr", "it"].includes(language)) return name;
  return `(${name.charAt(0).toLocaleLowerCase(language) + name.slice(1)})`;
}

const readerLocaleOf = (o: ZonedOptions) => (o.naming === "reader" ? localeOf(o.language) : undefined);

/**
 * "4 Dec 2026, 03:27 CET" (en), "4 gru 2026, 03:27 CET" (pl): the instant in the shop's zone with its
 * short name, so a customer never has to convert from UTC. Where the language has no abbreviation for
 * the zone, its offset ("GMT+5", "UTC+1") is shown, which is still true.
 */
export function formatForCustomer(iso: string | Date, o: ZonedOptions): string {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return "";
  const f = formatter(o);
  const zone = f.resolvedOptions().timeZone;
  const reader = readerLocaleOf(o);
  return f
    .formatToParts(d)
    .map((p) =>
      p.type === "timeZoneName" ? zoneName(d, zone, p.value, localeOf(o.language), reader) : p.value,
    )
    .join("");
}

/**
 * A window in the shop's zone, written as the locale writes a range: the day once when both ends share
 * it ("7 Dec 2026, 02:52–03:52 CET", "7. Dez. 2026, 02:52–03:52 Uhr MEZ"), both in full otherwise. Zone
 * names follow formatForCustomer's rule; a window across a clock change is written in full at both ends.
 */
export function formatRangeForCustomer(start: string | Date, end: string | Date, o: ZonedOptions): string {
  const a = typeof start === "string" ? new Date(start) : start;
  const b = typeof end === "string" ? new Date(end) : end;
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return "";
  if (b.getTime() <= a.getTime()) return formatForCustomer(a, o);
  const f = formatter(o);
  const nameAt = (d: Date) => f.formatToParts(d).find((p) => p.type === "timeZoneName")?.value;
  // Across a clock change ICU writes one zone name for both ends ("01:30–03:30 CET" where 01:30 was CEST).
  if (nameAt(a) !== nameAt(b)) return `${formatForCustomer(a, o)} – ${formatForCustomer(b, o)}`;
  const zone = f.resolvedOptions().timeZone;
  return f
    .formatRangeToParts(a, b)
    .map((p) =>
      p.type === "timeZoneName"
        ? zoneName(a, zone, p.value, localeOf(o.language), readerLocaleOf(o))
        : // Spanish ranges drop the two-digit hour ("2:52–3:52") that its single times keep ("01:45").
          p.type === "hour"
          ? p.value.padStart(2, "0")
          : // ICU sets the dash between thin spaces; every other text here writes " – ".
            p.value.replace(/\u2009–\u2009/g, " – "),
    )
    .join("");
}

/** The calendar day ("2026-12-04") of an instant in a zone: "today" as the shop's customers count it. */
export function localDate(iso: string | Date, timeZone: string): string {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  const key = `day|${timeZone}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone: canonicalTimeZone(timeZone) ?? "UTC",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    cache.set(key, f);
  }
  return f.format(d);
}

/**
 * A format of one's own (a reply's weekday and long month, in the locale given) with the same zone-name
 * rule as formatForCustomer (American English's or Spanish's abbreviation where the text's locale has an offset).
 */
export function formatZoned(
  iso: string | Date,
  o: { locale: string; timeZone: string; options: Intl.DateTimeFormatOptions },
): string {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return "";
  const zone = canonicalTimeZone(o.timeZone) ?? "UTC";
  const f = new Intl.DateTimeFormat(o.locale, { ...o.options, timeZone: zone, timeZoneName: "short" });
  return f
    .formatToParts(d)
    .map((p) => (p.type === "timeZoneName" ? zoneName(d, zone, p.value, o.locale) : p.value))
    .join("");
}

/**
 * A calendar day ("2026-12-05", as localDate gives it) as a reader writes it: "5 Dec 2026", "5 gru
 * 2026", "5. Dez. 2026" (short), "5 December 2026", "5 grudnia 2026", "5 de diciembre de 2026" (long).
 * The day is already the shop's, so no zone is applied to it.
 */
export function formatDay(day: string, language: string, month: "short" | "long" = "short"): string {
  const d = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  const key = `dayname|${language}|${month}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(language), {
      timeZone: "UTC",
      day: "numeric",
      month,
      year: "numeric",
    });
    cache.set(key, f);
  }
  return f.format(d);
}

/** The calendar day `n` days after `day` ("2026-12-05", -1 → "2026-12-04"). */
export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The zone's offset from UTC at an instant, in ms (Warsaw in winter: 3 600 000). */
export function offsetAt(t: number, timeZone: string): number {
  const key = `offset|${timeZone}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    cache.set(key, f);
  }
  const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, Number(x.value)]));
  const local = Date.UTC(
    p["year"] ?? 1970,
    (p["month"] ?? 1) - 1,
    p["day"],
    p["hour"],
    p["minute"],
    p["second"],
  );
  return local - (t - (((t % 1000) + 1000) % 1000));
}

/**
 * The instant a calendar day begins in a zone, in ms: its first moment, which is midnight, or later where
 * the clocks jump over midnight (America/Santiago's spring: 01:00). Days are then 23, 24 or 25 hours
 * long, which fixed 24-hour steps from UTC midnight would get wrong twice a year.
 */
export function zonedDayStart(day: string, timeZone: string): number {
  const zone = canonicalTimeZone(timeZone) ?? "UTC";
  const base = Date.parse(`${day}T00:00:00Z`);
  // Local midnight under each offset the zone has around that day; the earliest that falls on the day.
  const candidates = [
    offsetAt(base - 86_400_000, zone),
    offsetAt(base, zone),
    offsetAt(base + 86_400_000, zone),
  ]
    .map((o) => base - o)
    .filter((t) => localDate(new Date(t), zone) === day);
  if (candidates.length) return Math.min(...candidates);
  return base - offsetAt(base, zone);
}
