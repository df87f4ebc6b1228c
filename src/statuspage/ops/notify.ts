import type { AppContext } from "../../app/context.js";
import { quotedPassages } from "../../comms/quoted.js";
import { colon } from "../../core/lang.js";
import { withLang } from "../../core/links.js";
import { openSecret } from "../../core/secrets.js";
import { isolate, isolateLines } from "../../core/text.js";
import { formatForCustomer } from "../../core/zoned-time.js";
import type { Passage } from "../../mail/compose.js";
import type { Lang } from "../../plan/default-plan/index.js";
import { PAGE_TEXT, pick, pickText, shownInNote } from "../i18n.js";
import { statusStore as store } from "../store.js";
import { incidentQuotes } from "./quotes.js";

/** The status notices' list, for the mail outbox's check at send time (registered in module.ts). */
export const STATUS_LIST = "status";

type Settings = Awaited<ReturnType<AppContext["services"]["accounts"]["settings"]>>;

/** One notice as a subscriber in `lang` reads it: the subject after the shop's name, a time line, the text. */
export interface Notice {
  subject: string;
  when: string;
  text: string;
  /** The text where it is in another language than the reader's, for the HTML part's `lang`. */
  passages?: Passage[];
}

/**
 * A stored text in `lang`; where the shop has not written it, the fallback's, with the note the page shows,
 * so a Polish text in a German mail says why.
 */
/** The stored text when the reader gets it in another language (`notedText`), with that language. */
export function otherLanguage(t: Record<string, string>, lang: Lang, settings: Settings) {
  const got = pickText(t, lang, settings.default_language);
  return got.lang === lang || !got.text ? [] : [{ text: isolateLines(got.text), language: got.lang }];
}

export function notedText(t: Record<string, string>, lang: Lang, settings: Settings): string {
  const got = pickText(t, lang, settings.default_language);
  // Each line its own isolate: a Hebrew or Arabic line's full stop stays at its end, not on our side.
  const said = isolateLines(got.text);
  return got.lang === lang || !got.text ? said : `${said}\n\n(${shownInNote(lang, got.lang)})`;
}

/**
 * Mails one notice to every confirmed subscriber, each in their language, through the mail queue. `key`
 * names the notice: with the subscriber's id it is the mail's idempotency key, so a retried job (or a
 * second worker) never mails anyone twice.
 */
export async function mailSubscribers(
  ctx: AppContext,
  workspaceId: string,
  key: string,
  write: (lang: Lang, settings: Settings) => Notice,
  /** Only subscribers confirmed by then (those who heard the earlier notices of the same thing). */
  confirmedBy?: string,
) {
  const ws = await ctx.services.accounts.workspace(workspaceId);
  const settings = await ctx.services.accounts.settings(workspaceId);
  const page = settings.public_url ?? `${ctx.config.publicUrl}/status/${ws.slug}`;
  for (const sub of await store.subscribers(ctx.db, workspaceId, true)) {
    if (confirmedBy !== undefined && (sub.confirmed_at ?? "") > confirmedBy) continue;
    const lang = (sub.language in PAGE_TEXT ? sub.language : settings.default_language) as Lang;
    const t = PAGE_TEXT[lang];
    const unsubscribe = `${ctx.config.publicUrl}/status/unsubscribe?token=${openSecret(sub.token)}`;
    const n = write(lang, settings);
    await ctx.services.mail.send(
      {
        workspaceId,
        to: sub.email,
        // Isolated (`isolate` closes too: a name stored before the JSON edge closed its overrides): a
        // right-to-left name draws our brackets and words as we wrote them, in a client that takes a
        // subject's direction from its first letter as well.
        subject: `[${isolate(settings.name)}] ${n.subject}`,
        // Both links say where they lead, in the reader's language (the page's was a bare address).
        text: `${n.when}\n\n${n.text}\n\n${t.toPage}${colon(lang)} ${withLang(page, lang)}\n\n${t.unsubscribe}${colon(lang)} ${unsubscribe}\n`,
        listUnsubscribe: unsubscribe,
        language: lang,
        passages: n.passages,
        optOut: { list: STATUS_LIST, id: sub.id },
      },
      { key: `${key}:${sub.id}` },
    );
  }
}

/** Mails one published update to every confirmed subscriber, in their language and the shop's zone. */
export async function notifySubscribers(ctx: AppContext, updateId: string) {
  const { db } = ctx;
  const u = await store.update(db, updateId);
  if (!u) return;
  const incident = await store.incident(db, u.workspace_id, u.incident_id);
  if (!incident) return;
  const title = JSON.parse(incident.title) as Record<string, string>;
  const body = JSON.parse(u.body) as Record<string, string>;
  // The crisis's title or summary the text quotes in another language: marked so in the HTML part.
  const quotes = (await incidentQuotes(ctx, u.workspace_id, [incident]))[incident.id] ?? [];
  await mailSubscribers(ctx, u.workspace_id, `status-update:${u.id}`, (lang, settings) => ({
    subject: `${isolate(pick(title, lang, settings.default_language))} — ${PAGE_TEXT[lang].statuses[u.status] ?? u.status}`,
    when: formatForCustomer(u.published_at, { timeZone: settings.time_zone, language: lang }),
    text: notedText(body, lang, settings),
    passages: [
      ...otherLanguage(body, lang, settings),
      ...quotedPassages(pickText(body, lang, settings.default_language).lang, quotes),
    ],
  }));
}
