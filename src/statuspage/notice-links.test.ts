import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { subscribeConfirmed } from "./testing.js";

/**
 * A status notice's two links, in six languages: the page's and the unsubscribe one each say where they
 * lead. On the old code the page's link was a bare address on its own line, right above "Unsubscribe: …".
 */
const { h, smtp } = setupMailHarness();

const LABEL: Record<string, string> = {
  en: "Go to the status page: ",
  pl: "Przejdź do strony statusu: ",
  it: "Vai alla pagina di stato: ",
  fr: "Aller à la page d'état\u00a0: ",
  de: "Zur Statusseite: ",
  es: "Ir a la página de estado: ",
};

describe("a status notice's links", () => {
  it("name the status page in the reader's language, text and HTML", async () => {
    h.clock.freeze(new Date("2026-10-25T00:50:00Z"));
    await setShop(h, { time_zone: "Europe/Rome", languages: ["it", "en"], default_language: "it" });
    for (const lang of Object.keys(LABEL)) await subscribeConfirmed(h, smtp, `${lang}@example.com`, lang);
    const before = smtp.messages.length;
    const opened = await h.app.inject({
      method: "POST",
      url: "/api/v1/status/incidents",
      headers: h.auth("responder"),
      payload: {
        title: { it: "Pagamenti", en: "Payments" },
        body: { it: "Verifichiamo.", en: "We are checking." },
        impact: "minor",
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    await h.ctx.jobs.drain();
    const mails = (await smtp.waitFor(before + 6)).slice(before);
    for (const [lang, label] of Object.entries(LABEL)) {
      const mail = mails.find((m) => JSON.stringify(m.to).includes(`${lang}@example.com`));
      const text = (mail?.text ?? "").replaceAll("\u202f", "\u00a0");
      expect(text, lang).toMatch(new RegExp(`\\n\\n${label}http\\S+/status/[\\w-]+\\?lang=${lang}\\n\\n`));
      expect(mail?.html || "", lang).toMatch(/\?lang=\w\w">http/);
    }
  });
});
