import { parse as parseQs } from "node:querystring";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { AppContext } from "../app/context.js";
import { html, type SafeHtml, withName } from "../core/html.js";
import type { Lang } from "../plan/default-plan/index.js";
import type { App } from "../server/types.js";
import { PAGE_TEXT, pickLanguage } from "../statuspage/i18n.js";
import { contactShopName } from "./contacts.js";

const tags = ["messages"];

/** A link whose token nobody holds (a mistyped or cut address, an old export): what to do instead. */
const LINK_GONE: Record<Lang, string> = {
  en: "This link no longer works. If our e-mails still reach you, use the unsubscribe link in the latest one.",
  pl: "Ten link już nie działa. Jeśli nadal dostajesz nasze wiadomości, użyj linku do wypisania się z najnowszej z nich.",
  de: "Dieser Link gilt nicht mehr. Wenn Sie noch E-Mails von uns erhalten, nutzen Sie den Abmeldelink in der neuesten.",
  fr: "Ce lien ne fonctionne plus. Si nos e-mails vous parviennent encore, utilisez le lien de désabonnement du plus récent.",
  it: "Questo link non funziona più. Se ricevi ancora le nostre e-mail, usa il link per annullare l'iscrizione nell'ultima.",
  es: "Este enlace ya no funciona. Si todavía te llegan nuestros correos, usa el enlace para darte de baja del más reciente.",
};

/**
 * What unsubscribing from the shop's e-mails changed, under "You are unsubscribed": a breach notice still
 * comes (email-job.ts sends it to everyone affected, GDPR Art. 34), and the status page's notices are
 * a subscription of their own. "{name}" is the shop.
 */
export const UNSUBSCRIBED: Record<Lang, string> = {
  en: "{name} will send you no more e-mails like the one this link came in, except a notice the law requires, such as one about a breach of your data. E-mails from its status page, if you subscribed to them, have their own unsubscribe link.",
  pl: "{name} nie wyśle Ci już e-maili takich jak ten, z którego pochodzi ten link, poza wiadomością wymaganą przez prawo, np. o naruszeniu Twoich danych. E-maile ze strony statusu, jeśli je subskrybujesz, mają własny link do wypisania się.",
  de: "Sie erhalten von {name} keine E-Mails dieser Art mehr, außer einer gesetzlich vorgeschriebenen Mitteilung, etwa über eine Verletzung des Schutzes Ihrer Daten. E-Mails der Statusseite haben, falls Sie sie abonniert haben, einen eigenen Abmeldelink.",
  fr: "{name} ne vous enverra plus d'e-mails comme celui d'où vient ce lien, sauf un avis exigé par la loi, par exemple en cas de violation de vos données. Les e-mails de sa page d'état, si vous y avez souscrit, ont leur propre lien de désabonnement.",
  it: "{name} non ti invierà più e-mail come quella da cui viene questo link, salvo un avviso richiesto dalla legge, ad esempio per una violazione dei tuoi dati. Le e-mail della sua pagina di stato, se le ricevi, hanno un proprio link per annullare l'iscrizione.",
  es: "{name} no te enviará más correos como el que contenía este enlace, salvo un aviso que exija la ley, por ejemplo por una brecha de tus datos. Los correos de su página de estado, si te has suscrito a ellos, tienen su propio enlace para darte de baja.",
};

/** Above the button: whose e-mails stop, and what still comes, before the click (UNSUBSCRIBED after it). */
export const BEFORE_CLICK: Record<Lang, string> = {
  en: "After you unsubscribe, {name} will send you no more e-mails like the one this link came in, except a notice the law requires, such as one about a breach of your data.",
  pl: "Po wypisaniu się {name} nie wyśle Ci już e-maili takich jak ten, z którego pochodzi ten link, poza wiadomością wymaganą przez prawo, np. o naruszeniu Twoich danych.",
  de: "Nach der Abmeldung erhalten Sie von {name} keine E-Mails dieser Art mehr, außer einer gesetzlich vorgeschriebenen Mitteilung, etwa über eine Verletzung des Schutzes Ihrer Daten.",
  fr: "Après votre désabonnement, {name} ne vous enverra plus d'e-mails comme celui d'où vient ce lien, sauf un avis exigé par la loi, par exemple en cas de violation de vos données.",
  it: "Dopo l'annullamento dell'iscrizione, {name} non ti invierà più e-mail come quella da cui viene questo link, salvo un avviso richiesto dalla legge, ad esempio per una violazione dei tuoi dati.",
  es: "Al darte de baja, {name} no te enviará más correos como el que contenía este enlace, salvo un aviso que exija la ley, por ejemplo por una brecha de tus datos.",
};

const page = (lang: Lang, title: string, body: SafeHtml) =>
  html`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1>${body}</body></html>`.toString();

/** The visitor's language, for a link that names nobody. */
const visitorLanguage = (req: FastifyRequest): Lang =>
  pickLanguage(undefined, req.headers["accept-language"], "en");

/**
 * The public one-click unsubscribe of the shop's customer e-mails (RFC 8058): a GET shows a button, a
 * POST acts. A token nobody holds gets a short page in the visitor's language (404), as the status
 * page's links do, never the API's JSON error.
 */
export function unsubscribeRoutes(app: App, ctx: AppContext) {
  const svc = () => ctx.services.comms;
  app.register(async (pub: App) => {
    pub.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_r, body, done) =>
      done(null, parseQs(body as string)),
    );
    const q = z.object({ token: z.string().max(200).optional() });
    const gone = (lang: Lang) => page(lang, PAGE_TEXT[lang].unsubscribe, html`<p>${LINK_GONE[lang]}</p>`);
    pub.get(
      "/status/messages/unsubscribe",
      {
        config: { access: "public" },
        schema: { tags, summary: "Unsubscribe from shop e-mails (button)", querystring: q },
      },
      async (req, reply) => {
        const token = req.query.token ?? "";
        const lang = await svc().contacts.language(token);
        reply.type("text/html; charset=utf-8");
        if (!lang) return reply.status(404).send(gone(visitorLanguage(req)));
        const label = PAGE_TEXT[lang].unsubscribe;
        const action = `/status/messages/unsubscribe?token=${encodeURIComponent(token)}`;
        const shop = await contactShopName(ctx, token);
        const said = shop ? html`<p>${withName(BEFORE_CLICK[lang], shop)}</p>` : "";
        const form = html`<form method="post" action="${action}"><button type="submit">${label}</button></form>`;
        return reply.send(page(lang, label, html`${said}${form}`));
      },
    );
    pub.post(
      "/status/messages/unsubscribe",
      {
        config: { access: "public" },
        schema: {
          tags,
          summary: "One-click unsubscribe from shop e-mails",
          querystring: q,
          body: z.unknown(),
        },
      },
      async (req, reply) => {
        const token = req.query.token ?? "";
        reply.type("text/html; charset=utf-8");
        const lang = (await svc().contacts.unsubscribe(token)) ? await svc().contacts.language(token) : null;
        if (!lang) return reply.status(404).send(gone(visitorLanguage(req)));
        const shop = await contactShopName(ctx, token);
        const said = shop ? html`<p>${withName(UNSUBSCRIBED[lang], shop)}</p>` : "";
        return reply.send(page(lang, PAGE_TEXT[lang].unsubscribed, html`<p>✓</p>${said}`));
      },
    );
  });
}
