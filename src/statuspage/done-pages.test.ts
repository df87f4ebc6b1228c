import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";

/**
 * The pages a subscriber reaches from a mail's link, after the click: they came from their inbox, not
 * from the status page, so the page says for whom the click counted and leads to that page, in the
 * subscriber's language. On the old code both said "… ✓" and nothing more.
 */
const { h, smtp } = setupMailHarness();

const WORDS = {
  en: ["on the status page of", "The status page of", "Go to the status page"],
  pl: ["ze strony statusu sklepu", "Strona statusu sklepu", "Przejdź do strony statusu"],
  it: ["della pagina di stato di", "La pagina di stato di", "Vai alla pagina di stato"],
  fr: ["de la page d'état de", "La page d'état de", "Aller à la page d'état"],
  de: ["auf der Statusseite von", "Die Statusseite von", "Zur Statusseite"],
  es: ["de la página de estado de", "La página de estado de", "Ir a la página de estado"],
} as const;

/** The page's words as a reader reads them (entities undone: the French and Italian apostrophes). */
const read = (body: string) => body.replaceAll("&#39;", "'").replaceAll("&amp;", "&");

describe("the confirmed and unsubscribed pages, in six languages", () => {
  it("name the shop, say what the click changed and link its status page in the reader's language", async () => {
    h.clock.freeze(new Date("2026-12-06T09:00:00Z"));
    await setShop(h, { name: "Księgarnia Ola", languages: ["pl", "en"], default_language: "pl" });
    for (const [lang, [confirmed, unsubscribed, link]] of Object.entries(WORDS)) {
      const before = smtp.messages.length;
      const email = `reader-${lang}@example.com`;
      await h.app.inject({ method: "POST", url: "/status/subscribe", payload: { email, lang } });
      await h.ctx.jobs.drain();
      const mails = await smtp.waitFor(before + 1);
      const token = /confirm\?token=([\w-]+)/.exec(mails[before]?.text ?? "")?.[1] ?? "";

      const done = await h.app.inject({ method: "POST", url: `/status/confirm?token=${token}` });
      expect(done.statusCode, lang).toBe(200);
      const page = read(done.body);
      expect(page, lang).toContain(`${confirmed} Księgarnia Ola.`);
      const href = new RegExp(`<a href="([^"]*/status/[\\w-]+\\?lang=${lang})">${link}</a>`).exec(page)?.[1];
      expect(href, lang).toBeDefined();
      // The link opens the shop's page in the same language.
      const shown = await h.app.inject({
        method: "GET",
        url: `${new URL(href ?? "").pathname}?lang=${lang}`,
      });
      expect(shown.statusCode, lang).toBe(200);
      expect(shown.body, lang).toContain(`<html lang="${lang}">`);

      const gone = await h.app.inject({ method: "POST", url: `/status/unsubscribe?token=${token}` });
      expect(gone.statusCode, lang).toBe(200);
      expect(read(gone.body), lang).toContain(`${unsubscribed} Księgarnia Ola`);
      expect(read(gone.body), lang).toContain(`?lang=${lang}">${link}</a>`);
      // A confirm link opened after unsubscribing says it no longer works, and leads to the page where
      // it tells them to subscribe again.
      const late = await h.app.inject({ method: "GET", url: `/status/confirm?token=${token}` });
      expect(late.statusCode, lang).toBe(404);
      expect(read(late.body), lang).toContain(`?lang=${lang}">${link}</a>`);
    }
  });

  it("a token nobody holds gets no link (it names no shop) and no shop name", async () => {
    const r = await h.app.inject({ method: "POST", url: "/status/unsubscribe?token=nope-nope" });
    expect(r.statusCode).toBe(404);
    expect(r.body).not.toContain("<a href");
  });
});
