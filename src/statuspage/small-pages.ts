import { html, raw, type SafeHtml, withName } from "../core/html.js";
import type { Lang } from "../plan/default-plan/index.js";
import { PAGE_TEXT } from "./i18n.js";
import { STYLE } from "./render.js";

/** The small pages of the subscription flow, in the subscriber's (or the visitor's) language. */
export const smallPage = (lang: Lang, title: string, body: SafeHtml) =>
  html`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><style>${raw(
    STYLE,
  )}</style></head><body><main><h1>${title}</h1>${body}</main></body></html>`.toString();

/** The page a form post answers: what happens next (or what was wrong), and the way back. */
export function subscribedPage(lang: Lang, sentence: string, back: string, email?: string): string {
  const t = PAGE_TEXT[lang];
  return smallPage(
    lang,
    t.subscribe,
    html`${email ? html`<p>✉ ${email}</p>` : ""}<p>${sentence}</p><p><a href="${back}">←</a></p>`,
  );
}

type LinkAction = "confirm" | "unsubscribe";

/** What a mail's link opens: a button (link scanners follow GETs, never POSTs). */
export function confirmPage(action: LinkAction, token: string, lang: Lang): string {
  const t = PAGE_TEXT[lang];
  const label = action === "confirm" ? t.confirmButton : t.unsubscribe;
  return smallPage(
    lang,
    action === "confirm" ? t.confirmTitle : t.unsubscribe,
    html`<form method="post" action="/status/${action}?token=${encodeURIComponent(token)}"><button type="submit">${label}</button></form>`,
  );
}

/** The shop a token leads to, when it is known: its name and its page in the reader's language. */
export type ShopPage = { name: string; url: string };

const toPage = (lang: Lang, shop?: ShopPage) =>
  shop ? html`<p><a href="${shop.url}">${PAGE_TEXT[lang].toPage}</a></p>` : "";

/**
 * A link from an older mail, or a confirm link after unsubscribing: it says so, in words, and (when the
 * token still names a subscriber) links the page it tells them to subscribe on again.
 */
export function linkGonePage(action: LinkAction, lang: Lang, shop?: ShopPage): string {
  const t = PAGE_TEXT[lang];
  return smallPage(
    lang,
    action === "confirm" ? t.confirmTitle : t.unsubscribe,
    html`<p>${t.linkGone}</p>${toPage(lang, shop)}`,
  );
}

/** What the click did, for whom, and the way to the shop's page (a mail brought them here, not the page). */
export function donePage(action: LinkAction, lang: Lang, shop?: ShopPage): string {
  const t = PAGE_TEXT[lang];
  const said = action === "confirm" ? t.confirmedText : t.unsubscribedText;
  const text = shop ? html`<p>${withName(said, shop.name)}</p>` : "";
  return smallPage(
    lang,
    action === "confirm" ? t.confirmed : t.unsubscribed,
    html`<p>✓</p>${text}${toPage(lang, shop)}`,
  );
}
