import { canonicalTimeZone, formatForCustomer } from "./zoned-time.js";

/**
 * A time in a mail to one team member, on their clock when they chose a zone, else the shop's, and
 * whose it is: "7 Dec 2026, 18:00 GMT+9 (your time zone, Asia/Tokyo)", "7 Dec 2026, 10:00 CET (the
 * shop's time zone, Europe/Warsaw)". "" for a missing time.
 */
export function readerTime(iso: string | null | undefined, own: string | null | undefined, shopZone: string) {
  if (!iso) return "";
  const mine = own ? canonicalTimeZone(own) : null;
  const timeZone = mine ?? shopZone;
  const at = formatForCustomer(iso, { timeZone, language: "en" });
  return at ? `${at} (${mine ? "your time zone" : "the shop's time zone"}, ${timeZone})` : "";
}
