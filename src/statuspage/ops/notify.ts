import type { AppContext } from "../../app/context.js";
import { openSecret } from "../../core/secrets.js";
import { formatForCustomer } from "../../core/zoned-time.js";
import type { Lang } from "../../plan/default-plan/index.js";
import { colon, PAGE_TEXT, pick, pickText, shownInNote } from "../i18n.js";
import { statusStore as store } from "../store.js";

/** Mails one published update to every confirmed subscriber, in their language and the shop's zone. */
export async function notifySubscribers(ctx: AppContext, updateId: string) {
  const { db } = ctx;
  const u = await store.update(db, updateId);
  if (!u) return;
  const incident = await store.incident(db, u.workspace_id, u.incident_id);
  if (!incident) return;
  const ws = await ctx.services.accounts.workspace(u.workspace_id);
  const settings = await ctx.services.accounts.settings(u.workspace_id);
  const title = JSON.parse(incident.title) as Record<string, string>;
  const body = JSON.parse(u.body) as Record<string, string>;
  for (const sub of await store.subscribers(db, u.workspace_id, true)) {
    const lang = (sub.language in PAGE_TEXT ? sub.language : settings.default_language) as Lang;
    const t = PAGE_TEXT[lang];
    const unsubscribe = `${ctx.config.publicUrl}/status/unsubscribe?token=${openSecret(sub.token)}`;
    const when = formatForCustomer(u.published_at, { timeZone: settings.time_zone, language: lang });
    // A language the shop does not write in gets its default language's text, said so as on the page.
    const got = pickText(body, lang, settings.default_language);
    const text =
      got.lang === lang || !got.text ? got.text : `${got.text}\n\n(${shownInNote(lang, got.lang)})`;
    await ctx.services.mail.send(
      {
        workspaceId: u.workspace_id,
        to: sub.email,
        subject: `[${settings.name}] ${pick(title, lang, settings.default_language)} — ${t.statuses[u.status] ?? u.status}`,
        text: `${when}\n\n${text}\n\n${settings.public_url ?? `${ctx.config.publicUrl}/status/${ws.slug}`}?lang=${lang}\n\n${t.unsubscribe}${colon(lang)} ${unsubscribe}\n`,
        listUnsubscribe: unsubscribe,
        language: lang,
      },
      { key: `status-update:${u.id}:${sub.id}` },
    );
  }
}
