import { beforeAll, describe, expect, it } from "vitest";
import { subscribeConfirmed } from "../statuspage/testing.js";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { openCrisis } from "./testing.js";

/**
 * A crisis title or summary quoted in another language than the reader's, "(po angielsku) Card payments
 * failing": on the status page and in the HTML part of e-mails the quote carries its language
 * (`<span lang="en">`), escaped as the shop's text always is; the plain-text parts stay as they were.
 * On the old code the note was there but the English words were marked Polish (the page's `lang`).
 */
const { h, smtp } = setupMailHarness();
beforeAll(async () => {
  h.clock.freeze(new Date("2026-12-07T09:00:00Z"));
  await setShop(h, { time_zone: "Europe/Warsaw", languages: ["en", "pl"], default_language: "en" });
});

const EN = "Card payments failing";
const call = (url: string, payload: object) =>
  h.app.inject({ method: "POST", url, headers: h.auth("responder"), payload });

/** A Polish status update (with its English version) quoting the crisis's title and summary, sent on `channel`. */
async function sendPolish(id: string, channel: object) {
  const m = await call("/api/v1/comms/messages", {
    kind: "status_update",
    crisis_id: id,
    language: "pl",
    subject: "{{ crisis.title }}",
    body: "Aktualizacja — {{ crisis.title }}: {{ crisis.summary }}",
    // The page needs every language the shop writes in; the English one quotes with no note.
    vars: { translations: { en: { subject: "{{ crisis.title }}", body: "Update — {{ crisis.title }}." } } },
  });
  expect(m.statusCode, m.body).toBe(201);
  const sent = await call(`/api/v1/comms/messages/${m.json().id}/send`, channel);
  expect(sent.statusCode, sent.body).toBe(200);
  await h.ctx.jobs.drain();
  return m.json();
}

describe("a quoted text in another language is marked as that language", () => {
  it("on the Polish status page, the English title and summary each in a span of their own", async () => {
    const id = await openCrisis(h, { title: EN, summary: "Card payments fail at checkout." });
    const m = await sendPolish(id, { channel: "status_page", status: "investigating" });
    expect(m.preview.subject).toBe(`(po angielsku) ${EN}`);
    const page = (await h.app.inject({ url: "/status?lang=pl" })).body;
    expect(page).toContain(`<strong>(po angielsku) <span lang="en">${EN}</span></strong>`);
    expect(page).toContain(
      `Aktualizacja — (po angielsku) <span lang="en">${EN}</span>: (po angielsku) <span lang="en">Card payments fail at checkout.</span>`,
    );
    // The machine-readable page keeps the text as written, with no markup.
    const json = (await h.app.inject({ url: "/status.json" })).body;
    expect(json).toContain(`(po angielsku) ${EN}`);
    expect(json).not.toContain("span");
  });

  it("a hostile title stays escaped inside its mark", async () => {
    const evil = `<script>alert("x")</script> Checkout`;
    const id = await openCrisis(h, { title: evil });
    await sendPolish(id, { channel: "status_page", status: "investigating" });
    const page = (await h.app.inject({ url: "/status?lang=pl" })).body;
    expect(page).toContain(
      `(po angielsku) <span lang="en">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Checkout</span>`,
    );
    expect(page).not.toContain("<script>alert");
  });

  it("in the HTML part of a Polish subscriber's notice; the text part unchanged", async () => {
    await subscribeConfirmed(h, smtp, "ola@example.com", "pl");
    const before = smtp.messages.length;
    const id = await openCrisis(h, { title: "Checkout <b>down</b>" });
    await sendPolish(id, { channel: "status_page", status: "investigating" });
    const mails = await smtp.waitFor(before + 1);
    const mail = mails.slice(before).find((x) => JSON.stringify(x.to).includes("ola@example.com"));
    expect(mail?.text).toContain("Aktualizacja — (po angielsku) Checkout <b>down</b>:");
    expect(mail?.html).toContain(
      `Aktualizacja — (po angielsku) <span lang="en">Checkout &lt;b&gt;down&lt;/b&gt;</span>:`,
    );
  });

  it("in the HTML part of a shop e-mail to a Polish customer", async () => {
    const csv = ["email,name,language", "jan@example.com,Jan,pl"].join("\n");
    const imported = await h.app.inject({
      method: "POST",
      url: "/api/v1/comms/contacts/import",
      headers: { ...h.auth("admin"), "content-type": "text/csv" },
      payload: csv,
    });
    expect(imported.statusCode, imported.body).toBeLessThan(300);
    const before = smtp.messages.length;
    const id = await openCrisis(h, { title: "Checkout down" });
    await sendPolish(id, { channel: "email", segment: "all" });
    const mails = await smtp.waitFor(before + 1);
    const mail = mails.slice(before).find((x) => JSON.stringify(x.to).includes("jan@example.com"));
    expect(mail?.text).toContain("Aktualizacja — (po angielsku) Checkout down:");
    expect(mail?.html).toContain(`Aktualizacja — (po angielsku) <span lang="en">Checkout down</span>:`);
  });
});
