import { describe, expect, it } from "vitest";
import { mailCustomerList } from "../comms/test-customer-mail.js";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";

/**
 * The pages a mail's link opens, before the click: on the old code a title and a bare "Confirm" or
 * "Unsubscribe" button, so a reader with several shops' mails could not tell which shop's button it
 * was, nor what pressing it would do. They now name the shop and say what the click will do, in the
 * token's language; a token nobody holds names no shop.
 */
const { h, smtp } = setupMailHarness();

const STATUS = {
  en: [
    "After you confirm, the status page of Księgarnia Ola will send you e-mails about incidents and scheduled maintenance.",
    "After you unsubscribe, the status page of Księgarnia Ola will send you no more e-mails.",
  ],
  pl: [
    "Po potwierdzeniu strona statusu sklepu Księgarnia Ola będzie wysyłać Ci e-maile o zdarzeniach i zaplanowanych pracach serwisowych.",
    "Po wypisaniu się strona statusu sklepu Księgarnia Ola nie będzie już wysyłać Ci wiadomości.",
  ],
  de: [
    "Nach der Bestätigung erhalten Sie E-Mails zu Störungen und geplanten Wartungen auf der Statusseite von Księgarnia Ola.",
    "Nach der Abmeldung sendet Ihnen die Statusseite von Księgarnia Ola keine E-Mails mehr.",
  ],
  fr: [
    "Une fois l'abonnement confirmé, vous recevrez des e-mails sur les incidents et les maintenances planifiées de la page d'état de Księgarnia Ola.",
    "Après votre désabonnement, la page d'état de Księgarnia Ola ne vous enverra plus d'e-mails.",
  ],
  it: [
    "Dopo la conferma riceverai e-mail sugli incidenti e sulle manutenzioni programmate della pagina di stato di Księgarnia Ola.",
    "Dopo l'annullamento dell'iscrizione, la pagina di stato di Księgarnia Ola non ti invierà più e-mail.",
  ],
  es: [
    "Al confirmar, recibirás correos sobre las incidencias y los mantenimientos programados de la página de estado de Księgarnia Ola.",
    "Al darte de baja, la página de estado de Księgarnia Ola no te enviará más correos.",
  ],
} as const;

const SHOP_MAILS: Record<string, string> = {
  en: "After you unsubscribe, Księgarnia Ola will send you no more e-mails like the one this link came in, except a notice the law requires",
  pl: "Po wypisaniu się Księgarnia Ola nie wyśle Ci już e-maili takich jak ten, z którego pochodzi ten link, poza wiadomością wymaganą przez prawo",
  de: "Nach der Abmeldung erhalten Sie von Księgarnia Ola keine E-Mails dieser Art mehr, außer einer gesetzlich vorgeschriebenen Mitteilung",
  fr: "Après votre désabonnement, Księgarnia Ola ne vous enverra plus d'e-mails comme celui d'où vient ce lien, sauf un avis exigé par la loi",
  it: "Dopo l'annullamento dell'iscrizione, Księgarnia Ola non ti invierà più e-mail come quella da cui viene questo link, salvo un avviso richiesto dalla legge",
  es: "Al darte de baja, Księgarnia Ola no te enviará más correos como el que contenía este enlace, salvo un aviso que exija la ley",
};

/** The page's words as a reader reads them: entities and the name's isolate undone. */
const read = (body: string) =>
  body
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&")
    .replace(/<\/?bdi[^>]*>/g, "");

describe("the button pages name the shop and say what the click will do, in six languages", () => {
  it("status page subscribers: the confirm and the unsubscribe button", async () => {
    h.clock.freeze(new Date("2026-12-06T09:00:00Z"));
    await setShop(h, { name: "Księgarnia Ola", languages: ["pl", "en"], default_language: "pl" });
    for (const [lang, [confirm, unsubscribe]] of Object.entries(STATUS)) {
      const before = smtp.messages.length;
      await h.app.inject({
        method: "POST",
        url: "/status/subscribe",
        payload: { email: `button-${lang}@example.com`, lang },
      });
      await h.ctx.jobs.drain();
      const mails = await smtp.waitFor(before + 1);
      const token = /confirm\?token=([\w-]+)/.exec(mails[before]?.text ?? "")?.[1] ?? "";
      const ask = await h.app.inject({ method: "GET", url: `/status/confirm?token=${token}` });
      expect(ask.statusCode, lang).toBe(200);
      expect(ask.body, lang).toContain(`<html lang="${lang}">`);
      expect(read(ask.body), lang).toContain(confirm);
      expect(ask.body, lang).toContain('<button type="submit">');
      await h.app.inject({ method: "POST", url: `/status/confirm?token=${token}` });
      const leave = await h.app.inject({ method: "GET", url: `/status/unsubscribe?token=${token}` });
      expect(leave.statusCode, lang).toBe(200);
      expect(read(leave.body), lang).toContain(unsubscribe);
    }
    // A token nobody holds names no shop.
    for (const url of [
      "/status/confirm?token=nope-nope",
      "/status/unsubscribe?token=nope-nope",
      "/status/messages/unsubscribe?token=nope-nope",
    ]) {
      const r = await h.app.inject({ method: "GET", url });
      expect(r.statusCode, url).toBe(404);
      expect(r.body, url).not.toContain("Księgarnia");
    }
  });

  it("shop e-mails' unsubscribe button", async () => {
    const langs = Object.keys(SHOP_MAILS);
    const csv = `email,name,language\n${langs.map((l) => `shop-${l}@example.com,Reader,${l}`).join("\n")}\n`;
    const before = smtp.messages.length;
    const { sent } = await mailCustomerList(h, smtp, {
      csv,
      crisis: { title: "Sklep nie działa", type: "site_outage", severity: "SEV1" },
      language: "en",
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const mails = (await smtp.waitFor(before + langs.length)).slice(before);
    for (const lang of langs) {
      const mail = mails.find((m) => JSON.stringify(m.to).includes(`shop-${lang}@example.com`));
      const token = /messages\/unsubscribe\?token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? "")?.[1] ?? "";
      const ask = await h.app.inject({ method: "GET", url: `/status/messages/unsubscribe?token=${token}` });
      expect(ask.statusCode, lang).toBe(200);
      expect(ask.body, lang).toContain(`<html lang="${lang}">`);
      expect(read(ask.body), lang).toContain(SHOP_MAILS[lang]);
    }
  });
});
