import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";

/** What a visitor reads after the page's form and the mails' links: words in their language, never JSON. */
const { h, smtp } = setupMailHarness();
const form = { "content-type": "application/x-www-form-urlencoded" };

describe("the subscribe form", () => {
  it("says what happens next in the visitor's language", async () => {
    const r = await h.app.inject({
      method: "POST",
      url: "/status/test-shop/subscribe",
      headers: form,
      payload: "email=jean%40example.com&lang=fr",
    });
    expect(r.statusCode).toBe(202);
    expect(r.body).toContain('<html lang="fr">');
    expect(r.body).toContain("Consultez votre boîte de réception\u202f: ouvrez le lien");
  });

  it("answers a wrong address with a page in the form's language, not a JSON error", async () => {
    const r = await h.app.inject({
      method: "POST",
      url: "/status/test-shop/subscribe",
      headers: form,
      payload: "email=ola%40gmail&lang=pl",
    });
    expect(r.statusCode).toBe(400);
    expect(r.headers["content-type"]).toContain("text/html");
    expect(r.body).toContain('<html lang="pl">');
    expect(r.body).toContain("To nie wygląda na adres e-mail.");
    expect(r.body).toContain('href="/status/test-shop"');
    expect(r.body).not.toContain('"error"');
    // A JSON client still gets the JSON error naming the field.
    const api = await h.app.inject({
      method: "POST",
      url: "/status/subscribe",
      payload: { email: "ola@gmail" },
    });
    expect(api.json().error.field).toBe("email");
  });
});

describe("a link that no longer works", () => {
  it("says so in the browser's language, or the subscriber's, instead of a JSON 404", async () => {
    const gone = await h.app.inject({
      method: "POST",
      url: "/status/unsubscribe?token=nope-nope-nope",
      headers: { "accept-language": "de-CH,de;q=0.9" },
    });
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toContain('<html lang="de">');
    expect(gone.body).toContain("Dieser Link gilt nicht mehr");
    expect(gone.body).not.toContain("subscription not found");

    // Confirming from the first mail after unsubscribing: the subscriber's own language.
    await h.app.inject({
      method: "POST",
      url: "/status/subscribe",
      payload: { email: "ola@example.pl", lang: "pl" },
    });
    await h.ctx.jobs.drain();
    const mail = (await smtp.waitFor(2)).find(
      (m) => m.to && "text" in m.to && m.to.text === "ola@example.pl",
    );
    const token = /confirm\?token=([\w-]+)/.exec(mail?.text ?? "")?.[1];
    expect(token).toBeTruthy();
    expect(
      (await h.app.inject({ method: "POST", url: `/status/unsubscribe?token=${token}` })).statusCode,
    ).toBe(200);
    const late = await h.app.inject({ method: "POST", url: `/status/confirm?token=${token}` });
    expect(late.statusCode).toBe(404);
    expect(late.body).toContain('<html lang="pl">');
    expect(late.body).toContain("Ten link już nie działa");
  });
});

describe("asking again before confirming", () => {
  it("from a page in another language: the link comes in that language, and the notices after it", async () => {
    const ask = (lang: string) =>
      h.app.inject({
        method: "POST",
        url: "/status/subscribe",
        payload: { email: "marek@example.pl", lang },
      });
    const mine = () => smtp.messages.filter((m) => JSON.stringify(m.to).includes("marek@"));
    await ask("en");
    await h.ctx.jobs.drain();
    await smtp.waitFor(smtp.messages.length);
    expect(mine()).toHaveLength(1);
    // The English page by mistake; the Polish one next: a Polish mail, with the same link.
    await ask("pl");
    await h.ctx.jobs.drain();
    await expect.poll(() => mine().length).toBe(2);
    const [first, second] = mine();
    expect(second?.subject).toBe("[Test shop] Powiadomienia e-mailem");
    const link = (m: typeof first) => /confirm\?token=([\w-]+)/.exec(m?.text ?? "")?.[1];
    expect(link(second)).toBe(link(first));
    // Asked once more in Polish: nothing new in the inbox.
    await ask("pl");
    await h.ctx.jobs.drain();
    expect(mine()).toHaveLength(2);
    const subs = await h.app.inject({
      method: "GET",
      url: "/api/v1/status/subscribers",
      headers: h.auth("admin"),
    });
    const marek = (subs.json().items ?? subs.json()) as { email: string; language: string }[];
    expect(marek.find((s) => s.email === "marek@example.pl")?.language).toBe("pl");
  });
});
