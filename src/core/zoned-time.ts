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

export interface ZonedOptions {
  timeZone: string;
  language: string;
  /** "datetime" (default): date and time; "time": the time alone, for a line under a dated heading. */
  style?: "datetime" | "time";
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(o: ZonedOptions): Intl.DateTimeFormat {
  const key = `${o.language}|${o.timeZone}|${o.style ?? "datetime"}`;
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
 * The zone's short name at that instant. Some locales only know an offset ("UTC+1" in French, "GMT-4"
 * for New York in British English) where the zone has a well-known abbreviation (CET, EDT): the
 * abbreviation reads better and says the same thing, so it wins when one of the English forms has it.
 */
function zoneName(d: Date, timeZone: string, local: string): string {
  if (!OFFSET_ONLY.test(local)) return local;
  for (const locale of ["en-GB", "en-US"]) {
    const key = `name|${locale}|${timeZone}`;
    let f = cache.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" });
      cache.set(key, f);
    }
    const name = f.formatToParts(d).find((p) => p.type === "timeZoneName")?.value;
    if (name && !OFFSET_ONLY.test(name)) return name;
  }
  return local;
}

/**
 * "4 Dec 2026, 03:27 CET" (en), "4 gru 2026, 03:27 CET" (pl): the instant in the shop's zone with its
 * abbreviation, so a customer never has to convert from UTC. Where no abbreviation exists, the offset
 * ("GMT+5") is shown, which is still true.
 */
export function formatForCustomer(iso: string | Date, o: ZonedOptions): string {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return "";
  const f = formatter(o);
  const zone = f.resolvedOptions().timeZone;
  return f
    .formatToParts(d)
    .map((p) => (p.type === "timeZoneName" ? zoneName(d, zone, p.value) : p.value))
    .join("");
}
