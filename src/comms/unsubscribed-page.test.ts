import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { mailCustomerList } from "./test-customer-mail.js";

/**
 * The page a customer reaches after unsubscribing from a shop e-mail: on the old code "You are
 * unsubscribed ✓" and nothing more, which a customer reads as "no more e-mails from this shop" — yet a
 * breach notice still comes (GDPR Art. 34), and the status page's notices are a subscription of their
 * own. It now says so, naming the shop, in the customer's language.
 */
const { h, smtp } = setupMailHarness();

const WORDS: Record<string, string> = {
  en: "Księgarnia Ola will send you no more e-mails like the one this link came in, except a notice the law requires",
  pl: "Księgarnia Ola nie wyśle Ci już e-maili takich jak ten, z którego pochodzi ten link, poza wiadomością wymaganą przez prawo",
  de: "Sie erhalten von Księgarnia Ola keine E-Mails dieser Art mehr, außer einer gesetzlich vorgeschriebenen Mitteilung",
  fr: "Księgarnia Ola ne vous enverra plus d'e-mails comme celui d'où vient ce lien, sauf un avis exigé par la loi",
  it: "Księgarnia Ola non ti invierà più e-mail come quella da cui viene questo link, salvo un avviso richiesto dalla legge",
  es: "Księgarnia Ola no te enviará más correos como el que contenía este enlace, salvo un aviso que exija la ley",
};

describe("unsubscribed from a shop e-mail, in six languages", () => {
  it("names the shop and says what still comes: a notice the law requires, and the status page's own", async () => {
    await setShop(h, { name: "Księgarnia Ola" });
    const langs = Object.keys(WORDS);
    const csv = `email,name,language\n${langs.map((l) => `${l}@example.com,Reader,${l}`).join("\n")}\n`;
    const { sent } = await mailCustomerList(h, smtp, {
      csv,
      crisis: { title: "Sklep nie działa", type: "site_outage", severity: "SEV1" },
      language: "en",
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const mails = await smtp.waitFor(langs.length);
    for (const lang of langs) {
      const mail = mails.find((m) => JSON.stringify(m.to).includes(`${lang}@example.com`));
      const token = /messages\/unsubscribe\?token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? "")?.[1] ?? "";
      const done = await h.app.inject({ method: "POST", url: `/status/messages/unsubscribe?token=${token}` });
      expect(done.statusCode, lang).toBe(200);
      expect(done.body, lang).toContain(`<html lang="${lang}">`);
      expect(done.body.replaceAll("&#39;", "'"), lang).toContain(WORDS[lang]);
    }
  });

  it("an internal brief mailed to the list reaches no one who unsubscribed (only a breach notice does)", async () => {
    // The readers above all unsubscribed; one more who did not.
    const before = smtp.messages.length;
    const call = (url: string, payload: object) =>
      h.app.inject({ method: "POST", url, headers: h.auth("responder"), payload });
    await h.app.inject({
      method: "POST",
      url: "/api/v1/comms/contacts/import",
      headers: { ...h.auth("admin"), "content-type": "text/csv" },
      payload: "email,name,language\nstill@example.com,Still,en\n",
    });
    const crisis = await call("/api/v1/crises", { title: "Brief", type: "site_outage", severity: "SEV2" });
    const draft = await call("/api/v1/comms/messages", {
      kind: "internal_brief",
      crisis_id: crisis.json().id,
      language: "en",
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const sent = await call(`/api/v1/comms/messages/${draft.json().id}/send`, {
      channel: "email",
      segment: "all",
    });
    expect(sent.statusCode, sent.body).toBe(200);
    await h.ctx.jobs.drain();
    await smtp.waitFor(before + 1);
    await h.ctx.jobs.drain();
    // On the old code every unsubscribed reader got it too: seven mails, not one.
    expect(smtp.messages.slice(before).map((m) => JSON.stringify(m.to))).toEqual([
      expect.stringContaining("still@"),
    ]);
  });
});
