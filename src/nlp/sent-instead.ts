/**
 * English "sent the warm white version instead of daylight" (fourth writer's product reviews), "got a
 * pink bag instead of the black one": another item than the one ordered, told with "instead of" after a
 * verb of sending or receiving. French, Italian and Spanish read "au lieu de", "invece di", "en lugar
 * de" so (sentences-fr-it-es.ts), German "statt … kam" (sentences-de.ts); English had no such reading.
 * "instead of refunding" (a verb), "instead of £64" (an amount, a price) and a refund, voucher or
 * replacement given instead (what the shop offered) say no wrong item, nor does a day ("on Monday instead
 * of Tuesday": delivery) or the way it came ("came in a box instead of a bag"); a question asks.
 */
const CAME =
  /\b(?:sent|shipped|delivered|received|got|came|arrived|gave me|was in the (?:box|parcel)|turned up)\b/;
const INSTEAD = /\binstead of (an? |the |my |our )?([\p{L}\d£$€][\p{L}\d'-]*)/u;
const NOT_ITEM =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|morning|afternoon|evening|week|weeks|days?|hours?)$/;
const HOW_IT_CAME = /\b(?:came|arrived|delivered|shipped|sent) (?:in|by|via|with)\b/;
const OFFERED = /\b(?:refund|refunded|voucher|credit|replacement|exchange|apology|discount|gift card)\b/;

/** Whether a sentence of the text says another item came than the one ordered (see above). */
export function sentInstead(text: string, lang: string): boolean {
  if (lang !== "en") return false;
  // INSTEAD needs the words themselves: most texts lack them and are neither lower-cased nor split. No
  // letter but A–Z lower-cases to a letter of them ("İ" gives "i" and a dot), so /i misses none.
  if (!/instead of /i.test(text)) return false;
  for (const s of text.toLowerCase().split(/(?<=[.!?…])\s+|\n+/u)) {
    if (/\?\s*$/u.test(s) || !CAME.test(s) || OFFERED.test(s) || HOW_IT_CAME.test(s)) continue;
    const m = INSTEAD.exec(s);
    const what = m?.[2] ?? "";
    // "instead of £64", "instead of 49": an amount; "instead of a 10": a size.
    const amount = /^[£$€]/u.test(what) || (!m?.[1] && /^\d/.test(what));
    if (m && !/ing$/.test(what) && !amount && !NOT_ITEM.test(what)) return true;
  }
  return false;
}
