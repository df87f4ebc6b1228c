import { colon } from "../core/lang.js";
import { formatMoney as formatAmount } from "../core/money.js";
import { isolate } from "../core/text.js";
import { canonicalTimeZone, formatZoned, localeOf, offsetAt } from "../core/zoned-time.js";
import { moreWordsOf } from "./more-words.js";
import { givenWords } from "./outcome-words.js";
import type { CaseLang, CaseTopic, RemedyKind } from "./policy.js";
import type { ReplyChannel } from "./schema.js";
import { wordsOf } from "./words.js";

export interface ReplyInput {
  language: CaseLang;
  topic: CaseTopic;
  /** When the customer hears what happened (the resolution clock). */
  dueAt: string;
  timezone: string;
  shop: string;
  customerName?: string | null | undefined;
  /** The remedy the policy names first, with its amount in minor units. */
  remedy: Remedy | null;
  /**
   * The remedies the team has given in this case, in the order given: when there are any, the reply
   * names every one of them instead of the policy's.
   */
  given?: Remedy[] | undefined;
  /**
   * The customer's offset from UTC in minutes (their e-mail's `Date:` header), or null: when their clock
   * differs from the shop's at the promised time, the promise adds their time after the shop's.
   */
  customerOffset?: number | null | undefined;
  /** How the reply goes out: an e-mail does not invite the customer to write "a private message or an e-mail". */
  channel?: ReplyChannel | undefined;
}

/** A remedy in minor units; a given discount carries the code the customer types at checkout. */
type Remedy = { kind: RemedyKind; amount: number; currency: string; code?: string | null | undefined };

export interface Reply {
  language: CaseLang;
  text: string;
  /** The pieces, so a test (and the composer) can see each element is there. */
  parts: { thanks: string; apology: string; next: string; private: string; remedy: string; sign: string };
  /** The localised date and time promised in `next`. */
  due: string;
  /** Whether the shop is at fault for this topic, so the reply apologises rather than only empathises. */
  fault: boolean;
}

/** Topics where the shop is not the one at fault (a scam using its name): empathy, no admission. */
const NOT_AT_FAULT = new Set<CaseTopic>(["fraud"]);

/**
 * When the customer hears back, in the shop's zone with its abbreviation (never an offset from UTC) and
 * the status page's locale (British English for "en": "Monday 7 December at 14:00 CET"). Polish and
 * Spanish get their own joint between date and time, as ICU's "7 grudnia 14:00" and "lunes, 7 de
 * diciembre, 14:00" read like a list: "7 grudnia, godz. 14:00 CET", "lunes 7 de diciembre a las 14:00 CET"
 * ("a la 1:30 CET" at one o'clock). French says the first of a month "1er".
 */
export function formatDue(iso: string, language: CaseLang, timezone: string): string {
  const locale = localeOf(language);
  if (language === "pl" || language === "es") {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return "";
    const timeZone = canonicalTimeZone(timezone) ?? "UTC";
    // Polish puts the date after "do" in the genitive, which a weekday would break.
    const date = new Intl.DateTimeFormat(locale, {
      timeZone,
      day: "numeric",
      month: "long",
      ...(language === "es" ? { weekday: "long" as const } : {}),
    })
      .format(d)
      .replace(",", "");
    // Spanish writes the hour without a leading zero and says "a la" before one o'clock ("a la 1:30",
    // "a las 2:30"): "a las 01:30" is a plural article before one.
    const time = formatZoned(d, {
      locale,
      timeZone,
      options: { hour: language === "es" ? "numeric" : "2-digit", minute: "2-digit", hourCycle: "h23" },
    });
    if (language === "pl") return `${date}, godz. ${time}`;
    return `${date} ${Number.parseInt(time, 10) === 1 ? "a la" : "a las"} ${time}`;
  }
  const options: Intl.DateTimeFormatOptions = {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "numeric",
    minute: "2-digit",
  };
  const out = formatZoned(iso, { locale, timeZone: timezone, options });
  // French writes the first of a month as an ordinal, "dimanche 1er novembre"; ICU writes "1 novembre".
  return language === "fr" ? out.replace(/^(\p{L}+ )1 /u, (_m, day: string) => `${day}1er `) : out;
}

/** An offset as the reply names it: "UTC+1", "UTC+5:30", "UTC-3", "UTC"; only an offset is known, no city. */
export function offsetName(minutes: number): string {
  if (minutes === 0) return "UTC";
  const abs = Math.abs(minutes);
  const mm = abs % 60;
  return `UTC${minutes < 0 ? "-" : "+"}${Math.floor(abs / 60)}${mm ? `:${String(mm).padStart(2, "0")}` : ""}`;
}

/**
 * The promised time on the customer's own clock, written as `formatDue` writes the shop's ("Tuesday
 * 8 December at 00:30 UTC+1"), or null when their clock reads the same as the shop's then (nothing to add).
 */
