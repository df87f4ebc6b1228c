import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { withLang } from "../core/links.js";
import { isolate } from "../core/text.js";
import { canonicalTimeZone, formatDay, formatForCustomer, localDate } from "../core/zoned-time.js";
import { type Lang, localize } from "../plan/default-plan/index.js";
import { timelineWordsFor } from "../review/timeline.js";
import { summaryFor, titleFor } from "./summary.js";
import type { CommsMessagesTable } from "./tables.js";

/**
 * "15:30 CET" today, "24 Nov 2026, 10:00 CET" on another day, in the shop's zone: what a customer reads
 * as the start or the next update. "Today" is the shop's day, not UTC's.
 */
export function humanTime(
  iso: string,
  lang: Lang,
  now: Date,
  timeZone: string,
  naming: "shop" | "reader" = "shop",
) {
  const o = { timeZone, language: lang, naming };
  const sameDay = localDate(iso, timeZone) === localDate(now, timeZone);
  return formatForCustomer(iso, sameDay ? { ...o, style: "time" } : o);
}

/**
 * The same time in two pieces, so a sentence can put each after its own word: `time` ("10:00 CET") and
 * `day` ("24 lis 2026"), null when it is the shop's today. "Kolejna aktualizacja o 24 lis 2026, 10:00"
 * is wrong in Polish ("o" takes a time, not a date); "24 lis 2026 o 10:00 CET" is right, and each
 * language has its own word for the day ("on", "am", "le", "il", "el").
 */
export function timeParts(
  iso: string,
  lang: Lang,
  now: Date,
  timeZone: string,
  naming: "shop" | "reader" = "shop",
) {
  const day = localDate(iso, timeZone);
  const time = formatForCustomer(iso, { timeZone, language: lang, style: "time", naming });
  return {
    day: day === localDate(now, timeZone) ? null : formatDay(day, lang),
    // Spanish writes the hour without a leading zero ("a las 9:00", "a la 1:00"), as case replies do.
    time: lang === "es" ? time.replace(/^0(?=\d)/, "") : time,
    // The local hour (0–23), for a language whose word before the time depends on it: Spanish "a la"
    // before one o'clock, "a las" otherwise.
    hour: Number.parseInt(time, 10),
  };
}

const addressOf = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from;

/** What a template sees: the shop, the crisis (or its type), the customer, the breach parts, free vars. */
export async function messageVariables(
  ctx: AppContext,
  actor: Actor,
  row: CommsMessagesTable,
  customer: Record<string, unknown>,
) {
  const lang = row.language as Lang;
  const now = ctx.clock.now();
  const ws = await ctx.services.accounts.workspace(row.workspace_id);
  const settings = await ctx.services.accounts.settings(row.workspace_id);
  // The customer's zone where the shop knows it (a shop e-mail to one contact), else the shop's.
  const own = typeof customer["time_zone"] === "string" ? canonicalTimeZone(customer["time_zone"]) : null;
  const zone = own ?? settings.time_zone;
  // Their own clock is named as their language names it ("21:00 czas: Nowy Jork"), not "21:00 EDT".
  const naming = own ? ("reader" as const) : ("shop" as const);
  const vars = JSON.parse(row.vars) as Record<string, unknown> & { breach?: Record<string, string> };
  const type = await ctx.services.plan.crisisType(row.workspace_id, row.crisis_type);
  const typeName = type ? localize(type.name, lang) : row.crisis_type;
  const description = type ? localize(type.description, lang) : "";
  const base = ctx.config.publicUrl;
  let crisis: Record<string, unknown> = {
    title: typeName,
    type: row.crisis_type,
    type_name: typeName,
    description,
    summary: "",
    severity: type?.defaultSeverity ?? "",
    status: "",
    status_name: "",
    started_at: "",
    // null, not "": Liquid counts an empty string as true, so "{% if crisis.next_update_at %}" would
    // promise an update "at ." when none is due.
    next_update_at: null,
    next_update_day: null,
    next_update_time: null,
    next_update_hour: null,
    url: `${base}/crises`,
  };
  if (row.crisis_id) {
    const c = await ctx.services.crises.get(actor, row.crisis_id);
    const clock =
      c.clocks.find((k) => k.id === "update_cadence" && k.due_at) ??
      c.clocks.find((k) => k.id === "first_public_word" && k.due_at && !k.stopped_at);
    // A promised update time is never in the past: an overdue clock promises one cadence from now.
    let next = clock?.due_at ?? null;
    const cadence = c.severity_info?.update_cadence_minutes;
    if (next && Date.parse(next) < now.getTime() && cadence)
      next = new Date(now.getTime() + cadence * 60_000).toISOString();
    const promised = next && !["resolved", "closed", "declined"].includes(c.status) ? next : null;
    const parts = promised ? timeParts(promised, lang, now, zone, naming) : null;
    const planLang = await ctx.services.plan.language(row.workspace_id);
    crisis = {
      ...crisis,
      // Both in the message's language where the shop wrote them; else quoted, their language named.
      title: titleFor(c, lang, planLang),
      summary: summaryFor(c, lang, planLang),
      severity: c.severity,
      status: c.status,
      // The status in the message's language, in the post-mortem's words ("potwierdzony", "angenommen"):
      // `status` stays the stored word for conditions ("{% if crisis.status == 'resolved' %}").
      status_name: timelineWordsFor(lang).status[c.status] ?? c.status,
      started_at: humanTime(c.started_at, lang, now, zone, naming),
      // An ended crisis (a false alarm too) promises no further update.
      next_update_at: promised ? humanTime(promised, lang, now, zone, naming) : null,
      next_update_day: parts?.day ?? null,
      next_update_time: parts?.time ?? null,
      next_update_hour: parts?.hour ?? null,
      url: `${base}/crises/${c.id}`,
    };
  }
  return {
    // The shop's date in the message's language ("5 grudnia 2026"), as a press release is dated.
    now: formatDay(localDate(now, zone), lang, "long"),
    shop: {
      // Its own isolate where it is right-to-left: set among the template's words and digits.
      name: isolate(ws.name),
      url: base,
      // Where customers reach the status page: the shop's own address when it set one, opened in the
      // message's language (as the status notices' links are), not whatever the browser prefers.
      status_url: withLang(settings.public_url ?? `${base}/status/${ws.slug}`, lang),
      contact_email:
        typeof vars["contact_email"] === "string" ? vars["contact_email"] : addressOf(ctx.config.mailFrom),
    },
    crisis,
    customer,
    breach: vars.breach ?? {},
    vars,
  };
}
