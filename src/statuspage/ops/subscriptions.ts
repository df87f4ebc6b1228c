import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { newId } from "../../core/ids.js";
import { withLang } from "../../core/links.js";
import { newLinkToken, openSecret } from "../../core/secrets.js";
import { isolate } from "../../core/text.js";
import { LANGS, type Lang } from "../../plan/default-plan/index.js";
import { PAGE_TEXT } from "../i18n.js";
import { statusStore as store } from "../store.js";

type Ctx = Pick<AppContext, "db" | "clock">;

/** Tokens and hashes stay out: the list is for the team, the tokens are the subscribers' own. */
export async function listSubscribers(ctx: Ctx, actor: Actor) {
  return (await store.subscribers(ctx.db, actor.workspaceId, false)).map(
    ({ token: _t, token_hash: _h, workspace_id: _w, ...s }) => s,
  );
}

/** Double opt-in: the address gets a confirmation link; nothing else until it is followed. */
export async function subscribe(ctx: AppContext, workspaceId: string, email: string, lang: Lang) {
  const address = email.trim().toLowerCase();
  const chosen = LANGS.includes(lang) ? lang : "en";
  let sub = await store.subscriberByEmail(ctx.db, workspaceId, address);
  if (!sub) {
    await store.insertSubscriber(ctx.db, {
      id: newId(),
      workspace_id: workspaceId,
      email: address,
      language: chosen,
      ...newLinkToken(),
      created_at: ctx.clock.now().toISOString(),
      confirmed_at: null,
      unsubscribed_at: null,
    });
    sub = await store.subscriberByEmail(ctx.db, workspaceId, address);
  } else if (sub.unsubscribed_at) {
    await store.setSubscriber(ctx.db, sub.id, {
      unsubscribed_at: null,
      confirmed_at: null,
      ...newLinkToken(),
    });
    sub = await store.subscriberByEmail(ctx.db, workspaceId, address);
  }
  if (!sub || sub.confirmed_at) return;
  // Not yet confirmed, asked again from a page in another language: the link and every notice after it
  // come in the language the visitor reads now, not the one of a form they filled in before.
  if (sub.language !== chosen) {
    await store.setSubscriber(ctx.db, sub.id, { language: chosen });
    sub = { ...sub, language: chosen };
  }
  const ws = await ctx.services.accounts.workspace(workspaceId);
  const link = `${ctx.config.publicUrl}/status/confirm?token=${openSecret(sub.token)}`;
  const t = PAGE_TEXT[sub.language as Lang] ?? PAGE_TEXT.en;
  await ctx.services.mail.send(
    {
      workspaceId,
      to: address,
      subject: `[${isolate(ws.name)}] ${t.subscribe}`,
      text: `${t.confirmIntro.replace("{name}", isolate(ws.name))}\n\n${link}\n\n${t.confirmIgnore}\n`,
      language: sub.language,
    },
    // Once per link and language: asking again in the same language mails nobody twice.
    { key: `status-confirm:${sub.id}:${sub.token_hash}:${sub.language}` },
  );
}

/**
 * The language the subscriber chose, for the pages their mails' links open (those mails are in it);
 * English for a token nobody holds.
 */
export async function subscriberLanguage(ctx: Ctx, token: string, fallback: Lang = "en"): Promise<Lang> {
  const sub = token ? await store.subscriberByToken(ctx.db, token) : undefined;
  return sub && LANGS.includes(sub.language as Lang) ? (sub.language as Lang) : fallback;
}

/**
 * Whether a mail's link still does something, so its page offers a button only then: a confirm link of a
 * subscriber who has since unsubscribed, or any token nobody holds, does not.
 */
export async function linkWorks(
  ctx: Ctx,
  token: string,
  action: "confirm" | "unsubscribe",
): Promise<boolean> {
  const sub = token ? await store.subscriberByToken(ctx.db, token) : undefined;
  return Boolean(sub) && (action === "unsubscribe" || !sub?.unsubscribed_at);
}

/**
 * The status page a token's subscriber subscribed to, in `lang`, for the pages their mails' links open to
 * name the shop and lead back to it (the mails' own "status page" link goes to the same address).
 */
export async function subscriberPage(
  ctx: AppContext,
  token: string,
  lang: Lang,
): Promise<{ name: string; url: string } | undefined> {
  const sub = token ? await store.subscriberByToken(ctx.db, token) : undefined;
  if (!sub) return undefined;
  const ws = await ctx.services.accounts.workspace(sub.workspace_id);
  const settings = await ctx.services.accounts.settings(sub.workspace_id);
  const url = settings.public_url ?? `${ctx.config.publicUrl}/status/${ws.slug}`;
  return { name: settings.name, url: withLang(url, lang) };
}

export async function confirm(ctx: Ctx, token: string): Promise<boolean> {
  const sub = await store.subscriberByToken(ctx.db, token);
  if (!sub || sub.unsubscribed_at) return false;
  if (!sub.confirmed_at)
    await store.setSubscriber(ctx.db, sub.id, { confirmed_at: ctx.clock.now().toISOString() });
  return true;
}

export async function unsubscribe(ctx: Ctx, token: string): Promise<boolean> {
  const sub = await store.subscriberByToken(ctx.db, token);
  if (!sub) return false;
  if (!sub.unsubscribed_at)
    await store.setSubscriber(ctx.db, sub.id, { unsubscribed_at: ctx.clock.now().toISOString() });
  return true;
}