export function customerDue(
  iso: string,
  language: CaseLang,
  timezone: string,
  offset: number | null,
): string | null {
  const t = Date.parse(iso);
  if (offset == null || Number.isNaN(t)) return null;
  if (offsetAt(t, canonicalTimeZone(timezone) ?? "UTC") === offset * 60_000) return null;
  // The instant moved by the offset and written in UTC is the customer's wall clock; "UTC" is ours to name.
  const shifted = new Date(t + offset * 60_000).toISOString();
  return formatDue(shifted, language, "UTC").replace(/\bUTC\b/, offsetName(offset));
}

export function formatMoney(amount: number, currency: string, language: CaseLang): string {
  return formatAmount(amount, currency, language);
}

/** The words that name a remedy in the case's language, e.g. "a discount of €10.00 on your next order". */
export function remedyPhrase(kind: RemedyKind, amount: number, currency: string, language: CaseLang): string {
  const w = wordsOf(language);
  return w.remedy[kind](amount > 0 ? formatMoney(amount, currency, language) : null);
}

/** A given remedy as the public follow-up names it, e.g. "a discount of €10.00 on the next order". */
export function givenPhrase(kind: RemedyKind, amount: number, currency: string, language: CaseLang): string {
  return givenWords(language)[kind](amount > 0 ? formatMoney(amount, currency, language) : null);
}

/**
 * What the reply names: every remedy given in the case (a discount, then a refund: both, joined as the
 * language joins a list, "a discount of €10.00 on your next order (code: OLA-7K2Q) and a refund of
 * €45.00"), as done; else the policy's, as an offer. The same words twice once. An apology is no remedy
 * to name: alone, it is `apologyOnly`. A given "price honoured" is not in the list: the price is kept (done)
 * and cancelling is the customer's choice still (open), which "we have given you" cannot say of both.
 */
function remedies(input: ReplyInput): { given: boolean; phrases: string[]; priceKept: boolean } {
  const w = wordsOf(input.language);
  const given = Boolean(input.given?.length);
  const named = given ? (input.given ?? []) : input.remedy ? [input.remedy] : [];
  const priceKept = given && named.some((r) => r.kind === "price_honoured");
  const phrases = named
    .filter((r) => r.kind !== "apology" && !(given && r.kind === "price_honoured"))
    .map((r) => {
      const words = remedyPhrase(r.kind, r.amount, r.currency, input.language);
      // A discount the customer cannot use without its code: the code goes with it.
      return r.code ? `${words} (${w.code}${colon(input.language)} ${r.code})` : words;
    });
  return { given, phrases: [...new Set(phrases)], priceKept };
}

/** The remedy sentences: what was given (or is offered), then a kept price with the choice left open. */
function remedyText(input: ReplyInput): string {
  const w = wordsOf(input.language);
  const named = remedies(input);
  const list = new Intl.ListFormat(localeOf(input.language), { type: "conjunction" }).format(named.phrases);
  const said = [
    ...(named.phrases.length ? [(named.given ? w.gave : w.offer)(list)] : []),
    ...(named.priceKept ? [moreWordsOf(input.language).priceKept] : []),
  ];
  return said.length ? said.join(" ") : w.apologyOnly;
}

export function buildReply(input: ReplyInput): Reply {
  const w = wordsOf(input.language);
  const shopDue = formatDue(input.dueAt, input.language, input.timezone);
  const theirs = customerDue(input.dueAt, input.language, input.timezone, input.customerOffset ?? null);
  // "by Monday 7 December at 17:30 CST (your time: Tuesday 8 December at 00:30 UTC+1)".
  const due = theirs
    ? `${shopDue} (${moreWordsOf(input.language).yourTime}${colon(input.language)} ${theirs})`
    : shopDue;
  const fault = !NOT_AT_FAULT.has(input.topic);
  const parts = {
    // A name and a shop name from outside each its own isolate (and closed): "Hello ⟨RLO⟩Anna, we are…"
    // turned the rest of the greeting's line around, a Hebrew name drew our comma on its side.
    thanks: w.thanks(input.customerName ? isolate(input.customerName) : null),
    apology: fault ? w.apology[input.topic] : w.concern,
    next: w.next[input.topic](due),
    private: input.channel === "email" ? moreWordsOf(input.language).byMail : w.private,
    remedy: remedyText(input),
    sign: w.sign(isolate(input.shop)),
  };
  const text = [
    `${parts.thanks} ${parts.apology}`,
    parts.next,
    `${parts.remedy} ${parts.private}`,
    parts.sign,
  ].join("\n\n");
  return { language: input.language, text, parts, due, fault };
}

/** After resolution: ask the customer (in private) to update or remove the post. */
export function followUpPrivate(language: CaseLang, shop: string, name: string | null): string {
  return wordsOf(language).followUpPrivate(isolate(shop), name ? isolate(name) : null);
}

/** After resolution: a public line under the post that says how it ended. */
export function followUpPublic(language: CaseLang, outcome: string | null): string {
  return wordsOf(language).followUpPublic(outcome);
}
