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

/** The shop a token leads to, when it is known: its name and its page in the reader's language. */
export type ShopPage = { name: string; url: string };

/**
 * Above the button: whose page it is and what pressing it will do, as the page after it says what it
 * did ("{name}" is the shop). A bare "Confirm" / "Unsubscribe" left a reader with several shops' mails
 * guessing which one, and what they were agreeing to.
 */
export const BEFORE_CLICK: Record<LinkAction, Record<Lang, string>> = {
  confirm: {
    en: "After you confirm, the status page of {name} will send you e-mails about incidents and scheduled maintenance. Every e-mail has a link to unsubscribe.",
    pl: "Po potwierdzeniu strona statusu sklepu {name} będzie wysyłać Ci e-maile o zdarzeniach i zaplanowanych pracach serwisowych. W każdej wiadomości jest link do wypisania się.",
    de: "Nach der Bestätigung erhalten Sie E-Mails zu Störungen und geplanten Wartungen auf der Statusseite von {name}. Jede E-Mail enthält einen Abmeldelink.",
    fr: "Une fois l'abonnement confirmé, vous recevrez des e-mails sur les incidents et les maintenances planifiées de la page d'état de {name}. Chaque e-mail contient un lien de désabonnement.",
    it: "Dopo la conferma riceverai e-mail sugli incidenti e sulle manutenzioni programmate della pagina di stato di {name}. Ogni e-mail contiene un link per annullare l'iscrizione.",
    es: "Al confirmar, recibirás correos sobre las incidencias y los mantenimientos programados de la página de estado de {name}. Cada correo incluye un enlace para darte de baja.",
  },
  unsubscribe: {
    en: "After you unsubscribe, the status page of {name} will send you no more e-mails.",
    pl: "Po wypisaniu się strona statusu sklepu {name} nie będzie już wysyłać Ci wiadomości.",
    de: "Nach der Abmeldung sendet Ihnen die Statusseite von {name} keine E-Mails mehr.",
    fr: "Après votre désabonnement, la page d'état de {name} ne vous enverra plus d'e-mails.",
    it: "Dopo l'annullamento dell'iscrizione, la pagina di stato di {name} non ti invierà più e-mail.",
    es: "Al darte de baja, la página de estado de {name} no te enviará más correos.",
  },
};

/** What a mail's link opens: what the button will do for which shop, and the button (link scanners follow GETs, never POSTs). */
export function confirmPage(action: LinkAction, token: string, lang: Lang, shop?: ShopPage): string {
  const t = PAGE_TEXT[lang];
  const label = action === "confirm" ? t.confirmButton : t.unsubscribe;
  const said = shop ? html`<p>${withName(BEFORE_CLICK[action][lang], shop.name)}</p>` : "";
  return smallPage(
    lang,
    action === "confirm" ? t.confirmTitle : t.unsubscribe,
    html`${said}<form method="post" action="/status/${action}?token=${encodeURIComponent(token)}"><button type="submit">${label}</button></form>`,
  );
}

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
